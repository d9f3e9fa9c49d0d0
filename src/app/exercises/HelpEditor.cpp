// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpEditor.h"

#include "LocalServices.h"
#include "style/Components.h"
#include "style/Metrics.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

// A list item that names a kind of help before a colon ("Emergency services: if ..."); a kind
// name is short, so a colon deep inside a sentence does not count.
constexpr int kMaxKindLength = 90;
// A paragraph's first sentence is its heading when it is this short ("Your devices.").
constexpr int kMaxHeadingLength = 40;

QStringList bullets(const QStringList& lines)
{
    QStringList items;
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("- "))) {
            items << line.mid(2).trimmed();
        }
    }
    return items;
}

} // namespace

bool HelpEditor::isHelpPage(const content::Exercise& exercise, const content::Curriculum& curriculum)
{
    if (exercise.kind != content::Kind::Reading) {
        return false;
    }
    for (const auto& module : curriculum.modules) {
        for (const auto& e : module.exercises) {
            if (e.safety && e.resources == exercise.id) {
                return true;
            }
        }
    }
    return false;
}

HelpEditor::HelpEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent)
{
    m_layout->setSpacing(style::space::m);
    const QStringList paragraphs = context.text(exercise.body).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    bool kindsPlaced = false;
    for (const QString& block : paragraphs) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        const QStringList items = bullets(lines);
        const bool allKinds = !items.isEmpty() && items.size() == lines.size()
            && std::all_of(items.begin(), items.end(), [](const QString& item) {
                   const int colon = static_cast<int>(item.indexOf(QLatin1Char(':')));
                   return colon > 0 && colon <= kMaxKindLength;
               });
        if (allKinds && !kindsPlaced) {
            addKinds(items);
            kindsPlaced = true;
            // My own services come right after the kinds of help: what to call, on the same screen.
            addServices();
            const auto suggested = therapistSuggestedServices(context.session);
            if (!suggested.empty()) {
                auto* card = style::card(this);
                auto* layout = style::cardLayout(card);
                layout->addWidget(style::text(style::TextRole::Heading, tr("Suggested by your therapist"), card));
                for (const auto& service : suggested) {
                    layout->addWidget(style::emphasis(service.name, card));
                    layout->addWidget(style::text(style::TextRole::Body, service.contact, card));
                }
                m_layout->addWidget(card);
            }
            continue;
        }
        addSection(block);
    }
    if (!kindsPlaced) {
        // A help page written without a list of kinds still gets the place for local services.
        addServices();
    }
}

void HelpEditor::addServices()
{
    if (m_context.together()) {
        // Each partner's list is theirs alone: not on a screen both are looking at.
        auto* note = style::text(style::TextRole::Body,
            tr("Your own list of local services is hidden while you are both here. Each of you can open it on your "
               "own."),
            this);
        style::setTone(note, "muted");
        m_layout->addWidget(note);
        return;
    }
    m_services = new LocalServicesCard(m_context, m_kinds, this);
    m_layout->addWidget(m_services);
}

void HelpEditor::addKinds(const QStringList& items)
{
    m_layout->addWidget(style::text(style::TextRole::Heading, tr("Kinds of help"), this));
    for (const QString& item : items) {
        const int colon = static_cast<int>(item.indexOf(QLatin1Char(':')));
        const QString kind = item.left(colon).trimmed();
        QString what = item.mid(colon + 1).trimmed();
        if (!what.isEmpty()) {
            what[0] = what[0].toUpper();
        }
        m_kinds << kind;
        auto* card = style::card(this);
        card->setAccessibleName(kind);
        auto* layout = style::cardLayout(card);
        auto* title = style::emphasis(kind, card);
        title->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(title);
        auto* body = style::text(style::TextRole::Body, what, card);
        body->setFocusPolicy(Qt::TabFocus);
        body->setAccessibleName(what.left(80));
        layout->addWidget(body);
        m_layout->addWidget(card);
    }
}

void HelpEditor::addSection(const QString& block)
{
    QStringList lines = block.split(QLatin1Char('\n'));
    QString first = lines.takeFirst();
    const int stop = static_cast<int>(first.indexOf(QStringLiteral(". ")));
    if (stop > 0 && stop < kMaxHeadingLength && !first.startsWith(QStringLiteral("- "))) {
        m_layout->addWidget(style::text(style::TextRole::Heading, first.left(stop), this));
        first = first.mid(stop + 2);
    }
    QStringList prose{first};
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("- "))) {
            prose << QStringLiteral("\u2022 ") + line.mid(2).trimmed();
        } else {
            prose << line;
        }
    }
    for (const QString& part : prose) {
        auto* label = paragraph(part);
        label->setFocusPolicy(Qt::TabFocus);
        label->setAccessibleName(part.left(60));
        if (part.startsWith(QStringLiteral("\u2022 "))) {
            label->setContentsMargins(style::space::m, 0, 0, 0);
        }
        m_layout->addWidget(label);
    }
}

} // namespace tw::app
