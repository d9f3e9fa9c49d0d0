// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <stdexcept>

namespace tw::test {
namespace {

struct State {
    std::atomic<int> writes{0};
    std::atomic<int> syncs{0};
    std::atomic<int> injected{0};
    std::atomic<bool> armed{false};
    std::atomic<int> op{0};
    std::atomic<int> k{0};
    std::atomic<int> code{SQLITE_OK};
    std::atomic<bool> sticky{false};
};
State g_state;
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;

// Our file object, followed in the same allocation by the real VFS's file object.
struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

int countAndMaybeFail(FaultOp op)
{
    const int n = ++(op == FaultOp::Write ? g_state.writes : g_state.syncs);
    if (!g_state.armed || g_state.op != static_cast<int>(op)) {
        return SQLITE_OK;
    }
    if (n == g_state.k || (g_state.sticky && n > g_state.k)) {
        ++g_state.injected;
        const int code = g_state.code;
        // A real failure leaves errno behind, and the storage layer reads it to name the problem.
        errno = (code & 0xff) == SQLITE_FULL ? ENOSPC : EIO;
        return code;
    }
    return SQLITE_OK;
}

int xClose(sqlite3_file* f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file* f, void* data, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}
int xWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset)
{
    if (const int rc = countAndMaybeFail(FaultOp::Write); rc != SQLITE_OK) {
        return rc;
    }
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (const int rc = countAndMaybeFail(FaultOp::Sync); rc != SQLITE_OK) {
        return rc;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

const sqlite3_io_methods g_methods
    = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
        xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ours = reinterpret_cast<FaultFile*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(FaultFile));
    ours->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, ours->real, flags, outFlags);
    // SQLite calls xClose only on files whose pMethods is set, so a failed open leaves it null.
    if (rc == SQLITE_OK && ours->real->pMethods) {
        ours->base.pMethods = &g_methods;
    }
    return rc;
}
int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

} // namespace

void FaultVfs::install(bool makeDefault)
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real || g_real->iVersion < 2) {
            throw std::runtime_error("no usable default SQLite VFS to wrap");
        }
        // Everything we do not intercept is the real VFS's own (time, randomness, dlopen...).
        g_vfs = *g_real;
        g_vfs.pNext = nullptr;
        g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
        g_vfs.zName = kName;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
    });
    if (sqlite3_vfs_register(&g_vfs, makeDefault ? 1 : 0) != SQLITE_OK) {
        throw std::runtime_error("cannot register the fault-injection VFS");
    }
}

void FaultVfs::reset()
{
    disarm();
    g_state.writes = 0;
    g_state.syncs = 0;
    g_state.injected = 0;
}

void FaultVfs::arm(FaultOp op, int k, int sqliteCode, bool sticky)
{
    g_state.op = static_cast<int>(op);
    g_state.k = k;
    g_state.code = sqliteCode;
    g_state.sticky = sticky;
    g_state.armed = true;
}

void FaultVfs::disarm()
{
    g_state.armed = false;
}

int FaultVfs::writes()
{
    return g_state.writes;
}
int FaultVfs::syncs()
{
    return g_state.syncs;
}
int FaultVfs::injected()
{
    return g_state.injected;
}

} // namespace tw::test
