// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPassphraseFields.h"

#include "PassphraseStrength.h"
#include "Secrets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tw::app {

NewPassphraseFields::NewPassphraseFields(QFormLayout* form, const QString& label, const QString& who, QWidget* parent)
    : QObject(parent)
{
    m_first = new QLineEdit(parent);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(who);
    m_again = new QLineEdit(parent);
    m_again->setEchoMode(QLineEdit::Password);
    m_again->setAccessibleName(tr("%1 again").arg(who));
    form->addRow(label, m_first);
    form->addRow(tr("&Again"), m_again);
    m_hint = new QLabel(parent);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Passphrase strength"));
    form->addRow(m_hint);
    connect(m_first, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_again, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    update();
}

bool NewPassphraseFields::acceptable() const
{
    return m_first->text().size() >= kMinPassphraseLength && m_first->text() == m_again->text();
}

crypto::SecretBytes NewPassphraseFields::take()
{
    auto secret = takeSecret(*m_first);
    m_again->clear();
    return secret;
}

void NewPassphraseFields::update()
{
    QString text = strengthHint(estimateStrength(m_first->text()));
    if (!m_again->text().isEmpty() && m_again->text() != m_first->text()) {
        text += QLatin1Char(' ') + tr("The two passphrases differ.");
    }
    m_hint->setText(text);
    emit changed();
}

QLabel* recoveryCodeLabel(QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    label->setFont(mono);
    return label;
}

} // namespace tw::app
