// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/Kdf.h"
#include "tw/crypto/SecretBytes.h"
#include "tw/workbook/Backups.h"
#include "tw/workbook/Types.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tw::workbook {

class Session;

/** @brief Knobs that tests and benchmarks turn; the defaults are what users get. */
struct Options {
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
    /** @brief Wall clock in ms since the epoch; a seam for tests of daily backups and dates. */
    std::function<std::int64_t()> now;
    /** @brief Take an automatic backup once a day on unlock. */
    bool dailyBackup = true;
    /**
     * @brief Refuse new passphrases that zxcvbn judges too easy to guess (PassphrasePolicy). Only
     * unit tests that are not about passphrases turn it off; every program keeps it on.
     */
    bool enforcePassphraseStrength = true;
    /** @brief Test builds only: leave the database unencrypted (positive control of leak scans). */
    bool plaintextDatabaseForTests = false;

    [[nodiscard]] std::int64_t nowMs() const;
};

struct RecoveryCode {
    std::string partnerName;
    crypto::SecretBytes code;
};

/**
 * @brief What can be said about a workbook without any passphrase. Read from the key file alone, so
 * the unlock screen needs no database library (the SQLCipher version is storage::sqlcipherLibraryVersion()).
 */
struct WorkbookInfo {
    int keyFileFormat = 0;
    std::string kind; ///< kCoupleKind or kPracticeKind
    std::vector<std::string> names;
};

/** @brief The two kinds of workbook (KeySlotFile::kind and the "kind" meta row). */
inline constexpr const char* kCoupleKind = "couple";
inline constexpr const char* kPracticeKind = "practice";

/** @brief Throws Usage with advice when @p passphrase is too easy to guess and @p options enforce strength. */
void requireStrongPassphrase(const crypto::SecretBytes& passphrase, const std::vector<std::string>& personalWords,
    const Options& options, const std::string& whose = {});

/** @brief Entry points that need no unlocked session. */
class Workbook {
public:
    /**
     * @brief Creates a solo (one partner) or couple workbook. A partner's recovery slot is made
     * only from the code given in NewPartner::recoveryCode (already shown to them alone); a partner
     * without one gets their code in their first session, so no run ever holds two partners' codes.
     */
    static void create(
        const std::filesystem::path& dataDir, std::vector<NewPartner> partners, const Options& options = {});
    /**
     * @brief Creates a therapist's practice workbook: one owner (the therapist), protected like a
     * couple's workbook. Its identity, clients and reports live in it (PracticeService).
     */
    static RecoveryCode createPractice(
        const std::filesystem::path& dataDir, NewPartner therapist, const Options& options = {});
    /** @brief Backups of the workbook in @p dataDir, oldest first (see Backups::list). */
    static std::vector<BackupInfo> backups(const std::filesystem::path& dataDir, const Options& options = {});
    static WorkbookInfo info(const std::filesystem::path& dataDir);
    /** @brief Unlocks as @p name. Throws WrongSecret, Damaged, NewerVersion, Io or NotFound. */
    static std::unique_ptr<Session> unlock(const std::filesystem::path& dataDir, const std::string& name,
        const crypto::SecretBytes& passphrase, const Options& options = {});
    /**
     * @brief Unlocks with a recovery code and sets @p newPassphrase. My keys are rotated as for a
     * passphrase change: the used code, the old passphrase and any old key file open nothing
     * written afterwards, and the fresh code returned in @p newCode replaces the used one.
     */
    static std::unique_ptr<Session> recover(const std::filesystem::path& dataDir, const std::string& name,
        const crypto::SecretBytes& code, const crypto::SecretBytes& newPassphrase, crypto::SecretBytes& newCode,
        const Options& options = {});
    /** @brief Restores a backup as @p name, a partner in it (see Backups::restore). */
    static void restore(const std::filesystem::path& backup, const std::filesystem::path& dataDir,
        const std::string& name, const crypto::SecretBytes& passphrase, const Options& options = {});

private:
    static void createOfKind(const std::filesystem::path& dataDir, std::vector<NewPartner> partners,
        const std::string& kind, const Options& options);
};

} // namespace tw::workbook
