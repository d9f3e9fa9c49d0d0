// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPassphraseFields.h"

#include "PassphraseStrength.h"
#include "secrets/SecretLineEdit.h"

#include <QFormLayout>
#include <QLabel>

namespace tw::app {

NewPassphraseFields::NewPassphraseFields(QFormLayout* form, const QString& label, const QString& who, QWidget* parent)
    : QObject(parent)
{
    m_first = new SecretLineEdit(parent);
    m_first->setAccessibleName(who);
    m_again = new SecretLineEdit(parent);
    m_again->setAccessibleName(tr("%1 again").arg(who));
    form->addRow(label, m_first);
    form->addRow(tr("&Again"), m_again);
    m_hint = new QLabel(parent);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Passphrase strength"));
    form->addRow(m_hint);
    connect(m_first, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_again, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_first, &QLineEdit::returnPressed, this, &NewPassphraseFields::submitted);
    connect(m_again, &QLineEdit::returnPressed, this, &NewPassphraseFields::submitted);
    update();
}

void NewPassphraseFields::setPersonalWords(std::vector<std::string> words)
{
    m_personalWords = std::move(words);
    update();
}

void NewPassphraseFields::setEnforceStrength(bool enforce)
{
    m_enforce = enforce;
    update();
}

void NewPassphraseFields::setForbidden(std::function<bool(const crypto::SecretBytes&)> isForbidden, QString message)
{
    m_isForbidden = std::move(isForbidden);
    m_forbiddenMessage = std::move(message);
    update();
}

bool NewPassphraseFields::acceptable() const
{
    return m_acceptable;
}

crypto::SecretBytes NewPassphraseFields::take()
{
    auto secret = m_first->take();
    m_again->wipe();
    return secret;
}

void NewPassphraseFields::wipe()
{
    m_first->wipe();
    m_again->wipe();
}

void NewPassphraseFields::update()
{
    const PassphraseVerdict verdict = judgePassphrase(*m_first, m_personalWords, m_enforce);
    QString text = verdict.hint;
    bool ok = verdict.acceptable;
    if (ok && m_isForbidden && m_isForbidden(m_first->copy())) {
        text = m_forbiddenMessage;
        ok = false;
    }
    if (!m_again->text().isEmpty() && !m_again->sameText(*m_first)) {
        text += QLatin1Char(' ') + tr("The two passphrases differ.");
    }
    m_acceptable = ok && m_again->sameText(*m_first);
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
