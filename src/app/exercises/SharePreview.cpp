// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharePreview.h"

#include "SharedAnswerCard.h"
#include "style/Components.h"
#include "style/Metrics.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {

SharePreviewDialog::SharePreviewDialog(const QString& partnerName, const std::vector<AnswerPart>& sent,
    const QStringList& keptPrivate, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_keptPrivate(keptPrivate)
{
    setObjectName(QStringLiteral("sharePreview"));
    const bool update = purpose == Purpose::Update;
    setWindowTitle(update ? tr("Update what %1 sees").arg(partnerName) : tr("Share with %1").arg(partnerName));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(style::space::l, style::space::l, style::space::l, style::space::l);
    outer->setSpacing(style::space::s);
    outer->addWidget(style::text(style::TextRole::Title,
        update ? tr("%1 will see your changes").arg(partnerName) : tr("This is what %1 will see").arg(partnerName),
        this));
    outer->addWidget(style::text(style::TextRole::Body,
        update ? tr("Read it through once. From now on %1 sees this version instead of the one you shared before.")
                     .arg(partnerName)
               : tr("Read it through once. %1 sees exactly this, with your name and the day you wrote it. You can "
                    "stop sharing later, but %1 may remember what they read.")
                     .arg(partnerName),
        this));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* list = new QVBoxLayout(content);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(style::space::m);
    m_card = new SharedAnswerCard(tr("What %1 will read").arg(partnerName), sent, false, content);
    list->addWidget(m_card);
    if (!keptPrivate.isEmpty()) {
        auto* kept = style::card(content);
        auto* keptLayout = style::cardLayout(kept);
        keptLayout->addWidget(style::text(style::TextRole::Heading, tr("Never shared"), kept));
        keptLayout->addWidget(style::text(style::TextRole::Body,
            tr("Your answers to these stay with you: this exercise keeps them for you alone."), kept));
        for (const QString& question : keptPrivate) {
            auto* line = style::text(style::TextRole::Body, QStringLiteral("\u2022 ") + question, kept);
            style::setTone(line, "muted");
            keptLayout->addWidget(line);
        }
        list->addWidget(kept);
    }
    list->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm
        = buttons->addButton(update ? tr("Update what %1 sees").arg(partnerName) : tr("Share with %1").arg(partnerName),
            QDialogButtonBox::AcceptRole);
    m_confirm->setAccessibleName(m_confirm->text());
    style::makePrimary(m_confirm);
    auto* cancel = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    cancel->setAccessibleName(tr("Not now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    cancel->setFocus();
    // A reading column wide, most of the screen high, at any text size.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(style::readingWidth(font()) + 2 * style::space::l + 2 * style::space::m, screen.width() * 9 / 10),
        screen.height() * 4 / 5);
}

QString SharePreviewDialog::sentText() const
{
    return m_card->plainText();
}

} // namespace tw::app
