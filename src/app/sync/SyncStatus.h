// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/base/Error.h"
#include "tw/workbook/Sync.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tw::app {

/**
 * @brief What the sync status line says, in plain words: one summary ("Up to date with laptop,
 * 14:02 · waiting for 2 changes from desktop") and the things that need the partner's attention,
 * one sentence each. Made from a SyncReport or from the error that stopped a sync.
 */
struct SyncStatus {
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)
public:
    enum class State {
        Off, ///< no sync folder chosen: nothing to say
        Synced, ///< the last sync ran; attention may still hold notes (a damaged file, a clock)
        Stopped, ///< nothing was synced (folder missing, not a sync folder, newer format); read-only
    };
    State state = State::Off;
    QString summary;
    QStringList attention;
    /** @brief Entries of mine kept in two versions after a concurrent edit on two of my devices. */
    int otherVersions = 0;

    /** @brief Every sentence, summary first, one per line (tests, screen readers). */
    [[nodiscard]] QString text() const;
};

/** @brief How a device is named to people: its own name, with its owner when it is the partner's. */
QString deviceLabel(const workbook::SyncDevice& device, const std::string& myName);

/**
 * @brief The status after a sync that ran. @p devices as SyncFolder::devices() lists them after
 * it; @p myName is the unlocked partner's name; @p atMs the time of the sync.
 */
SyncStatus describeSync(const workbook::SyncReport& report, const std::vector<workbook::SyncDevice>& devices,
    const std::string& myName, int otherVersions, std::int64_t atMs);

/** @brief The status when a sync could not run; @p error's own words are kept where they are the clearest. */
SyncStatus describeSyncError(const Error& error, const QString& folder);

/** @brief A chosen folder that is not there (a drive not connected): nothing is created in its place. */
SyncStatus describeMissingFolder(const QString& folder);

/** @brief "An entry was changed on two of your devices at once; both versions are kept." (empty for 0). */
QString otherVersionsText(int count);

} // namespace tw::app
