// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Backups.h"

#include "backup/BackupFile.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Random.h"
#include "tw/storage/Database.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <algorithm>
#include <ctime>

namespace tw::workbook {
namespace {

constexpr const char* kPrefix = "trustwork-";
constexpr const char* kSuffix = ".twbackup";
// A clock a few minutes fast on the machine that made a backup does not make it "in the future".
constexpr std::int64_t kFutureSlackMs = 10LL * 60 * 1000;

std::string stampFor(std::int64_t nowMs)
{
    const std::time_t seconds = static_cast<std::time_t>(nowMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &utc);
    return buffer;
}

void makePrivateFolder(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
}

std::filesystem::path freshName(const Paths& paths, std::int64_t nowMs, const std::string& reason)
{
    auto target = paths.backups / (kPrefix + stampFor(nowMs) + "-" + reason + kSuffix);
    std::error_code ec;
    for (int n = 2; std::filesystem::exists(target, ec); ++n) {
        target = paths.backups / (kPrefix + stampFor(nowMs) + "-" + reason + "-" + std::to_string(n) + kSuffix);
    }
    return target;
}

void writeFiles(const std::filesystem::path& dir, const std::map<std::string, std::vector<std::uint8_t>>& files)
{
    makePrivateFolder(dir);
    makePrivateFolder(dir / "private");
    for (const auto& [name, bytes] : files) {
        writeFileAtomically(dir / name, bytes);
    }
}

void removeWorkbookFiles(const std::filesystem::path& dir)
{
    std::error_code ec;
    for (const char* name : {"workbook.db", "workbook.db-wal", "workbook.db-shm", "workbook.keys"}) {
        std::filesystem::remove(dir / name, ec);
    }
    std::filesystem::remove_all(dir / "private", ec);
}

} // namespace

void Backups::write(storage::Database& shared, storage::Database& mine, const Paths& paths,
    const std::filesystem::path& output, const Session& maker, const std::string& reason)
{
    shared.checkpoint();
    mine.checkpoint();
    const auto files = backup::collect(paths.dataDir);
    backup::Header header;
    header.workbookId = maker.workbookId();
    header.makerId = maker.me().id;
    header.madeAt = maker.nowMs();
    header.reason = reason;
    header.keyVersion = maker.keyVersion();
    header.signature = crypto::signDetached(maker.signingKeys(), header.signedBytes(backup::digestsOf(files)));
    std::error_code ec;
    if (!output.parent_path().empty()) {
        std::filesystem::create_directories(output.parent_path(), ec);
    }
    writeFileAtomically(output, backup::pack(header, files));
}

std::filesystem::path Backups::writeAutomatic(storage::Database& shared, storage::Database& mine, const Paths& paths,
    const std::string& reason, const Session& maker)
{
    makePrivateFolder(paths.backups);
    const auto target = freshName(paths, maker.nowMs(), reason);
    write(shared, mine, paths, target, maker, reason);
    auto all = list(paths, maker.nowMs());
    std::error_code ec;
    while (all.size() > kKeep) {
        std::filesystem::remove(all.front().file, ec);
        all.erase(all.begin());
    }
    tw::log::get("workbook")->info("automatic backup written ({})", reason);
    return target;
}

std::filesystem::path Backups::writeUnsigned(const Paths& paths, const std::string& reason, std::int64_t nowMs)
{
    makePrivateFolder(paths.backups);
    backup::Header header;
    header.madeAt = nowMs;
    header.reason = reason;
    const auto target = freshName(paths, nowMs, reason);
    writeFileAtomically(target, backup::pack(header, backup::collect(paths.dataDir)));
    return target;
}

std::vector<BackupInfo> Backups::list(const Paths& paths, std::int64_t nowMs)
{
    std::vector<BackupInfo> out;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(paths.backups, ec)) {
        const auto name = item.path().filename().string();
        if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) {
            continue;
        }
        const auto header = backup::peek(item.path());
        if (!header) {
            continue;
        }
        BackupInfo info;
        info.file = item.path();
        info.madeAt = header->version >= 2 ? header->madeAt : backup::timeFromName(name);
        info.makerId = header->makerId;
        info.reason = header->reason;
        info.signedByMaker = !header->signature.empty();
        if (info.madeAt <= 0 || info.madeAt > nowMs + kFutureSlackMs) {
            continue; // a name or a time that cannot be true is ignored, never obeyed
        }
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.madeAt != b.madeAt ? a.madeAt < b.madeAt : a.file < b.file;
    });
    return out;
}

