// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Workbook.h"

#include "WorkbookFiles.h"
#include "store/FileStamp.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/crypto/Random.h"
#include "tw/storage/Migrations.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Backups.h"
#include "tw/workbook/PassphrasePolicy.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <chrono>
#include <set>

namespace tw::workbook {
namespace {

const crypto::SlotOwner& ownerNamed(const crypto::KeySlotFile& slots, const std::string& name)
{
    const auto* owner = slots.findByName(name);
    if (!owner) {
        throw Error(ErrorKind::NotFound,
            "Nobody called \"" + name
                + "\" is in this workbook. Check the spelling; "
                  "names are case-sensitive.");
    }
    return *owner;
}

void requireWorkbook(const Paths& paths)
{
    if (!paths.workbookExists()) {
        throw Error(ErrorKind::Io,
            "There is no workbook in " + paths.dataDir.string() + ". Create one first, or pass the right --data-dir.");
    }
}

std::unique_ptr<Session> openSession(const Paths& paths, crypto::KeySlotFile slots, crypto::KeySet keys,
    const std::string& ownerId, const Options& options, const crypto::SecretBytes* passphrase)
{
    // Before anything opens the database: a sync tool would carry it and its journal apart.
    SyncFolder::refuseManagedDataDir(paths.dataDir);
    // Before this session's own connection touches the file or its journal.
    auto stamp = store::FileStamp::of(paths.database);
    storage::Database db(paths.database, keys.databaseKey, databaseOptions(slots, options, false));
    // Refuse before anything writes, so a newer workbook stays byte-for-byte as it was.
    storage::refuseNewerSchema(db);
    db.configureForWriting();
    storage::migrate(db, [&](int from, int to) {
        tw::log::get("workbook")->info("migrating schema {} -> {}", from, to);
        // Nobody is unlocked yet, so this copy is of the files as they lie, journals included.
        Backups::writeUnsigned(paths, "before-migration", options.nowMs());
    });
    auto session = std::make_unique<Session>(paths, std::move(db), std::move(slots), std::move(keys), ownerId, options);
    session->setFileStampAtOpen(std::move(stamp));
    session->open(passphrase);
    session->takeDailyBackupIfDue();
    return session;
}

} // namespace

void requireStrongPassphrase(const crypto::SecretBytes& passphrase, const std::vector<std::string>& personalWords,
    const Options& options, const std::string& whose)
{
    if (options.enforcePassphraseStrength && !estimatePassphrase(passphrase, personalWords).acceptable()) {
        throw Error(ErrorKind::Usage, (whose.empty() ? "" : whose + ": ") + passphraseAdvice());
    }
}

std::int64_t Options::nowMs() const
{
    if (now) {
        return now();
    }
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void Workbook::create(const std::filesystem::path& dataDir, std::vector<NewPartner> partners, const Options& options)
{
    if (partners.empty() || partners.size() > 2) {
        throw Error(ErrorKind::Usage, "A workbook has one partner (solo) or two (a couple).");
    }
    createOfKind(dataDir, std::move(partners), kCoupleKind, options);
}

RecoveryCode Workbook::createPractice(
    const std::filesystem::path& dataDir, NewPartner therapist, const Options& options)
{
    RecoveryCode code{therapist.name, crypto::makeRecoveryCode()};
    therapist.recoveryCode = code.code.clone();
    std::vector<NewPartner> owner;
    owner.push_back(std::move(therapist));
    createOfKind(dataDir, std::move(owner), kPracticeKind, options);
    return code;
}

std::vector<BackupInfo> Workbook::backups(const std::filesystem::path& dataDir, const Options& options)
{
    return Backups::list(Paths(dataDir), options.nowMs());
}

void Workbook::createOfKind(const std::filesystem::path& dataDir, std::vector<NewPartner> partners,
    const std::string& kind, const Options& options)
{
    const Paths paths(dataDir);
    std::set<std::string> names;
    for (const auto& p : partners) {
        if (p.name.empty() || !names.insert(p.name).second) {
            throw Error(ErrorKind::Usage, "Each partner needs a name, and the two names must differ.");
        }
        if (p.passphrase.empty()) {
            throw Error(ErrorKind::Usage, "Each partner needs a passphrase.");
        }
    }
    for (const auto& p : partners) {
        requireStrongPassphrase(p.passphrase, std::vector<std::string>(names.begin(), names.end()), options, p.name);
    }
    if (partners.size() == 2 && partners[0].passphrase.equals(partners[1].passphrase)) {
        throw Error(ErrorKind::Usage, "Each partner needs their own passphrase; the two must differ.");
    }
    SyncFolder::refuseManagedDataDir(dataDir);
    if (paths.workbookExists()) {
        throw Error(ErrorKind::Usage,
            "A workbook already exists in " + dataDir.string()
                + ". Nothing was changed. Use another --data-dir, or restore a backup.");
    }
    startEmptyDataDir(paths);

    crypto::KeySlotFile slots;
    slots.workbookId = crypto::randomUuid();
    slots.kind = kind;
    crypto::KeySet couple{
        crypto::SecretBytes::random(crypto::kKeyBytes), {}, crypto::SecretBytes::random(crypto::kKeyBytes)};
    std::vector<std::string> ids;
    std::vector<crypto::KeySet> keySets;
    for (const auto& p : partners) {
        const std::string id = slots.addOwner(p.name);
        ids.push_back(id);
        keySets.push_back(couple.forNewPartner());
        slots.setSlot(id, crypto::SlotType::Passphrase, keySets.back(), p.passphrase, options.kdf);
        if (!p.recoveryCode.empty()) {
            slots.setSlot(id, crypto::SlotType::Recovery, keySets.back(), crypto::normaliseRecoveryCode(p.recoveryCode),
                options.kdf);
        }
    }

    {
        storage::Database db(paths.database, couple.databaseKey, databaseOptions(slots, options, true));
        db.configureForWriting();
        storage::migrate(db);
        storage::Transaction tx(db);
        const std::int64_t now = options.nowMs();
        for (std::size_t i = 0; i < partners.size(); ++i) {
            storage::Statement stmt(db,
                "INSERT INTO partner (id, name, role, solo, created_at, hlc) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            // The owner of a practice is its therapist; the schema has had that role from the start.
            const std::string_view role = kind == kPracticeKind ? "therapist" : roleName(partners[i].role);
            stmt.bind(1, ids[i]).bind(2, partners[i].name).bind(3, role);
            stmt.bind(4, static_cast<long long>(partners.size() == 1 ? 1 : 0));
            stmt.bind(5, now + static_cast<std::int64_t>(i)).bind(6, std::to_string(now));
            stmt.run();
            // Each partner's first signing key, signed by itself; their private store starts empty.
            Session::introduce(db, paths, slots, ids[i], keySets[i], options);
        }
        writeWorkbookMeta(db, slots);
        tx.commit();
        db.checkpoint();
    }
    // Written last: until the key file exists there is no workbook, so a crash leaves nothing half-made.
    slots.save(paths.keySlots);
    tw::log::get("workbook")->info("{} workbook created with {} owner(s)", kind, partners.size());
}

WorkbookInfo Workbook::info(const std::filesystem::path& dataDir)
{
    const Paths paths(dataDir);
    requireWorkbook(paths);
    const auto slots = crypto::KeySlotFile::load(paths.keySlots);
    WorkbookInfo info;
    info.keyFileFormat = crypto::KeySlotFile::kFormatVersion;
    info.kind = slots.kind;
    for (const auto& owner : slots.owners) {
        info.names.push_back(owner.name);
    }
    return info;
}

std::unique_ptr<Session> Workbook::unlock(const std::filesystem::path& dataDir, const std::string& name,
    const crypto::SecretBytes& passphrase, const Options& options)
{
    const Paths paths(dataDir);
    requireWorkbook(paths);
    auto slots = crypto::KeySlotFile::load(paths.keySlots);
    const auto& owner = ownerNamed(slots, name);
    const std::string ownerId = owner.id;
    auto keys = slots.unlock(ownerId, crypto::SlotType::Passphrase, passphrase);
    return openSession(paths, std::move(slots), std::move(keys), ownerId, options, &passphrase);
}

std::unique_ptr<Session> Workbook::recover(const std::filesystem::path& dataDir, const std::string& name,
    const crypto::SecretBytes& code, const crypto::SecretBytes& newPassphrase, crypto::SecretBytes& newCode,
    const Options& options)
{
    const Paths paths(dataDir);
    requireWorkbook(paths);
    auto slots = crypto::KeySlotFile::load(paths.keySlots);
    const std::string ownerId = ownerNamed(slots, name).id;
    auto keys = slots.unlock(ownerId, crypto::SlotType::Recovery, crypto::normaliseRecoveryCode(code));
    auto session = openSession(paths, std::move(slots), std::move(keys), ownerId, options, nullptr);
    newCode = session->finishRecovery(newPassphrase);
    return session;
}

void Workbook::restore(const std::filesystem::path& backup, const std::filesystem::path& dataDir,
    const std::string& name, const crypto::SecretBytes& passphrase, const Options& options)
{
    Backups::restore(backup, Paths(dataDir), name, passphrase, options);
}

} // namespace tw::workbook
