// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../WorkbookFiles.h"
#include "../store/PrivateStore.h"
#include "../store/SharedStore.h"
#include "../store/UnlockCheck.h"
#include "ChangeFile.h"
#include "Replica.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/storage/Migrations.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <regex>

namespace tw::workbook {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

[[noreturn]] void notASyncFolder(const fs::path& folder, const std::string& why)
{
    throw Error(ErrorKind::InvalidInput,
        folder.string() + " is not a Trustwork sync folder (" + why
            + "). Choose the folder this workbook was first synced into, or an empty folder to start one.");
}

/** A change file found in the folder, by device and sequence. */
struct Found {
    fs::path path;
    std::string name;
    std::string device;
    std::int64_t seq = 0;
};

std::vector<Found> changeFiles(const fs::path& folder)
{
    std::vector<Found> out;
    std::error_code ec;
    const fs::path devices = folder / "devices";
    if (!fs::is_directory(devices, ec)) {
        return out;
    }
    for (const auto& dir : fs::directory_iterator(devices, ec)) {
        if (!dir.is_directory(ec)) {
            continue;
        }
        for (const auto& file : fs::directory_iterator(dir.path(), ec)) {
            const std::string name = file.path().filename().string();
            // Conflict copies, temp files and anything else the sync tool or a person left are not ours.
            if (const auto seq = sync::sequenceOfName(name); seq && file.is_regular_file(ec)) {
                out.push_back({file.path(), name, dir.path().filename().string(), *seq});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) {
        return std::tie(a.device, a.seq, a.name) < std::tie(b.device, b.seq, b.name);
    });
    return out;
}

std::string hostName()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') {
        return "This computer";
    }
    return name;
}

} // namespace

SyncFolder::SyncFolder(std::filesystem::path folder)
    : m_folder(std::move(folder))
{
}

void SyncFolder::refuseManagedDataDir(const std::filesystem::path& dataDir)
{
    static const char* const markers[]
        = {".stfolder", ".dropbox", ".dropbox.cache", ".nextcloudsync.log", ".owncloudsync.log", ".sync_journal.db"};
    std::error_code ec;
    fs::path dir = fs::weakly_canonical(fs::absolute(dataDir, ec), ec);
    while (!dir.empty()) {
        for (const char* marker : markers) {
            if (fs::exists(dir / marker, ec)) {
                throw Error(ErrorKind::Usage,
                    "The workbook folder " + dataDir.string() + " is inside a folder a sync tool manages (found "
                        + marker + " in " + dir.string()
                        + "). A sync tool copies a live database and its journal apart, which can lose or fork "
                          "the workbook. Keep the workbook elsewhere and sync it with `sync --folder` instead.");
            }
        }
        if (dir == dir.parent_path()) {
            break;
        }
        dir = dir.parent_path();
    }
}

void SyncFolder::prepare(Session* session)
{
    std::error_code ec;
    const fs::path format = m_folder / kFormatFile;
    if (!fs::exists(format, ec)) {
        if (!session) {
            notASyncFolder(m_folder, std::string("it has no ") + kFormatFile);
        }
        if (!fs::exists(m_folder, ec) && sync::Replica(*session).hasPublished()) {
            // This device synced before: a folder that is gone is a drive not mounted or a sync
            // tool that moved it, never a reason to start an empty one.
            throw Error(ErrorKind::Io,
                "The sync folder " + m_folder.string()
                    + " is not there. If it is on a drive, connect it; if your sync tool moved it, choose it again. "
                      "Nothing was changed.");
        }
        if (fs::exists(m_folder, ec) && !fs::is_empty(m_folder, ec) && !fs::exists(m_folder / "devices", ec)
            && !fs::exists(m_folder / ".stfolder", ec)) {
            notASyncFolder(m_folder, "it holds other files; start a sync folder in an empty one");
        }
        fs::create_directories(m_folder / "devices", ec);
        if (ec) {
            throw Error(ErrorKind::Io, "Could not create the sync folder " + m_folder.string() + ": " + ec.message());
        }
        const json n = {{"format", sync::ChangeFile::kFormat}, {"workbook", session->workbookId()}};
        const std::string text = n.dump(2) + "\n";
        writeFileAtomically(format, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
        return;
    }
    const auto bytes = readFile(format);
    const json n = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!n.is_object() || !n.contains("format") || !n["format"].is_number_integer() || !n.contains("workbook")
        || !n["workbook"].is_string()) {
        throw Error(ErrorKind::Damaged,
            "The sync folder's " + std::string(kFormatFile)
                + " is damaged. Nothing was changed; copy it again from "
                  "another device's sync folder.");
    }
    if (n["format"].get<int>() > sync::ChangeFile::kFormat) {
        throw Error(ErrorKind::NewerVersion,
            "This sync folder was written by a newer version of Trustwork. Install it on this computer; nothing "
            "was changed.");
    }
    if (session && n["workbook"].get<std::string>() != session->workbookId()) {
        notASyncFolder(m_folder, "it belongs to another workbook");
    }
}