std::int64_t Backups::newestTime(const Paths& paths, std::int64_t nowMs, const Session& verifier)
{
    auto all = list(paths, nowMs);
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (!it->signedByMaker) {
            continue;
        }
        // The signature covers the header's own checksums of the files, so checking it needs only the
        // first line; the files are checked against those checksums when a backup is restored.
        const auto h = backup::peek(it->file);
        if (h && h->workbookId == verifier.workbookId()
            && verifier.isSignedBy(h->makerId, h->signedBytes(h->fileDigests), h->signature)) {
            return h->madeAt;
        }
    }
    return 0;
}

void Backups::restore(const std::filesystem::path& file, const Paths& paths, const std::string& name,
    const crypto::SecretBytes& passphrase, const Options& options)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        throw Error(ErrorKind::Io, "No backup file at " + file.string() + ".");
    }
    const auto contents = backup::unpack(file);
    const auto& header = contents.header;

    // The backup is opened as its partner in a folder of its own: the passphrase proves that a
    // partner in it is restoring, and the maker's signature on its time is checked with that
    // partner's keys before anything of the current workbook is touched.
    makePrivateFolder(paths.dataDir);
    const auto staging = paths.dataDir / (".restore-" + crypto::randomUuid());
    struct Cleanup {
        std::filesystem::path dir;
        ~Cleanup()
        {
            std::error_code ignored;
            std::filesystem::remove_all(dir, ignored);
        }
    } cleanup{staging};
    writeFiles(staging, contents.files);
    Options quiet = options;
    quiet.dailyBackup = false;
    {
        auto session = Workbook::unlock(staging, name, passphrase, quiet);
        // Signed backups must carry their maker's valid signature; an unsigned one (made before a
        // restore or a migration, when nobody was unlocked) is restored only when chosen by name,
        // and never counts as the newest.
        if (header.version >= 2 && !header.signature.empty()) {
            if (header.workbookId != session->workbookId()
                || !session->isSignedBy(header.makerId, header.signedBytes(contents.digests), header.signature)) {
                throw Error(ErrorKind::Damaged,
                    "The backup " + file.filename().string()
                        + " cannot be used: its date and contents are not signed by a partner of this workbook, "
                          "so it may have been planted. Nothing was changed.");
            }
        }
        const std::int64_t madeAt
            = header.version >= 2 ? header.madeAt : backup::timeFromName(file.filename().string());
        session->recordRestore(file.filename().string(), madeAt);
        session->lock();
    }
    const auto restored = backup::collect(staging);

    if (paths.workbookExists()) {
        // Keep what is there: the current files, byte for byte with their journals, in a backup of
        // their own. It is unsigned (nobody may be able to unlock the current files).
        writeUnsigned(paths, "before-restore", options.nowMs());
    }
    // A WAL or store left beside different files would be replayed into them and corrupt them.
    removeWorkbookFiles(paths.dataDir);
    std::map<std::string, std::vector<std::uint8_t>> withoutKeys = restored;
    withoutKeys.erase("workbook.keys");
    writeFiles(paths.dataDir, withoutKeys);
    // The key file last: until it exists the folder holds no workbook, so a crash is not half a one.
    writeFileAtomically(paths.keySlots, restored.at("workbook.keys"));
    tw::log::get("workbook")->info("workbook restored from a backup");
}

} // namespace tw::workbook
