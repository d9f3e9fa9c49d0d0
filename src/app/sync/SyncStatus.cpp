// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStatus.h"

#include <QDateTime>
#include <QLocale>

#include <map>
#include <set>

namespace tw::app {
namespace {

QString timeText(std::int64_t ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm"));
}

/** The device folder of a damaged file ("devices/<id>/<file>"): whose file it was. */
std::string deviceIdOfPath(const std::string& relative)
{
    const std::string prefix = "devices/";
    if (relative.rfind(prefix, 0) != 0) {
        return {};
    }
    const auto slash = relative.find('/', prefix.size());
    return slash == std::string::npos ? std::string() : relative.substr(prefix.size(), slash - prefix.size());
}

} // namespace

QString SyncStatus::text() const
{
    QStringList lines;
    if (!summary.isEmpty()) {
        lines << summary;
    }
    lines << attention;
    return lines.join(QLatin1Char('\n'));
}

QString deviceLabel(const workbook::SyncDevice& device, const std::string& myName)
{
    const QString name
        = device.name.empty() ? SyncStatus::tr("a device without a name") : QString::fromStdString(device.name);
    if (device.ownerName.empty() || device.ownerName == myName) {
        return name;
    }
    //: A device of the other partner: %1 is the device's name, %2 its owner ("laptop (Sam)").
    return SyncStatus::tr("%1 (%2)").arg(name, QString::fromStdString(device.ownerName));
}

QString otherVersionsText(int count)
{
    if (count <= 0) {
        return {};
    }
    if (count == 1) {
        return SyncStatus::tr("An entry was changed on two of your devices at once; both versions are kept.");
    }
    return SyncStatus::tr(
        "%n entries were changed on two of your devices at once; both versions of each are kept.", nullptr, count);
}

SyncStatus describeSync(const workbook::SyncReport& report, const std::vector<workbook::SyncDevice>& devices,
    const std::string& myName, int otherVersions, std::int64_t atMs)
{
    SyncStatus status;
    status.state = SyncStatus::State::Synced;
    status.otherVersions = otherVersions;
    std::map<std::string, QString> labels; // by id
    std::map<std::string, QString> byName; // the engine names devices it waits for by their own name
    for (const auto& d : devices) {
        labels[d.id] = deviceLabel(d, myName);
        byName[d.name] = labels[d.id];
    }
    std::set<std::string> behind; // ids of devices not up to date: missing or damaged files
    std::map<QString, int> damagedFrom;
    for (const auto& file : report.damaged) {
        const std::string id = deviceIdOfPath(file);
        behind.insert(id);
        ++damagedFrom[labels.count(id) ? labels[id] : SyncStatus::tr("an unknown device")];
    }
    QStringList waiting;
    for (const auto& [name, count] : report.waitingFor) {
        const QString label = byName.count(name) ? byName[name] : QString::fromStdString(name);
        for (const auto& d : devices) {
            if (d.name == name) {
                behind.insert(d.id);
            }
        }
        //: Part of the sync status line: "waiting for 2 changes from laptop".
        waiting << (count == 1 ? SyncStatus::tr("waiting for 1 change from %1").arg(label)
                               : SyncStatus::tr("waiting for %n changes from %1", nullptr, count).arg(label));
    }
    // My own devices first, then the partner's.
    QStringList upToDate;
    for (const bool mine : {true, false}) {
        for (const auto& d : devices) {
            if (!d.thisDevice && !d.removed && !behind.count(d.id) && (d.ownerName == myName) == mine) {
                upToDate << labels[d.id];
            }
        }
    }
    QStringList parts;
    if (!upToDate.isEmpty()) {
        //: The sync status line: %1 lists devices ("laptop and desktop (Sam)"), %2 is a time of day.
        parts << SyncStatus::tr("Up to date with %1, %2").arg(QLocale().createSeparatedList(upToDate), timeText(atMs));
    } else if (waiting.isEmpty() && damagedFrom.empty()) {
        parts << SyncStatus::tr("Synced at %1. No other device has joined this workbook yet.").arg(timeText(atMs));
    } else {
        parts << SyncStatus::tr("Synced at %1").arg(timeText(atMs));
    }
    parts << waiting;
    //: Joins the parts of the sync status line.
    status.summary = parts.join(SyncStatus::tr(" · "));

    if (report.passphraseChangedElsewhere) {
        status.attention << SyncStatus::tr(
            "Your passphrase was changed on another device. Lock and unlock with the new "
            "passphrase to finish syncing; until then this computer sends nothing.");
    }
    for (const auto& [label, count] : damagedFrom) {
        QString damaged = SyncStatus::tr("%n change files from %1 are damaged or incomplete, so nothing in "
                                         "them was used. If your sync tool is still copying them, this "
                                         "clears by itself.",
            nullptr, count);
        if (count == 1) {
            damaged = SyncStatus::tr("A change file from %1 is damaged or incomplete, so nothing in it was "
                                     "used. If your sync tool is still copying it, this clears by itself.");
        }
        status.attention << damaged.arg(label);
    }
    for (const auto& name : report.clockOff) {
        const QString label = byName.count(name) ? byName[name] : QString::fromStdString(name);
        status.attention << SyncStatus::tr(
            "The clock of %1 is more than a day ahead of this computer's. Its changes are kept, "
            "but please set its clock right.")
                                .arg(label);
    }
    if (report.tookNewDeviceId) {
        status.attention << SyncStatus::tr(
            "Another computer wrote into the sync folder as if it were this one (a copied "
            "home folder), so this computer now writes under a name of its own. "
            "Nothing was lost.");
    }
    if (otherVersions > 0) {
        status.attention << otherVersionsText(otherVersions);
    }
    return status;
}

SyncStatus describeSyncError(const Error& error, const QString& folder)
{
    SyncStatus status;
    status.state = SyncStatus::State::Stopped;
    switch (error.kind()) {
    case ErrorKind::NewerVersion:
        status.summary
            = SyncStatus::tr("Not synced: the sync folder was written by a newer version of Trustwork. Install it "
                             "on this computer too. Nothing was changed here or in the folder.");
        break;
    case ErrorKind::DiskFull:
        status.summary
            = SyncStatus::tr("Not synced: the disk with the sync folder is full. Your workbook on this computer is "
                             "safe; free some space and sync again.");
        break;
    case ErrorKind::ReadOnly:
        status.summary
            = SyncStatus::tr("Not synced: the sync folder cannot be written to (it is read-only). Your workbook on "
                             "this computer is safe.");
        break;
    case ErrorKind::WrongSecret:
        // Only keys can be wrong here: a damaged change file is reported as damaged, never as this.
        status.summary
            = SyncStatus::tr("Not synced: your passphrase was changed on another device. Lock and unlock with the "
                             "new passphrase.");
        break;
    default:
        //: %1 is the reason, in the words of Trustwork's sync (it names the folder).
        status.summary = SyncStatus::tr("Not synced: %1").arg(QString::fromStdString(error.what()));
        break;
    }
    Q_UNUSED(folder);
    return status;
}

SyncStatus describeMissingFolder(const QString& folder)
{
    SyncStatus status;
    status.state = SyncStatus::State::Stopped;
    status.summary
        = SyncStatus::tr("Not synced: the sync folder %1 is not there. If it is on a drive, connect the drive; "
                         "your workbook on this computer is safe.")
              .arg(folder);
    return status;
}

} // namespace tw::app
