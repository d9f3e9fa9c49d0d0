// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: what a partner's app checks and puts right at every unlock.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace tw::workbook {
class Session;
}

namespace tw::workbook::store {

struct PartnerKey;

/** @brief The valid prefix of a partner's key chain: v1 signed by itself, each later version by the one before. */
std::vector<PartnerKey> validChain(const std::string& workbookId, const std::vector<PartnerKey>& keys);

/**
 * @brief Compares what my private store says I published (rows, markers, my signing keys, my head)
 * with the shared database, puts back my versions where they differ, and turns each difference
 * into a notice for me. Also decides which signing key of the other partner this session trusts,
 * and reports events (a restore) I have not been told about. Its cost is one read of my own
 * published records and row heads (none when the file is as my last lock checked it): no signature
 * is checked unless a record differs.
 */
class UnlockCheck {
public:
    static void run(Session& session);
    /** @brief Announces my rotated signing key (signed by the old one) and re-signs all I publish. */
    static void announceAndResign(Session& session);
    /** @brief Pins the other partner's signing keys on first sight and checks them against the pins after. */
    static void trustPartners(Session& session);
    /**
     * @brief At a lock: checks that every row of mine in the shared file is as I published it and,
     * if so and nobody wrote the file meanwhile, records the file's stamp in my store. The next
     * unlock that finds the same stamp skips reading my rows (FileStamp explains why that is safe).
     */
    static void recordCheckedFile(Session& session);

private:
    static void checkMyKeys(Session& session, int& changed);
    /** @brief My recorded rows the shared file lacks or holds otherwise, and its rows of mine that differ. */
    struct DigestPass {
        std::map<std::string, std::vector<std::uint8_t>, std::less<>> unmatched;
        std::vector<std::string> differing;
        long long unsignedRows = 0;
    };
    static DigestPass digestPass(Session& session);
    static bool fileUnchangedSinceChecked(Session& session);
    static void checkMyRows(Session& session, int& changed);
    static bool myRowsAsPublished(Session& session);
    static void checkMyMarkers(Session& session, int& changed);
    /** @brief Takes a newer shared copy of one of my rows into my store (it came from another device of mine). */
    static void adoptMine(Session& session, const std::string& id);
    static void resignAll(Session& session);
    static void deriveMarkers(Session& session);
    static void checkHead(Session& session);
    static void reportEvents(Session& session);
};

} // namespace tw::workbook::store
