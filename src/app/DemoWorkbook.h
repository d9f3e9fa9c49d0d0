// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tw::content {
struct Curriculum;
}

namespace tw::app {

/**
 * @brief A throw-away couple workbook in a temporary folder, for trying Trustwork and for
 * screenshots: sample entries in every exercise kind, made from the loaded curriculum so the demo
 * follows the content. It never touches the real data directory and is deleted on exit.
 */
class DemoWorkbook {
public:
    static constexpr const char* kFirstName = "Alex";
    static constexpr const char* kSecondName = "Sam";
    static constexpr const char* kFirstPassphrase = "alex-demo-passphrase";
    static constexpr const char* kSecondPassphrase = "sam-demo-passphrase";

    explicit DemoWorkbook(const content::Curriculum& curriculum);
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    [[nodiscard]] static QString unlockHint();

private:
    QTemporaryDir m_dir;
};

} // namespace tw::app
