// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::test {

enum class FaultOp { Write, Sync };

/**
 * @brief A SQLite VFS over the default unix one that counts every xWrite and xSync (of the
 * database, its WAL and journals) and can make the k-th of one kind fail, as a dying or full disk
 * would: the call does nothing and returns the given SQLite code with errno set to match.
 * Test-only: it lives in tests/fault and no shipped binary links it.
 */
class FaultVfs {
public:
    static constexpr const char* kName = "tw-fault";

    /** @brief Registers the shim (once); @p makeDefault routes every later sqlite3_open to it. */
    static void install(bool makeDefault);
    /** @brief Zeroes the counters and disarms. */
    static void reset();
    /**
     * @brief From now on the @p k-th call of @p op (counted from the last reset) fails with
     * @p sqliteCode; if @p sticky, every later one of that kind fails too (a disk that stays full).
     */
    static void arm(FaultOp op, int k, int sqliteCode, bool sticky);
    static void disarm();

    static int writes();
    static int syncs();
    static int injected(); ///< how many calls were failed since the last reset
};

} // namespace tw::test
