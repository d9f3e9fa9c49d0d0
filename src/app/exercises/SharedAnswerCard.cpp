// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedAnswerCard.h"

#include "Dates.h"
#include "style/Components.h"
#include "style/Icons.h"
#include "style/Metrics.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tw::app {

SharedAnswerCard::SharedAnswerCard(
    const QString& heading, const std::vector<AnswerPart>& parts, bool partners, QWidget* parent)
    : QFrame(parent)
{
    setProperty("card", partners ? QStringLiteral("partner") : QStringLiteral("true"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::m);
    layout->setSpacing(style::space::s);
    auto* top = new QHBoxLayout();
    top->setSpacing(style::space::s);
    auto* mark = new QLabel(this);
    const int side = fontMetrics().height();
    mark->setPixmap(style::icon(QStringLiteral("together")).pixmap(side, side));
    mark->setAccessibleName(QString());
    top->addWidget(mark, 0, Qt::AlignTop);
    auto* title = style::text(style::TextRole::Heading, heading, this);
    title->setFocusPolicy(Qt::TabFocus);
    top->addWidget(title, 1);
    layout->addLayout(top);
    setAccessibleName(heading);
    QStringList plain;
    if (parts.empty()) {
        layout->addWidget(style::text(style::TextRole::Body, tr("Nothing written."), this));
    }
    for (const auto& part : parts) {
        if (!part.question.isEmpty()) {
            auto* question = style::emphasis(part.question, this);
            layout->addSpacing(style::space::xs);
            layout->addWidget(question);
        }
        auto* answer = style::text(style::TextRole::Body, part.answer, this);
        answer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        answer->setFocusPolicy(Qt::TabFocus);
        // Named by the question, so "what they answered to what" is read together.
        answer->setAccessibleName(part.question.isEmpty() ? part.answer.left(80) : part.question.left(120));
        answer->setAccessibleDescription(part.answer);
        layout->addWidget(answer);
        plain << (part.question.isEmpty() ? part.answer : part.question + QLatin1Char('\n') + part.answer);
    }
    m_plain = plain.join(QStringLiteral("\n\n"));
}

std::optional<workbook::Entry> partnersSharedEntry(
    const EditorContext& context, const std::string& exerciseId, const std::string& kind)
{
    const auto* other = context.session.otherPartner();
    if (!other) {
        return std::nullopt;
    }
    auto shared = context.session.entries({.exerciseId = exerciseId,
        .kind = kind,
        .authorId = other->id,
        .sharedOnly = true,
        .newestFirst = true,
        .limit = 1});
    if (shared.empty()) {
        return std::nullopt;
    }
    return std::move(shared.front());
}

QString sharedByLine(const QString& name, const workbook::Entry& entry)
{
    // A minute's difference is the same writing session, not an update worth naming.
    constexpr std::int64_t kSameSessionMs = 60 * 1000;
    // The day it was written, not the day it was shared: the row keeps when its words were made.
    const QString written = dayText(entry.createdAt);
    if (entry.updatedAt - entry.createdAt > kSameSessionMs && dayText(entry.updatedAt) != written) {
        return SharedAnswerCard::tr("Shared by %1, written %2, changed %3")
            .arg(name, written, dayText(entry.updatedAt));
    }
    return SharedAnswerCard::tr("Shared by %1, written %2").arg(name, written);
}

std::string partnerRole(const EditorContext& context)
{
    const auto* other = context.session.otherPartner();
    return other ? std::string(workbook::roleName(other->role)) : std::string("default");
}

} // namespace tw::app
