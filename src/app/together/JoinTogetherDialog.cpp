// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoinTogetherDialog.h"

#include "TogetherMode.h"
#include "secrets/SecretLineEdit.h"
#include "style/Components.h"
#include "style/Metrics.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::app {

JoinTogetherDialog::JoinTogetherDialog(TogetherMode& together, const QString& firstName, QWidget* parent)
    : QDialog(parent)
    , m_together(together)
{
    const QString second = together.otherName();
    setWindowTitle(tr("We are both here"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::space::l, style::space::l, style::space::l, style::space::l);
    layout->setSpacing(style::space::s);
    layout->addWidget(style::text(style::TextRole::Title, tr("%1, join %2").arg(second, firstName), this));
    layout->addWidget(style::text(style::TextRole::Body,
        tr("%1 stays unlocked. While you are both here, Trustwork shows only what you have shared and what you do "
           "together: a conversation, your agreements, a reveal. Private answers and notes stay hidden, for both of "
           "you. Either of you can end together time at any moment.")
            .arg(firstName),
        this));
    auto* label = style::emphasis(tr("%1's passphrase").arg(second), this);
    layout->addSpacing(style::space::s);
    layout->addWidget(label);
    // The second partner's passphrase leaves no copy behind in the field (SecretLineEdit).
    m_passphrase = new SecretLineEdit(this);
    m_passphrase->setAccessibleName(tr("%1's passphrase").arg(second));
    label->setBuddy(m_passphrase);
    layout->addWidget(m_passphrase);
    m_error = style::text(style::TextRole::Body, QString(), this);
    style::setTone(m_error, "danger");
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_join = buttons->addButton(tr("Join"), QDialogButtonBox::AcceptRole);
    m_join->setAccessibleName(tr("Join"));
    style::makePrimary(m_join);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinTogetherDialog::join);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &JoinTogetherDialog::join);
    connect(&together, &TogetherMode::started, this, &QDialog::accept);
    connect(&together, &TogetherMode::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        m_join->setEnabled(true);
        m_passphrase->setEnabled(true);
        m_passphrase->setFocus();
    });
    m_passphrase->setFocus();
}

QString JoinTogetherDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void JoinTogetherDialog::join()
{
    if (m_together.busy() || m_passphrase->text().isEmpty()) {
        return;
    }
    m_error->hide();
    m_join->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_together.start(m_passphrase->take());
}

} // namespace tw::app
