// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/PracticeService.h"

#include "KeyHandover.h"
#include "PracticeKeys.h"
#include "ServiceSupport.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"
#include "tw/crypto/SealedBox.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/ReportFile.h"

#include <sodium.h>

#include <algorithm>
#include <map>

namespace tw::workbook {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxLabel = 200;

// The seeds go straight from base64 into guarded memory.
crypto::SecretBytes seedFrom(const json& body, const char* key)
{
    const auto it = body.find(key);
    crypto::SecretBytes seed(crypto::kSeedBytes);
    std::size_t length = 0;
    if (it == body.end() || !it->is_string()
        || sodium_base642bin(seed.data(), seed.size(), it->get_ref<const std::string&>().c_str(),
               it->get_ref<const std::string&>().size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL)
            != 0
        || length != crypto::kSeedBytes) {
        throw Error(ErrorKind::Damaged, "The practice identity could not be read. Restore the latest backup.");
    }
    return seed;
}

void wipe(std::string& text)
{
    sodium_memzero(text.data(), text.size());
    text.clear();
}

void requireLabel(const std::string& label)
{
    detail::requireText(label, "A client needs a label.");
    if (label.size() > kMaxLabel) {
        throw Error(ErrorKind::Usage, "A client label can be at most 200 bytes long.");
    }
}

json draftToJson(const AssignmentDraft& draft)
{
    json items = json::array();
    for (const auto& item : draft.items) {
        items.push_back(
            {{"exerciseId", item.exerciseId}, {"title", item.title}, {"due", item.due}, {"note", item.note}});
    }
    return {{"items", items}, {"note", draft.note}};
}

AssignmentDraft draftFromJson(const json& body)
{
    AssignmentDraft draft;
    draft.note = detail::stringAt(body, "note");
    const auto items = body.find("items");
    if (items == body.end() || !items->is_array()) {
        throw Error(ErrorKind::Damaged, "A template could not be read. Restore the latest backup.");
    }
    for (const auto& node : *items) {
        draft.items.push_back({detail::stringAt(node, "exerciseId"), detail::stringAt(node, "title"),
            detail::stringAt(node, "due"), detail::stringAt(node, "note")});
    }
    return draft;
}

} // namespace

PracticeCreated PracticeService::create(const std::filesystem::path& dataDir, const std::string& therapistName,
    const crypto::SecretBytes& passphrase, const Options& options)
{
    auto code = Workbook::createPractice(dataDir, {therapistName, Role::Mutual, passphrase.clone()}, options);
    auto session = Workbook::unlock(dataDir, therapistName, passphrase, options);
    PracticeService practice(*session);
    return {std::move(code), practice.identity()};
}

PracticeService::PracticeService(Session& session)
    : m_session(session)
{
    if (!m_session.isPractice()) {
        throw Error(ErrorKind::Usage,
            "This is a couple's workbook, not a practice workbook. Therapist commands need the practice's "
            "folder (--data-dir); a practice is made with create-practice.");
    }
}

std::vector<PracticeService::Keys> PracticeService::allKeys() const
{
    std::vector<Keys> out;
    for (auto& row : m_session.entries({.exerciseId = kExerciseId, .kind = kIdentityKind})) {
        json body = json::parse(row.body, nullptr, false);
        wipe(row.body);
        if (body.is_discarded() || !body.is_object()) {
            throw Error(ErrorKind::Damaged, "The practice identity could not be read. Restore the latest backup.");
        }
        Keys keys{crypto::SigningKeyPair::fromSeed(seedFrom(body, "signSeed")),
            crypto::BoxKeyPair::fromSeed(seedFrom(body, "boxSeed")), body.value("generation", 0), {}};
        try {
            for (const auto& link : body.value("handovers", json::array())) {
                keys.handovers.push_back(detail::handoverFromJson(link));
            }
        } catch (const Error&) {
            throw Error(
                ErrorKind::Damaged, "A key change of the practice could not be read. Restore the latest backup.");
        }
        for (auto& [key, value] : body.items()) {
            if (value.is_string()) {
                wipe(value.get_ref<std::string&>());
            }
        }
        out.push_back(std::move(keys));
    }
    // The newest generation signs. Should an interrupted first run have left two of one generation,
    // the oldest row is the one any file was signed with (entries come oldest first).
    std::stable_sort(out.begin(), out.end(), [](const Keys& a, const Keys& b) { return a.generation > b.generation; });
    return out;
}

