// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PracticeService: importing a couple's reports, each signed by the partner who wrote it.
#include "PracticeKeys.h"
#include "ServiceSupport.h"
#include "TherapistSupport.h"
#include "store/SignedRecords.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/PracticeService.h"
#include "tw/workbook/ReportFile.h"

#include <algorithm>
#include <exception>
#include <optional>

namespace tw::workbook {
namespace {

using nlohmann::json;

std::string keyFingerprint(const std::vector<std::uint8_t>& key)
{
    return crypto::fingerprint(key, {});
}

/**
 * Whether @p report's key follows from the pinned key @p pinned of generation @p version: each
 * later generation in the report's history must be signed by the one before, as the couple's
 * workbook records a passphrase change.
 */
bool followsFrom(const Report& report, std::uint32_t version, const std::vector<std::uint8_t>& pinned)
{
    std::vector<std::uint8_t> current = pinned;
    std::uint32_t at = version;
    for (std::size_t i = 0; i < report.signerChain.size(); ++i) {
        const auto& [linkVersion, key] = report.signerChain[i];
        if (linkVersion <= at) {
            continue;
        }
        if (linkVersion != at + 1) {
            return false;
        }
        store::PartnerKey link{report.partnerId, linkVersion, key, report.signerChainSignatures[i]};
        if (!store::verifyRecord(link, report.signerWorkbookId, current)) {
            return false;
        }
        current = key;
        at = linkVersion;
    }
    return current == report.signerKey && at == report.signerKeyVersion;
}

} // namespace

std::vector<PinnedPartner> PracticeService::pinnedPartners(const std::string& clientId) const
{
    std::vector<PinnedPartner> out;
    for (const auto& row :
        m_session.entries({.exerciseId = kExerciseId, .kind = kPartnerKeyKind, .parentId = clientId})) {
        const json body = detail::parseStored(row.body);
        PinnedPartner p;
        p.partnerId = detail::stringAt(body, "partnerId");
        p.name = detail::stringAt(body, "name");
        p.keyVersion = body.value("keyVersion", 0U);
        p.fingerprint = keyFingerprint(
            crypto::fromBase64(detail::stringAt(body, "publicKey")).value_or(std::vector<std::uint8_t>{}));
        p.pinnedAt = row.createdAt;
        out.push_back(std::move(p));
    }
    return out;
}

void PracticeService::checkWriter(const Client& client, const Report& report, ReportImport& result)
{
    result.partnerFingerprint = keyFingerprint(report.signerKey);
    const auto rows = m_session.entries({.exerciseId = kExerciseId, .kind = kPartnerKeyKind, .parentId = client.id});
    for (const auto& row : rows) {
        const json body = detail::parseStored(row.body);
        const std::string pinnedId = detail::stringAt(body, "partnerId");
        const std::string pinnedName = detail::stringAt(body, "name");
        if (pinnedId != report.partnerId) {
            if (pinnedName == report.partnerName) {
                throw Error(ErrorKind::InvalidInput,
                    "This report says it is from " + report.partnerName + ", but it comes from another person's key "
                        + "than " + pinnedName + "'s earlier reports for " + client.label + ". It was not imported.");
            }
            continue;
        }
        const auto pinned
            = crypto::fromBase64(detail::stringAt(body, "publicKey")).value_or(std::vector<std::uint8_t>{});
        const std::uint32_t version = body.value("keyVersion", 0U);
        if (pinned == report.signerKey) {
            return;
        }
        if (!followsFrom(report, version, pinned)) {
            throw Error(ErrorKind::InvalidInput,
                "This report from " + report.partnerName + " is signed by a different key than their earlier reports ("
                    + keyFingerprint(pinned) + ", now " + result.partnerFingerprint
                    + "), and that key was not announced by the earlier one. It was not imported. Compare "
                      "fingerprints with them in a session.");
        }
        // A passphrase change on their side: the new key was announced by the pinned one.
        m_session.updateEntry(row.id,
            detail::dump({{"partnerId", report.partnerId}, {"name", report.partnerName},
                {"publicKey", crypto::toBase64(report.signerKey)}, {"keyVersion", report.signerKeyVersion}}));
        return;
    }
    if (rows.size() >= 2) {
        throw Error(ErrorKind::InvalidInput,
            "This report names a third partner for " + client.label + ", whose key the practice has not seen. It was "
                + "not imported.");
    }
    // The partner's first report for this client: their key is pinned from now on.
    m_session.addEntry({kExerciseId, kPartnerKeyKind, Visibility::Private, client.id,
        detail::dump({{"partnerId", report.partnerId}, {"name", report.partnerName},
            {"publicKey", crypto::toBase64(report.signerKey)}, {"keyVersion", report.signerKeyVersion}})});
    result.newPartnerKey = true;
}

ReportImport PracticeService::importReport(const std::filesystem::path& path)
{
    (void)keys(); // makes the identity if an interrupted create left none
    const auto bytes = detail::readInputFile(path, ReportFile::kMaxBytes, "The report file");
    // A partner who has not yet confirmed the practice's new key still seals to an earlier one.
    const auto keyring = allKeys();
    std::optional<Report> opened;
    std::exception_ptr refusal;
    const Keys* used = nullptr;
    for (const auto& k : keyring) {
        try {
            opened = ReportFile::open(bytes, k.box);
            used = &k;
            break;
        } catch (const Error&) {
            if (!refusal) {
                refusal = std::current_exception(); // the current key's reason is the one to give
            }
        }
    }
    if (!opened) {
        std::rethrow_exception(refusal);
    }
    Report report = std::move(*opened);
    if (crypto::normaliseFingerprint(report.therapistFingerprint)
        != crypto::normaliseFingerprint(crypto::fingerprint(used->sign.publicKey, used->box.publicKey))) {
        throw Error(ErrorKind::InvalidInput,
            "The report opened with this practice's key but names another therapist's fingerprint; it was not "
            "imported.");
    }
    // Filed by the client id it names, never by its label, and only if it answers that client's assignments.
    const auto all = clients();
    const auto match = std::find_if(all.begin(), all.end(), [&](const Client& c) { return c.id == report.clientId; });
    if (match == all.end()) {
        throw Error(ErrorKind::Usage,
            "The report is for a client this practice does not have (it calls them \"" + report.clientLabel
                + "\"). It was not imported.");
    }
    const auto sent = sentAssignments(match->id);
    for (const auto& id : report.assignmentIds) {
        if (std::none_of(sent.begin(), sent.end(), [&](const Assignment& a) { return a.id == id; })) {
            throw Error(ErrorKind::InvalidInput,
                "The report answers an assignment that was not sent to " + match->label + ". It was not imported.");
        }
    }
    ReportImport result{report, match->label, false, false, {}};
    for (const auto& existing : importedReports(match->id)) {
        if (existing.id == report.id) {
            result.alreadyImported = true;
            result.partnerFingerprint = crypto::fingerprint(report.signerKey, {});
            return result;
        }
    }
    checkWriter(*match, report, result);
    m_session.addEntry({kExerciseId, kReportKind, Visibility::Private, match->id, ReportFile::contentsJson(report)});
    tw::log::get("workbook")->info("report {} imported", report.id);
    result.report = std::move(report);
    return result;
}

} // namespace tw::workbook