SyncReport SyncFolder::sync(Session& session)
{
    SyncReport report = importChanges(session);
    if (!report.passphraseChangedElsewhere) {
        publish(session, report);
    }
    return report;
}

SyncReport SyncFolder::importChanges(Session& session)
{
    prepare(&session);
    sync::Replica replica(session);
    SyncReport report;
    report.deviceId = replica.deviceId();
    std::map<std::string, std::int64_t> highest;
    std::map<std::string, int> present;
    const std::int64_t now = session.nowMs();
    // Each new file is read once. Device records first: a removal counts against the removed
    // device's later files even when they sort (or arrived) before it.
    struct Pending {
        const Found* found;
        std::vector<std::uint8_t> bytes;
        std::string unreadable; ///< why it could not be read, if it could not
    };
    std::vector<Pending> pending;
    const auto files = changeFiles(m_folder);
    for (const auto& f : files) {
        highest[f.device] = std::max(highest[f.device], f.seq);
        ++present[f.device];
        if (replica.alreadyImported(f.name)) {
            continue;
        }
        Pending p{&f, {}, {}};
        try {
            p.bytes = readFile(f.path);
            replica.takeDeviceRecords(p.bytes);
        } catch (const Error& e) {
            p.unreadable = e.what(); // named as damaged below
        }
        pending.push_back(std::move(p));
    }
    std::size_t done = 0;
    if (m_progress) {
        m_progress(done, pending.size());
    }
    for (const auto& p : pending) {
        const Found& f = *p.found;
        if (m_progress && done > 0) {
            m_progress(done, pending.size());
        }
        ++done;
        try {
            if (!p.unreadable.empty()) {
                throw Error(ErrorKind::Io, p.unreadable);
            }
            const auto applied = replica.apply(f.name, p.bytes, f.device);
            report.imported += applied.result == sync::Applied::Ignored ? 0 : 1;
            report.ignored += applied.result == sync::Applied::Ignored ? 1 : 0;
            if (applied.createdAt > now + kDayMs) {
                report.clockOff.push_back(f.device);
            }
        } catch (const Error& e) {
            if (e.kind() != ErrorKind::Damaged && e.kind() != ErrorKind::Io && e.kind() != ErrorKind::NewerVersion) {
                throw;
            }
            report.damaged.push_back(fs::relative(f.path, m_folder).string());
            tw::log::get("sync")->warn("a change file was not used (kind {})", static_cast<int>(e.kind()));
        }
    }
    if (m_progress && done > 0) {
        m_progress(done, pending.size());
    }
    std::map<std::string, std::string> names;
    for (const auto& d : replica.devices()) {
        names[d.id] = d.name;
    }
    for (const auto& [device, top] : highest) {
        const int missing = static_cast<int>(top) - present[device];
        if (missing > 0 && device != report.deviceId) {
            report.waitingFor[names.count(device) ? names[device] : device] = missing;
        }
    }
    for (auto& id : report.clockOff) {
        if (names.count(id)) {
            id = names[id];
        }
    }
    report.passphraseChangedElsewhere = replica.myPassphraseChangedElsewhere();
    return report;
}

void SyncFolder::publish(Session& session, SyncReport& report)
{
    prepare(&session);
    sync::Replica replica(session);
    std::string device = replica.deviceId();
    const auto files = changeFiles(m_folder);
    // A file under my id that I did not write: a cloned computer uses the same id. Each copy
    // that finds one moves to a new id, so no id keeps two writers.
    for (const auto& f : files) {
        if (f.device == device && !replica.wrote(f.name)) {
            device = replica.takeNewDeviceId();
            report.tookNewDeviceId = true;
            break;
        }
    }
    if (!replica.hasDeviceRecord()) {
        replica.nameThisDevice(hostName());
    }
    report.deviceId = device;
    if (!replica.hasChanges()) {
        return;
    }
    auto [seq, previous] = replica.lastRecorded(device);
    // The folder may hold a newer file of mine than my records (a kill after writing it and before
    // recording it): never reuse its sequence number.
    for (const auto& f : files) {
        if (f.device == device && f.seq > seq) {
            seq = f.seq;
            previous = sync::changeFileHash(readFile(f.path));
        }
    }
    sync::ChangeHeader header;
    header.deviceId = device;
    header.seq = seq + 1;
    header.previousHash = previous;
    header.createdAt = session.nowMs();
    std::int64_t upTo = 0;
    const auto bytes = replica.buildChange(header, upTo);
    const fs::path dir = m_folder / "devices" / device;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        throw Error(ErrorKind::Io, "Could not create " + dir.string() + ": " + ec.message());
    }
    const std::string name = sync::changeFileName(header.seq, bytes);
    writeFileAtomically(dir / name, bytes);
    replica.markPublished(name, sync::changeFileHash(bytes), header.seq, upTo);
    report.published = true;
}