PracticeService::Keys PracticeService::keys()
{
    auto all = allKeys();
    if (all.empty()) {
        json body = {{"signSeed", crypto::toBase64(crypto::randomBytes(crypto::kSeedBytes))},
            {"boxSeed", crypto::toBase64(crypto::randomBytes(crypto::kSeedBytes))}};
        std::string text = body.dump();
        m_session.addEntry({kExerciseId, kIdentityKind, Visibility::Private, "", text});
        wipe(text);
        body.clear();
        tw::log::get("workbook")->info("practice identity created");
        all = allKeys();
    }
    return std::move(all.front());
}

namespace {

TherapistIdentity publicOf(const std::string& name, const crypto::SigningKeyPair& sign, const crypto::BoxKeyPair& box)
{
    return {name, sign.publicKey, box.publicKey, crypto::fingerprint(sign.publicKey, box.publicKey)};
}

} // namespace

TherapistIdentity PracticeService::identity()
{
    const Keys k = keys();
    return publicOf(m_session.me().name, k.sign, k.box);
}

std::vector<KeyHandover> PracticeService::keyChanges()
{
    return keys().handovers;
}

PracticeKeyChange PracticeService::changeKey()
{
    const Keys current = keys();
    json body = {{"signSeed", crypto::toBase64(crypto::randomBytes(crypto::kSeedBytes))},
        {"boxSeed", crypto::toBase64(crypto::randomBytes(crypto::kSeedBytes))}};
    const auto sign = crypto::SigningKeyPair::fromSeed(seedFrom(body, "signSeed"));
    const auto box = crypto::BoxKeyPair::fromSeed(seedFrom(body, "boxSeed"));
    const std::string& name = m_session.me().name;
    PracticeKeyChange change{publicOf(name, current.sign, current.box), publicOf(name, sign, box), {}};
    change.handover = detail::signHandover(change.before, current.sign, change.after, m_session.nowMs());
    json links = json::array();
    for (const auto& link : current.handovers) {
        links.push_back(detail::handoverToJson(link));
    }
    links.push_back(detail::handoverToJson(change.handover));
    body["generation"] = current.generation + 1;
    body["handovers"] = std::move(links);
    std::string text = body.dump();
    m_session.addEntry({kExerciseId, kIdentityKind, Visibility::Private, "", text});
    wipe(text);
    for (auto& [key, value] : body.items()) {
        if (value.is_string()) {
            wipe(value.get_ref<std::string&>());
        }
    }
    tw::log::get("workbook")->info("practice key changed to generation {}", current.generation + 1);
    return change;
}

Client PracticeService::addClient(const std::string& label)
{
    requireLabel(label);
    for (const auto& c : clients()) {
        if (c.label == label) {
            throw Error(ErrorKind::Usage, "There is already a client labelled \"" + label + "\".");
        }
    }
    Client c;
    c.label = label;
    c.id
        = m_session.addEntry({kExerciseId, kClientKind, Visibility::Private, "", detail::dump(json{{"label", label}})});
    c.createdAt = m_session.entry(c.id)->createdAt;
    return c;
}

std::vector<Client> PracticeService::clients() const
{
    std::vector<Client> out;
    for (const auto& row : m_session.entries({.exerciseId = kExerciseId, .kind = kClientKind})) {
        out.push_back({row.id, detail::stringAt(detail::parseStored(row.body), "label"), row.createdAt});
    }
    return out;
}

Client PracticeService::client(const std::string& label) const
{
    for (auto& c : clients()) {
        if (c.label == label) {
            return c;
        }
    }
    throw Error(ErrorKind::NotFound, "There is no client labelled \"" + label + "\". Add one with client add.");
}

