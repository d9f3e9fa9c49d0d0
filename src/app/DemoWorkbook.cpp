// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkbook.h"

#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QCoreApplication>

namespace tw::app {
namespace {

workbook::Options demoOptions()
{
    workbook::Options options;
    // Demo passphrases are printed on screen, so slow key derivation would protect nothing.
    options.kdf = crypto::KdfParams::fastForTests();
    options.dailyBackup = false;
    return options;
}

} // namespace

DemoWorkbook::DemoWorkbook()
    : m_dir(QDir::tempPath() + QStringLiteral("/trustwork-demo-XXXXXX"))
{
    const std::string dir = m_dir.path().toStdString();
    std::vector<workbook::NewPartner> partners;
    partners.push_back({kFirstName, workbook::Role::Hurt, crypto::SecretBytes::fromString(kFirstPassphrase)});
    partners.push_back({kSecondName, workbook::Role::Involved, crypto::SecretBytes::fromString(kSecondPassphrase)});
    workbook::Workbook::create(dir, std::move(partners), demoOptions());
    using workbook::Visibility;
    {
        auto alex = workbook::Workbook::unlock(
            dir, kFirstName, crypto::SecretBytes::fromString(kFirstPassphrase), demoOptions());
        alex->addEntry({"step1.impact-letter", "answer", Visibility::Private, "",
            R"({"done":false,"prompts":{"what-happened":"A demo draft, private to Alex."}})"});
        alex->addEntry({"start.better-in-three-months", "answer", Visibility::Shared, "",
            R"({"done":true,"prompts":{"picture":"Evenings that feel easy again."}})"});
    }
    {
        auto sam = workbook::Workbook::unlock(
            dir, kSecondName, crypto::SecretBytes::fromString(kSecondPassphrase), demoOptions());
        sam->addEntry({"step3.gentle-start-up", "answer", Visibility::Shared, "",
            R"({"done":true,"harsh":"You never listen.","gentle":"I felt alone tonight; can we talk?"})"});
    }
}

QString DemoWorkbook::unlockHint()
{
    return QCoreApplication::translate("DemoWorkbook",
        "Demo workbook (deleted when you quit). Passphrases: %1 uses \"%2\", %3 uses "
        "\"%4\".")
        .arg(QString::fromLatin1(kFirstName), QString::fromLatin1(kFirstPassphrase), QString::fromLatin1(kSecondName),
            QString::fromLatin1(kSecondPassphrase));
}

} // namespace tw::app