std::unique_ptr<Session> SyncFolder::join(const std::filesystem::path& dataDir, const std::string& name,
    const crypto::SecretBytes& passphrase, const Options& options)
{
    prepare(nullptr);
    const Paths paths(dataDir);
    if (paths.workbookExists()) {
        throw Error(ErrorKind::Usage,
            "A workbook already exists in " + dataDir.string()
                + ". Nothing was changed. Join into an empty folder, or sync this one with `sync --folder`.");
    }
    refuseManagedDataDir(dataDir);
    struct Candidate {
        std::vector<std::uint8_t> bytes;
        sync::ChangeFile file;
        crypto::KeySlotFile slots;
    };
    std::vector<Candidate> all;
    int unreadable = 0;
    for (const auto& f : changeFiles(m_folder)) {
        try {
            Candidate c;
            c.bytes = readFile(f.path);
            c.file = sync::ChangeFile::parse(c.bytes);
            if (!sync::nameMatches(f.name, c.bytes)) {
                ++unreadable;
                continue;
            }
            if (c.file.slots.empty()) {
                continue;
            }
            c.slots = crypto::KeySlotFile::parse(c.file.slots);
            if (c.slots.workbookId != c.file.header.workbookId || !c.slots.findById(c.file.header.authorId)) {
                continue;
            }
            all.push_back(std::move(c));
        } catch (const Error&) {
            ++unreadable; // damaged or incomplete: the sync after joining names it
        }
    }
    std::stable_sort(all.begin(), all.end(),
        [](const Candidate& a, const Candidate& b) { return a.file.header.keyVersion > b.file.header.keyVersion; });
    bool named = false;
    const Candidate* chosen = nullptr;
    crypto::KeySet keys;
    std::string myId;
    bool opened = false; // the passphrase opened a slot whose file failed its signature: damage
    // My own files first (newest key first), each signed by the key its slot holds; then, if I have
    // never synced, my slot as my partner's device carried it, checked against my key chain below.
    // Only my newest slot counts: an older one (from before a passphrase change) must not let the
    // old passphrase in. My partner's files carry my slot too, but are used only if I never synced.
    std::uint32_t newestOwn = 0;
    for (const auto& c : all) {
        const auto* owner = c.slots.findByName(name);
        if (owner && owner->id == c.file.header.authorId) {
            newestOwn = std::max(newestOwn, c.file.header.keyVersion);
        }
    }
    for (const bool ownFiles : {true, false}) {
        if (!ownFiles && newestOwn > 0) {
            break;
        }
        for (const auto& c : all) {
            const auto* owner = c.slots.findByName(name);
            if (!owner || (owner->id == c.file.header.authorId) != ownFiles
                || (ownFiles && c.file.header.keyVersion != newestOwn)) {
                continue;
            }
            named = true;
            try {
                auto k = c.slots.unlock(owner->id, crypto::SlotType::Passphrase, passphrase);
                opened = true;
                const auto signer = crypto::SigningKeyPair::fromSeed(k.signingSeed);
                if (!ownFiles
                    || (k.keyVersion == c.file.header.keyVersion && c.file.signedBy(c.bytes, signer.publicKey))) {
                    keys = std::move(k);
                    chosen = &c;
                    myId = owner->id;
                    break;
                }
            } catch (const Error& e) {
                if (e.kind() != ErrorKind::WrongSecret) {
                    throw;
                }
            }
        }
        if (chosen) {
            break;
        }
    }
    if (!named && unreadable > 0) {
        throw Error(ErrorKind::Damaged,
            std::to_string(unreadable) + " change file(s) in this sync folder are damaged or still being copied, and "
                + "none of the others names " + name + ". Nothing was joined; wait for the sync tool, then try again.");
    }
    if (!named) {
        throw Error(ErrorKind::NotFound,
            "Nobody called \"" + name
                + "\" is in the workbook published in this sync folder. Check the spelling "
                  "(names are case-sensitive), or sync once on a device that has the workbook.");
    }
    if (!chosen && (opened || unreadable > 0)) {
        throw Error(ErrorKind::Damaged,
            "The change files of " + name
                + " in this sync folder are damaged or still being copied. Nothing was "
                  "joined; wait for the sync tool, then try again.");
    }
    if (!chosen) {
        throw Error(ErrorKind::WrongSecret, "That passphrase is not right for " + name + ".");
    }
    crypto::KeySlotFile slots;
    slots.workbookId = chosen->slots.workbookId;
    slots.kind = chosen->slots.kind;
    slots.database = chosen->slots.database;
    // Each partner's slots from their own newest file, else as the other partner's file carried them.
    std::map<std::string, std::pair<std::uint32_t, crypto::SlotOwner>> owners;
    for (const auto& c : all) {
        for (const auto& owner : c.slots.owners) {
            const std::uint32_t rank = owner.id == c.file.header.authorId ? c.file.header.keyVersion + 1000000U : 1U;
            auto& have = owners[owner.id];
            if (rank > have.first) {
                have = {rank, owner};
            }
        }
    }
    owners[myId] = {0xffffffffU, *chosen->slots.findById(myId)};

    startEmptyDataDir(paths);
    {
        storage::Database db(paths.database, keys.databaseKey, databaseOptions(slots, options, true));
        db.configureForWriting();
        storage::migrate(db);
        storage::Transaction tx(db);
        writeWorkbookMeta(db, slots);
        // The people and their key chains come first, so that the first unlock here finds my own
        // chain; every row then arrives through the ordinary, checked import.
        std::map<std::string, std::vector<store::PartnerKey>> chains;
        for (const auto& c : all) {
            const auto plain = c.file.openShared(keys.coupleKey);
            const json n = plain ? json::parse(plain->begin(), plain->end(), nullptr, false) : json();
            if (!n.is_object() || !n.contains("partners") || !n.contains("keys")) {
                continue;
            }
            try {
                sync::insertPartners(db, n.at("partners"));
                for (auto& [partnerId, list] : sync::offeredKeys(n.at("keys"))) {
                    auto chain = store::validChain(slots.workbookId, list);
                    auto& best = chains[partnerId];
                    if (chain.size() > best.size()) {
                        best = std::move(chain);
                    }
                }
            } catch (const json::exception&) {
                continue;
            }
        }
        const auto signer = crypto::SigningKeyPair::fromSeed(keys.signingSeed);
        const auto& mine = chains[myId];
        if (mine.size() < keys.keyVersion || mine[keys.keyVersion - 1].publicKey != signer.publicKey) {
            throw Error(ErrorKind::Damaged,
                "The key records of " + name + " in this sync folder do not match " + name
                    + "'s key. Nothing was joined; sync again once every file has arrived.");
        }
        store::SharedStore shared(db);
        for (const auto& [author, chain] : chains) {
            for (const auto& k : chain) {
                shared.putKey(k);
            }
        }
        tx.commit();
        db.checkpoint();
    }
    for (auto& [id, owner] : owners) {
        slots.owners.push_back(owner.second);
    }
    slots.save(paths.keySlots);
    auto session = Workbook::unlock(dataDir, name, passphrase, options);
    sync(*session);
    return session;
}

