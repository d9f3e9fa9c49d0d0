// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * @file
 * @brief SQLCipher loaded on the first call instead of before main(), for the window only.
 *
 * A program that sets the CMake target property TW_SQLCIPHER_ON_FIRST_USE gets tw_storage's SQLCipher
 * functions from firstuse/SqlcipherOnFirstUse.cpp rather than from the library: each one loads the
 * library (and the OpenSSL it pulls in) the first time any of them is called. The unlock screen and
 * the set-up wizard's first pages use no database, and loading and binding the two libraries was
 * about a fifth of the window's launch above a bare Qt window (issue 21). Every other program (the
 * command line, the tests) links the library as usual, and none of these functions exist there.
 */
namespace tw::storage::sqlcipher {

/** @brief Whether the library has been loaded in this process (always false before the first use). */
[[nodiscard]] bool loaded() noexcept;

/**
 * @brief Loads @p soname and finds every function the storage layer calls, then lets it go again.
 * Throws Error (ErrorKind::Io) naming the library and what was missing. For tests: the first call
 * of any SQLCipher function does the same with the library this program was built against.
 */
void checkLibrary(const char* soname);

/** @brief The file name of the SQLCipher library this program was built against ("libsqlcipher.so.0"). */
[[nodiscard]] const char* builtAgainst() noexcept;

/** @brief Where the loaded functions' addresses are kept, so a test can check the page is read-only. */
[[nodiscard]] const void* addressOfFunctionsForTests() noexcept;

} // namespace tw::storage::sqlcipher
