// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/UnlockNotice.h"

#include <ctime>

namespace tw::workbook {
namespace {

std::string dayOf(std::int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%e %b %Y", &local);
    std::string text = buffer;
    return text.front() == ' ' ? text.substr(1) : text;
}

std::string momentOf(std::int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%H:%M", &local);
    return dayOf(ms) + " at " + buffer;
}

} // namespace

std::string describe(const UnlockNotice& n)
{
    const std::string since = n.since > 0 ? " on or after " + dayOf(n.since) : "";
    switch (n.kind) {
    case UnlockNotice::Kind::MyRowsChanged:
        return std::to_string(n.count)
            + (n.count == 1 ? " of your entries or marks was" : " of your entries or marks were")
            + " changed, removed or added in your name outside Trustwork" + since
            + ". Trustwork has put back your own versions; your partner now sees them again.";
    case UnlockNotice::Kind::MyStoreRolledBack:
        return "Your private store is older than this workbook says it should be: it was replaced by an older copy"
            + since + ". Entries you wrote after that copy are missing. Restore your latest backup if you have one.";
    case UnlockNotice::Kind::WorkbookRolledBack:
        return "The shared workbook is older than your private store: it was replaced by an older copy" + since
            + ". Shared entries and marks written after that copy may be missing.";
    case UnlockNotice::Kind::PartnerRowsRejected:
        return std::to_string(n.count) + " entries attributed to " + n.who
            + " do not carry their signature and are not shown.";
    case UnlockNotice::Kind::PartnerKeyChanged:
        return n.who
            + "'s signing key in this workbook is not the one Trustwork knew, so their entries are not shown. "
              "Ask them to open Trustwork; if it stays, restore a backup.";
    case UnlockNotice::Kind::Restored:
        return n.who + " restored the backup from " + momentOf(n.backupTime) + " on " + momentOf(n.at)
            + ". Anything written after that backup was made is not in it.";
    }
    return {};
}

} // namespace tw::workbook