namespace {

constexpr std::string_view kBundleMagic = "TWSYNC01";

void putU32(std::vector<std::uint8_t>& out, std::size_t n)
{
    for (std::size_t i = 0; i < 4; ++i) {
        out.push_back(static_cast<std::uint8_t>((n >> (8 * i)) & 0xff));
    }
}

[[noreturn]] void notABundle(const fs::path& input, const std::string& why)
{
    throw Error(ErrorKind::InvalidInput,
        input.string() + " is not a Trustwork changes file (" + why + "). Nothing was imported.");
}

} // namespace

int SyncFolder::exportBundle(const std::filesystem::path& output)
{
    prepare(nullptr);
    // A bundle is the format file and every change file, each as (path, bytes); the files are
    // already sealed and signed, so the bundle adds no protection and needs none.
    std::vector<std::uint8_t> out(kBundleMagic.begin(), kBundleMagic.end());
    auto add = [&out](const std::string& path, const std::vector<std::uint8_t>& bytes) {
        putU32(out, path.size());
        out.insert(out.end(), path.begin(), path.end());
        putU32(out, bytes.size());
        out.insert(out.end(), bytes.begin(), bytes.end());
    };
    add(kFormatFile, readFile(m_folder / kFormatFile));
    int count = 0;
    for (const auto& f : changeFiles(m_folder)) {
        add("devices/" + f.device + "/" + f.name, readFile(f.path));
        ++count;
    }
    writeFileAtomically(output, out);
    return count;
}