std::string PracticeService::saveTemplate(const std::string& name, const AssignmentDraft& draft)
{
    detail::requireText(name, "A template needs a name.");
    json body = draftToJson(draft);
    body["name"] = name;
    return m_session.addEntry({kExerciseId, kTemplateKind, Visibility::Private, "", detail::dump(body)});
}

std::vector<AssignmentTemplate> PracticeService::templates() const
{
    std::vector<AssignmentTemplate> out;
    for (const auto& row : m_session.entries({.exerciseId = kExerciseId, .kind = kTemplateKind})) {
        const json body = detail::parseStored(row.body);
        out.push_back({row.id, detail::stringAt(body, "name"), draftFromJson(body)});
    }
    return out;
}

void PracticeService::deleteTemplate(const std::string& id)
{
    const auto row = m_session.entry(id);
    if (!row || row->kind != kTemplateKind) {
        throw Error(ErrorKind::NotFound, "No template with that id.");
    }
    m_session.deleteEntry(id);
}

Assignment PracticeService::exportAssignment(const AssignmentDraft& draft, const std::filesystem::path& output)
{
    const Client c = client(draft.clientLabel);
    const Keys k = keys();
    Assignment a;
    a.id = crypto::randomUuid();
    a.createdAt = m_session.nowMs();
    a.therapist = publicOf(m_session.me().name, k.sign, k.box);
    a.handovers = k.handovers;
    a.clientLabel = c.label;
    a.clientId = c.id;
    a.items = draft.items;
    a.note = draft.note;
    a.packJson = draft.packJson;
    const auto bytes = AssignmentFile::write(a, k.sign);
    // The file first: a recorded assignment that was never written would show as sent.
    writeFileAtomically(output, bytes);
    m_session.addEntry({kExerciseId, kAssignmentKind, Visibility::Private, c.id, AssignmentFile::signedText(a)});
    tw::log::get("workbook")->info("assignment {} exported with {} item(s)", a.id, a.items.size());
    return a;
}

std::vector<Assignment> PracticeService::sentAssignments(const std::string& clientId) const
{
    std::vector<Assignment> out;
    for (const auto& row :
        m_session.entries({.exerciseId = kExerciseId, .kind = kAssignmentKind, .parentId = clientId})) {
        out.push_back(AssignmentFile::fromSignedText(row.body));
    }
    return out;
}

std::vector<Report> PracticeService::importedReports(const std::string& clientId) const
{
    std::vector<Report> out;
    for (const auto& row : m_session.entries({.exerciseId = kExerciseId, .kind = kReportKind, .parentId = clientId})) {
        try {
            out.push_back(ReportFile::fromContentsJson(row.body));
        } catch (const Error&) {
            throw Error(ErrorKind::Damaged, "A stored report could not be read. Restore the latest backup.");
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Report& a, const Report& b) { return a.createdAt < b.createdAt; });
    return out;
}

ClientView PracticeService::clientView(const std::string& label) const
{
    ClientView view;
    view.client = client(label);
    view.reports = importedReports(view.client.id);
    view.partners = pinnedPartners(view.client.id);
    for (auto& a : sentAssignments(view.client.id)) {
        ClientAssignment ca;
        for (const auto& item : a.items) {
            ClientItem ci{item, {}};
            // The latest report of each partner decides; reports are sorted oldest first.
            std::map<std::string, PartnerCompletion> latest;
            for (const auto& r : view.reports) {
                for (const auto& reported : r.items) {
                    if (reported.assignmentId == a.id && reported.exerciseId == item.exerciseId) {
                        latest[r.partnerName] = {r.partnerName, reported.done, r.createdAt};
                    }
                }
            }
            for (auto& [name, completion] : latest) {
                ci.completion.push_back(completion);
            }
            ca.items.push_back(std::move(ci));
        }
        ca.assignment = std::move(a);
        view.assignments.push_back(std::move(ca));
    }
    std::stable_sort(
        view.assignments.begin(), view.assignments.end(), [](const ClientAssignment& x, const ClientAssignment& y) {
            return x.assignment.createdAt < y.assignment.createdAt;
        });
    return view;
}

} // namespace tw::workbook
