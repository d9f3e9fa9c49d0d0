// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <QLineEdit>

namespace tw::app {

/**
 * @brief A password line edit that leaves no copy of what was typed behind.
 *
 * A plain QLineEdit keeps its text in a QString that grows (and so reallocates, freeing old copies)
 * as one types, and an undo history with one entry per typed or deleted character, which clear()
 * does not erase (it adds the removed characters to it). This field:
 * - gives the line edit one buffer, reserved up front, so typing never reallocates it;
 * - empties the undo history after every edit (setText of the same text), and sizes it once at
 *   construction so it never reallocates either;
 * - on take() or wipe(), overwrites the text buffer and every history slot ever used before
 *   clearing, so neither the characters nor their freed copies stay in memory.
 * What it cannot reach: the single character carried by each key event, and copies that the
 * accessibility bridge or an input method might take. docs/security.md says what was checked.
 */
class SecretLineEdit : public QLineEdit {
    Q_OBJECT
public:
    static constexpr int kMaxLength = 256;

    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;

    /** @brief Moves the text into guarded memory and wipes the field (text, buffer, undo history). */
    crypto::SecretBytes take();
    /** @brief A copy in guarded memory, leaving the field as it is (strength checks). */
    [[nodiscard]] crypto::SecretBytes copy() const;
    /** @brief Compares without making a copy of either text. */
    [[nodiscard]] bool sameText(const SecretLineEdit& other) const;
    /** @brief Overwrites and empties the field. */
    void wipe();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void forgetHistory();
    /** @brief overwriteHistory() and resetBuffer(), with nothing drawn in between. */
    void scrub();
    void overwriteHistory();
    void resetBuffer();

    int m_lastLength = 0;
    int m_pendingSlots = 0; ///< history entries an edit may have written since the last forgetHistory()
    int m_slotBound = 0; ///< the most history entries ever in use at once
    bool m_dirty = false;
    bool m_clean = false; ///< nothing changed the text since the last scrub()
};

} // namespace tw::app