SyncReport SyncFolder::importBundle(Session& session, const std::filesystem::path& input)
{
    const auto bytes = readFile(input);
    if (bytes.size() < kBundleMagic.size() || !std::equal(kBundleMagic.begin(), kBundleMagic.end(), bytes.begin())) {
        notABundle(input, "it does not start as one");
    }
    std::size_t at = kBundleMagic.size();
    auto u32 = [&]() {
        if (bytes.size() - at < 4) {
            notABundle(input, "it ends too early");
        }
        std::size_t n = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            n |= static_cast<std::size_t>(bytes[at + i]) << (8 * i);
        }
        at += 4;
        if (n > bytes.size() - at) {
            notABundle(input, "a part is longer than the file");
        }
        return n;
    };
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> parts;
    while (at < bytes.size()) {
        const std::size_t nameLength = u32();
        std::string path(bytes.begin() + static_cast<std::ptrdiff_t>(at),
            bytes.begin() + static_cast<std::ptrdiff_t>(at + nameLength));
        at += nameLength;
        const std::size_t length = u32();
        parts.emplace_back(std::move(path),
            std::vector<std::uint8_t>(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                bytes.begin() + static_cast<std::ptrdiff_t>(at + length)));
        at += length;
    }
    // Only names we write are accepted: "devices/<hex id>/<change file>", nothing that climbs out.
    static const std::regex allowed("^devices/[0-9a-f]{16}/[0-9]{10}-[0-9a-f]{16}\\.twchange$");
    std::error_code ec;
    if (!fs::exists(m_folder / kFormatFile, ec)) {
        prepare(&session);
    }
    for (const auto& [path, content] : parts) {
        if (path == kFormatFile) {
            continue; // this folder's own format file stays; the workbook id is checked per file
        }
        if (!std::regex_match(path, allowed)) {
            notABundle(input, "it names a file outside its devices folder");
        }
        const fs::path target = m_folder / path;
        if (fs::exists(target, ec)) {
            continue; // never overwrite: a name is the digest of its content
        }
        fs::create_directories(target.parent_path(), ec);
        writeFileAtomically(target, content);
    }
    return sync(session);
}

std::vector<SyncDevice> SyncFolder::devices(Session& session)
{
    sync::Replica replica(session);
    const std::string me = replica.deviceId();
    std::vector<SyncDevice> out;
    for (const auto& d : replica.devices()) {
        SyncDevice device;
        device.id = d.id;
        device.name = d.name;
        device.removed = d.removed;
        device.thisDevice = d.id == me;
        device.lastChangeAt = replica.lastChangeAt(d.id);
        for (const auto& p : session.partners()) {
            if (p.id == d.authorId) {
                device.ownerName = p.name;
            }
        }
        out.push_back(std::move(device));
    }
    return out;
}

std::vector<OtherVersion> SyncFolder::otherVersions(Session& session, const std::string& entryId)
{
    sync::Replica replica(session);
    std::map<std::string, std::string> names;
    for (const auto& d : replica.devices()) {
        names[d.id] = d.name;
    }
    std::vector<OtherVersion> out;
    for (const auto& v : replica.otherVersions(entryId)) {
        out.push_back({names.count(v.device) != 0 ? names[v.device] : v.device, v.body, v.updatedAt});
    }
    return out;
}

void SyncFolder::resolve(Session& session, const std::string& entryId, Resolution resolution)
{
    sync::Replica replica(session);
    const auto versions = replica.otherVersions(entryId);
    const auto mine = session.entry(entryId);
    if (versions.empty() || !mine) {
        replica.dropOtherVersions(entryId);
        return;
    }
    // Each choice is an ordinary edit made here, so it reaches my other devices with the next sync
    // and follows both earlier edits there.
    if (resolution == Resolution::UseOther) {
        session.updateEntry(entryId, versions.back().body);
    } else if (resolution == Resolution::KeepBoth) {
        for (const auto& v : versions) {
            session.addEntry({mine->exerciseId, mine->kind, Visibility::Private, mine->parentId, v.body});
        }
    }
    replica.dropOtherVersions(entryId);
}

void SyncFolder::removeDevice(Session& session, const std::string& id)
{
    sync::Replica(session).removeDevice(id);
}

std::vector<std::string> SyncFolder::entriesWithOtherVersions(Session& session)
{
    return sync::Replica(session).entriesWithOtherVersions();
}

} // namespace tw::workbook
