// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretLineEdit.h"

#include "Secrets.h"

#include <QSignalBlocker>
#include <QTimer>

namespace tw::app {
namespace {

// Each edit adds at most (old length + new length + a few) undo entries; three full-length
// inserts cover that, so the history is sized once here and never grows (and frees) later.
constexpr int kHistorySlots = 3 * SecretLineEdit::kMaxLength + 8;

} // namespace

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setMaxLength(kMaxLength);
    // Nothing typed here may reach an input method's prediction or history.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_slotBound = kHistorySlots;
    scrub();
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_clean = false;
        const int length = static_cast<int>(text.size());
        m_pendingSlots += m_lastLength + length + 4;
        m_slotBound = std::max(m_slotBound, m_pendingSlots);
        m_lastLength = length;
        if (!m_dirty) {
            m_dirty = true;
            // After the edit has finished (never inside QLineEdit's own change handling).
            QTimer::singleShot(0, this, &SecretLineEdit::forgetHistory);
        }
    });
}

SecretLineEdit::~SecretLineEdit()
{
    // Silently: whoever listens to textChanged may already be gone (a dialog's siblings are
    // destroyed before this field when they were made before it).
    const QSignalBlocker blocker(this);
    wipe();
}

crypto::SecretBytes SecretLineEdit::copy() const
{
    return secretFromText(text());
}

crypto::SecretBytes SecretLineEdit::take()
{
    auto secret = copy();
    wipe();
    return secret;
}

bool SecretLineEdit::sameText(const SecretLineEdit& other) const
{
    // text() shares the line edit's buffer: comparing makes no copy.
    return text() == other.text();
}

void SecretLineEdit::wipe()
{
    if (m_clean) {
        return; // nothing was typed or set since the last scrub: there is nothing to overwrite
    }
    {
        // Shares the line edit's own buffer, so this zeroes the text where the field keeps it.
        QString shared = text();
        wipeString(shared);
    }
    scrub();
}

void SecretLineEdit::keyPressEvent(QKeyEvent* event)
{
    // Each edit starts from an empty history, so it writes from the first slot on.
    if (m_dirty) {
        forgetHistory();
    }
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::inputMethodEvent(QInputMethodEvent* event)
{
    if (m_dirty) {
        forgetHistory();
    }
    QLineEdit::inputMethodEvent(event);
}

void SecretLineEdit::dropEvent(QDropEvent* event)
{
    if (m_dirty) {
        forgetHistory();
    }
    QLineEdit::dropEvent(event);
}

void SecretLineEdit::forgetHistory()
{
    m_dirty = false;
    m_pendingSlots = 0;
    // setText() of the very same (shared) string empties the undo list and changes nothing else;
    // the entries stay in the list's memory until overwritten, which overwriteHistory() does.
    const int cursor = cursorPosition();
    const QSignalBlocker blocker(this);
    QString same = text();
    QLineEdit::setText(same);
    same = QString();
    setCursorPosition(cursor);
}

void SecretLineEdit::scrub()
{
    // Each filler insert lays out the displayed text again: 256 bullets, several times, took a few
    // milliseconds per scrub on the path to the first window. With no echo there is nothing to lay out;
    // the undo history is written the same way in every echo mode.
    const EchoMode shown = echoMode();
    setEchoMode(QLineEdit::NoEcho);
    overwriteHistory();
    resetBuffer();
    setEchoMode(shown);
    m_clean = true;
}

void SecretLineEdit::overwriteHistory()
{
    const QSignalBlocker blocker(this);
    const QString filler(kMaxLength, QLatin1Char('#'));
    QLineEdit::setText(QString());
    // Each round writes kMaxLength entries (inserts), then 2 * kMaxLength + 2 (the selected filler
    // removed, new filler inserted), all from the first slot on, until every slot used is covered.
    int written = 0;
    insert(filler);
    written += kMaxLength;
    while (written < m_slotBound) {
        selectAll();
        insert(filler);
        written += 2 * kMaxLength + 2;
    }
    m_slotBound = 0;
    m_pendingSlots = 0;
}

void SecretLineEdit::resetBuffer()
{
    // One block, large enough for any passphrase, owned by the line edit alone from here on: typing
    // and deleting then happen inside it, and wipe() can clear all of it.
    QString reserved;
    reserved.reserve(2 * kMaxLength);
    QLineEdit::setText(reserved);
    m_lastLength = 0;
    m_dirty = false;
}

} // namespace tw::app
