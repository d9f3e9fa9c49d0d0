// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PrintApi.h"
#include "tw/crypto/SecretBytes.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tw::app {

/**
 * @brief One partner's recovery code, shown once: large, with Save and Print for this code alone
 * and "I have stored it" to confirm. Never holds two partners' codes. wipe() overwrites the code
 * in guarded memory and the shown text (the label's string shares the wiped block).
 */
class RecoveryCodePanel : public QWidget {
    Q_OBJECT
public:
    /** @brief Asks where to save; empty when cancelled. A seam for tests. */
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggested)>;
    /** @brief Sets up the printer (the print dialog); false when cancelled. A seam for tests. */
    using PrintSetup = print::Setup;

    explicit RecoveryCodePanel(QWidget* parent = nullptr);
    ~RecoveryCodePanel() override;

    /** @brief Shows @p code as @p partnerName's; the panel keeps its own copy until wipe(). */
    void showCode(const QString& partnerName, const crypto::SecretBytes& code);
    void wipe();
    [[nodiscard]] bool stored() const;
    [[nodiscard]] QString shownText() const;

    /** @brief Writes the code to @p path, readable by its owner only (0600). False on failure. */
    bool saveTo(const QString& path);
    void print();

    static void setPathChooser(PathChooser chooser);
    static void setPrintSetup(PrintSetup setup);

signals:
    void storedChanged(bool stored);

private:
    void chooseAndSave();
    [[nodiscard]] QString fileHeading() const;

    QString m_name;
    crypto::SecretBytes m_code;
    QString m_shown;
    QLabel* m_label = nullptr;
    QLabel* m_result = nullptr;
    QCheckBox* m_stored = nullptr;
};

} // namespace tw::app
