// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"
#include "tw/base/Error.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <gtest/gtest.h>

#include <functional>

namespace tw::test {

inline workbook::Options fastOptions()
{
    workbook::Options o;
    o.kdf = crypto::KdfParams::fastForTests();
    o.enforcePassphraseStrength = false;
    // The suites' passphrases are short to read; the strength rule has tests of its own.
    o.enforcePassphraseStrength = false;
    return o;
}

inline crypto::SecretBytes secret(const char* text)
{
    return crypto::SecretBytes::fromString(text);
}

inline ErrorKind kindOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    ADD_FAILURE() << "no error thrown";
    return ErrorKind::Internal;
}

/** @brief A couple workbook (Alex hurt, Sam involved) in a temp dir, with cheap key derivation. */
struct CoupleFixture : ::testing::Test {
    TempDir dir;
    workbook::Options options = fastOptions();
    std::vector<workbook::RecoveryCode> codes;

    void SetUp() override
    {
        // As the set-up wizard does: each partner's code is made before the workbook, shown to them alone.
        codes.push_back({"Alex", crypto::makeRecoveryCode()});
        codes.push_back({"Sam", crypto::makeRecoveryCode()});
        std::vector<workbook::NewPartner> partners;
        partners.push_back({"Alex", workbook::Role::Hurt, secret("alex passphrase"), codes[0].code.clone()});
        partners.push_back({"Sam", workbook::Role::Involved, secret("sam passphrase"), codes[1].code.clone()});
        workbook::Workbook::create(dir.path(), std::move(partners), options);
    }
    std::unique_ptr<workbook::Session> alex()
    {
        return workbook::Workbook::unlock(dir.path(), "Alex", secret("alex passphrase"), options);
    }
    std::unique_ptr<workbook::Session> sam()
    {
        return workbook::Workbook::unlock(dir.path(), "Sam", secret("sam passphrase"), options);
    }
};

} // namespace tw::test
