// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLCipher functions tw_storage calls, defined in the program itself: each forwards to the
// library, loaded the first time any of them is called (tw/storage/SqlcipherOnFirstUse.h says why).
// The definitions repeat sqlite3.h's declarations, so the compiler checks every signature; a
// function the storage layer starts to use and this file lacks fails the window's link.
#include "tw/storage/SqlcipherOnFirstUse.h"

#include "tw/base/Error.h"
#include "tw/base/Logging.h"

#include <dlfcn.h>
#include <sqlite3.h>
#include <sys/mman.h>

#include <atomic>
#include <string>
#include <vector>

namespace tw::storage::sqlcipher {
namespace {

#define TW_SQLCIPHER_FUNCTIONS(X)                                                                                      \
    X(sqlite3_bind_blob)                                                                                               \
    X(sqlite3_bind_int64)                                                                                              \
    X(sqlite3_bind_null)                                                                                               \
    X(sqlite3_bind_text)                                                                                               \
    X(sqlite3_bind_zeroblob)                                                                                           \
    X(sqlite3_busy_timeout)                                                                                            \
    X(sqlite3_changes)                                                                                                 \
    X(sqlite3_clear_bindings)                                                                                          \
    X(sqlite3_close)                                                                                                   \
    X(sqlite3_close_v2)                                                                                                \
    X(sqlite3_column_blob)                                                                                             \
    X(sqlite3_column_bytes)                                                                                            \
    X(sqlite3_column_int64)                                                                                            \
    X(sqlite3_column_text)                                                                                             \
    X(sqlite3_column_type)                                                                                             \
    X(sqlite3_errmsg)                                                                                                  \
    X(sqlite3_exec)                                                                                                    \
    X(sqlite3_extended_errcode)                                                                                        \
    X(sqlite3_extended_result_codes)                                                                                   \
    X(sqlite3_finalize)                                                                                                \
    X(sqlite3_open_v2)                                                                                                 \
    X(sqlite3_prepare_v2)                                                                                              \
    X(sqlite3_reset)                                                                                                   \
    X(sqlite3_step)                                                                                                    \
    X(sqlite3_system_errno)                                                                                            \
    X(sqlite3_total_changes)

struct Functions {
#define TW_MEMBER(name) decltype(&::name) name = nullptr;
    TW_SQLCIPHER_FUNCTIONS(TW_MEMBER)
#undef TW_MEMBER
};

// The addresses sit on pages of their own, made read-only once filled: the same protection the
// linker's read-only relocations (full RELRO) give the functions a program links.
constexpr std::size_t kLargestPage = 64 * 1024;
struct alignas(kLargestPage) ProtectedFunctions {
    Functions functions;
};
ProtectedFunctions g_protected;
std::atomic<bool> g_loaded = false;

struct Resolved {
    void* library = nullptr;
    Functions functions;
};

Resolved resolve(const char* soname)
{
    // A library name, never a path: found where the dynamic loader finds linked libraries.
    void* library = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        const char* why = ::dlerror();
        tw::log::get("storage")->error("could not load {}: {}", soname, why ? why : "unknown reason");
        throw Error(ErrorKind::Io,
            std::string("Trustwork could not load the SQLCipher library its workbooks are stored with (") + soname
                + "): " + (why ? why : "unknown reason")
                + ". Reinstall Trustwork's package, which brings it; nothing in the workbook was changed.");
    }
    Resolved r{library, {}};
    std::vector<const char*> missing;
#define TW_RESOLVE(name)                                                                                               \
    r.functions.name = reinterpret_cast<decltype(&::name)>(::dlsym(library, #name));                                   \
    if (r.functions.name == nullptr) {                                                                                 \
        missing.push_back(#name);                                                                                      \
    }
    TW_SQLCIPHER_FUNCTIONS(TW_RESOLVE)
#undef TW_RESOLVE
    if (!missing.empty()) {
        ::dlclose(library);
        // A few names say enough; a wrong library usually lacks all of them.
        std::string names;
        for (std::size_t i = 0; i < missing.size() && i < 3; ++i) {
            names += (i ? ", " : "") + std::string(missing[i]);
        }
        if (missing.size() > 3) {
            names += " and " + std::to_string(missing.size() - 3) + " more";
        }
        tw::log::get("storage")->error("{} lacks {} of the SQLCipher functions", soname, missing.size());
        throw Error(ErrorKind::Io,
            std::string("The SQLCipher library found (") + soname
                + ") is not the one Trustwork was built for: it has no " + names
                + ". Reinstall Trustwork's package; nothing in the workbook was changed.");
    }
    return r;
}

const Functions& load()
{
    // Never closed: the addresses point into the library for the life of the process.
    g_protected.functions = resolve(TW_SQLCIPHER_SONAME).functions;
    // Best effort: a system that refuses still works, only without this protection.
    ::mprotect(&g_protected, sizeof g_protected, PROT_READ);
    g_loaded = true;
    return g_protected.functions;
}

// Thread-safe (a function-local static); a load that throws is tried again on the next call.
const Functions& functions()
{
    static const Functions& f = load();
    return f;
}

} // namespace

bool loaded() noexcept
{
    return g_loaded;
}

void checkLibrary(const char* soname)
{
    // Only this handle is released: a program that already uses the library keeps it.
    ::dlclose(resolve(soname).library);
}

const char* builtAgainst() noexcept
{
    return TW_SQLCIPHER_SONAME;
}

const void* addressOfFunctionsForTests() noexcept
{
    return &g_protected;
}

} // namespace tw::storage::sqlcipher

using tw::storage::sqlcipher::functions;

extern "C" {

int sqlite3_bind_blob(sqlite3_stmt* stmt, int index, const void* value, int bytes, void (*destructor)(void*))
{
    return functions().sqlite3_bind_blob(stmt, index, value, bytes, destructor);
}
int sqlite3_bind_int64(sqlite3_stmt* stmt, int index, sqlite3_int64 value)
{
    return functions().sqlite3_bind_int64(stmt, index, value);
}
int sqlite3_bind_null(sqlite3_stmt* stmt, int index)
{
    return functions().sqlite3_bind_null(stmt, index);
}
int sqlite3_bind_text(sqlite3_stmt* stmt, int index, const char* value, int bytes, void (*destructor)(void*))
{
    return functions().sqlite3_bind_text(stmt, index, value, bytes, destructor);
}
int sqlite3_bind_zeroblob(sqlite3_stmt* stmt, int index, int bytes)
{
    return functions().sqlite3_bind_zeroblob(stmt, index, bytes);
}
int sqlite3_busy_timeout(sqlite3* db, int milliseconds)
{
    return functions().sqlite3_busy_timeout(db, milliseconds);
}
int sqlite3_changes(sqlite3* db)
{
    return functions().sqlite3_changes(db);
}
int sqlite3_clear_bindings(sqlite3_stmt* stmt)
{
    return functions().sqlite3_clear_bindings(stmt);
}
int sqlite3_close(sqlite3* db)
{
    return functions().sqlite3_close(db);
}
int sqlite3_close_v2(sqlite3* db)
{
    return functions().sqlite3_close_v2(db);
}
const void* sqlite3_column_blob(sqlite3_stmt* stmt, int column)
{
    return functions().sqlite3_column_blob(stmt, column);
}
int sqlite3_column_bytes(sqlite3_stmt* stmt, int column)
{
    return functions().sqlite3_column_bytes(stmt, column);
}
sqlite3_int64 sqlite3_column_int64(sqlite3_stmt* stmt, int column)
{
    return functions().sqlite3_column_int64(stmt, column);
}
const unsigned char* sqlite3_column_text(sqlite3_stmt* stmt, int column)
{
    return functions().sqlite3_column_text(stmt, column);
}
int sqlite3_column_type(sqlite3_stmt* stmt, int column)
{
    return functions().sqlite3_column_type(stmt, column);
}
const char* sqlite3_errmsg(sqlite3* db)
{
    return functions().sqlite3_errmsg(db);
}
int sqlite3_exec(sqlite3* db, const char* sql, int (*callback)(void*, int, char**, char**), void* context, char** error)
{
    return functions().sqlite3_exec(db, sql, callback, context, error);
}
int sqlite3_extended_errcode(sqlite3* db)
{
    return functions().sqlite3_extended_errcode(db);
}
int sqlite3_extended_result_codes(sqlite3* db, int on)
{
    return functions().sqlite3_extended_result_codes(db, on);
}
int sqlite3_finalize(sqlite3_stmt* stmt)
{
    return functions().sqlite3_finalize(stmt);
}
int sqlite3_open_v2(const char* filename, sqlite3** db, int flags, const char* vfs)
{
    return functions().sqlite3_open_v2(filename, db, flags, vfs);
}
int sqlite3_prepare_v2(sqlite3* db, const char* sql, int bytes, sqlite3_stmt** stmt, const char** tail)
{
    return functions().sqlite3_prepare_v2(db, sql, bytes, stmt, tail);
}
int sqlite3_reset(sqlite3_stmt* stmt)
{
    return functions().sqlite3_reset(stmt);
}
int sqlite3_step(sqlite3_stmt* stmt)
{
    return functions().sqlite3_step(stmt);
}
int sqlite3_system_errno(sqlite3* db)
{
    return functions().sqlite3_system_errno(db);
}
int sqlite3_total_changes(sqlite3* db)
{
    return functions().sqlite3_total_changes(db);
}

} // extern "C"
