// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkbook.h"

#include "DemoHistory.h"
#include "tw/content/Curriculum.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/RevealService.h"
#include "tw/workbook/SafetyService.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <nlohmann/json.hpp>

namespace tw::app {
namespace {

using nlohmann::json;
using workbook::Visibility;

workbook::Options demoOptions()
{
    workbook::Options options;
    // Demo passphrases are printed on screen, so slow key derivation would protect nothing.
    options.kdf = crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    return options;
}

const content::Exercise* firstOfKind(const content::Curriculum& curriculum, content::Kind kind)
{
    for (const auto& module : curriculum.modules) {
        for (const auto& e : module.exercises) {
            if (e.kind == kind && !e.safety && e.packId.empty()) {
                return &e;
            }
        }
    }
    return nullptr;
}

json sampleFields(const std::vector<content::Field>& fields, int seed)
{
    json values = json::object();
    for (const auto& f : fields) {
        switch (f.type) {
        case content::FieldType::Scale:
            values[f.id] = 4 + seed % 5;
            break;
        case content::FieldType::Choice:
            values[f.id]
                = f.options.empty() ? std::string() : f.options[static_cast<std::size_t>(seed) % f.options.size()];
            break;
        case content::FieldType::Date:
            values[f.id] = "2026-11-" + std::to_string(10 + seed % 15);
            break;
        case content::FieldType::Text:
            values[f.id] = seed % 2 ? "A quiet walk after dinner helped." : "Sam made tea without being asked.";
            break;
        }
    }
    return values;
}

json promptAnswers(const std::vector<content::Prompt>& prompts, const std::string& text)
{
    json answers = json::object();
    for (const auto& p : prompts) {
        answers[p.id] = text;
    }
    return {{"prompts", answers}};
}

std::unique_ptr<workbook::Session> open(
    const std::string& dir, const char* name, const char* passphrase, const workbook::Options& options)
{
    return workbook::Workbook::unlock(dir, name, crypto::SecretBytes::fromString(passphrase), options);
}

void fillFirstPartner(workbook::Session& alex, const content::Curriculum& c)
{
    workbook::SafetyService(alex).record({}, {});
    if (const auto* e = firstOfKind(c, content::Kind::Reflection)) {
        alex.addEntry({e->id, "answer", Visibility::Private, "",
            promptAnswers(e->prompts, "A demo answer, private to Alex.").dump()});
    }
    if (const auto* e = firstOfKind(c, content::Kind::Scale)) {
        json items = json::object();
        int n = 3;
        for (const auto& item : e->scaleItems) {
            items[item.id] = n++ % 11;
        }
        alex.addEntry({e->id, "answer", Visibility::Private, "", json{{"items", items}}.dump()});
    }
    if (const auto* e = firstOfKind(c, content::Kind::Checklist); e && e->checkItems.size() > 1) {
        alex.addEntry({e->id, "answer", Visibility::Private, "",
            json{{"ticked", {e->checkItems[0].id, e->checkItems[1].id}}}.dump()});
    }
    if (const auto* e = firstOfKind(c, content::Kind::Reveal)) {
        workbook::RevealService(alex).answer(e->id, promptAnswers(e->prompts, "Evenings that feel easy again.").dump());
    }
    if (const auto* e = firstOfKind(c, content::Kind::Agreement); e && !e->areas.empty()) {
        workbook::AgreementService agreements(alex);
        agreements.propose(e->id, e->areas[0].id, "We tell each other if plans change, before they change.");
        agreements.propose(e->id, e->areas.back().id, "We check in for ten minutes every Sunday evening.");
    }
    if (const auto* e = firstOfKind(c, content::Kind::Log)) {
        workbook::EntryService entries(alex);
        for (int i = 0; i < 3; ++i) {
            entries.addLog(e->id, sampleFields(e->fields, i).dump());
        }
    }
    if (const auto* e = firstOfKind(c, content::Kind::Conversation)) {
        alex.addEntry({e->id, "answer", Visibility::Private, "", json{{"notes", "Ten minutes went quickly."}}.dump()});
    }
    workbook::ProgressService progress(alex);
    for (const auto& e : c.modules.front().exercises) {
        if (!e.safety) {
            progress.markDone(e.id);
        }
    }
}

// The letter Sam reads from Alex: shared lately, so Sam's Home leads to a partner's words in an exercise.
void shareImpactLetter(workbook::Session& alex, const content::Curriculum& c)
{
    const auto* e = c.findExercise("step1.impact-letter");
    if (!e || e->prompts.empty()) {
        return;
    }
    json answers = json::object();
    answers[e->prompts.front().id] = "In the kitchen, with your phone in my hand. My hands went cold and I could not "
                                     "stop reading.";
    if (e->prompts.size() > 1) {
        answers[e->prompts[1].id] = "I sleep badly. I check the time you come home. I doubt my own memory.";
    }
    alex.addEntry({e->id, "answer", Visibility::Shared, "", json{{"prompts", answers}}.dump()});
}

void fillSecondPartner(workbook::Session& sam, const content::Curriculum& c)
{
    workbook::SafetyService(sam).record({}, {});
    if (const auto* e = firstOfKind(c, content::Kind::Rewrite)) {
        sam.addEntry({e->id, "answer", Visibility::Shared, "",
            json{{"harsh", "You never listen."}, {"gentle", "I felt alone tonight. Can we talk for a bit?"}}.dump()});
    }
    if (const auto* e = firstOfKind(c, content::Kind::Reveal)) {
        workbook::RevealService(sam).answer(
            e->id, promptAnswers(e->prompts, "Laughing together on the way home.").dump());
    }
    if (const auto* e = firstOfKind(c, content::Kind::Agreement)) {
        workbook::AgreementService agreements(sam);
        const auto items = agreements.items(e->id);
        if (!items.empty()) {
            agreements.accept(items.front().id, items.front().revision);
        }
    }
}

} // namespace

DemoWorkbook::DemoWorkbook(const content::Curriculum& curriculum)
    : m_dir(QDir::tempPath() + QStringLiteral("/trustwork-demo-XXXXXX"))
{
    const std::string dir = m_dir.path().toStdString();
    std::vector<workbook::NewPartner> partners;
    // Each with a code already, as after the set-up wizard, so the demo opens on Home; the codes are
    // never shown (the demo's passphrases are on its unlock screen anyway).
    partners.push_back({kFirstName, workbook::Role::Hurt, crypto::SecretBytes::fromString(kFirstPassphrase),
        crypto::makeRecoveryCode()});
    partners.push_back({kSecondName, workbook::Role::Involved, crypto::SecretBytes::fromString(kSecondPassphrase),
        crypto::makeRecoveryCode()});
    // Weeks of history need rows dated in the past: the demo moves its own clock back and forth.
    demo::DemoClock clock(QDateTime::currentMSecsSinceEpoch());
    workbook::Options options = demoOptions();
    options.now = [&clock] { return clock.tick(); };
    clock.daysAgo(60, 19);
    workbook::Workbook::create(dir, std::move(partners), options);
    {
        auto alex = open(dir, kFirstName, kFirstPassphrase, options);
        clock.daysAgo(57, 19);
        fillFirstPartner(*alex, curriculum);
        demo::addFirstPartnerHistory(*alex, curriculum, clock);
        clock.daysAgo(1, 21);
        shareImpactLetter(*alex, curriculum);
    }
    {
        auto sam = open(dir, kSecondName, kSecondPassphrase, options);
        clock.daysAgo(56, 20);
        fillSecondPartner(*sam, curriculum);
        demo::addSecondPartnerHistory(*sam, curriculum, clock);
    }
    demo::acceptRevisedAgreements(*open(dir, kFirstName, kFirstPassphrase, options), curriculum, clock);
}

QString DemoWorkbook::unlockHint()
{
    return QCoreApplication::translate("DemoWorkbook",
        "Demo workbook (deleted when you quit). Passphrases: %1 uses \"%2\", %3 uses "
        "\"%4\".")
        .arg(QString::fromLatin1(kFirstName), QString::fromLatin1(kFirstPassphrase), QString::fromLatin1(kSecondName),
            QString::fromLatin1(kSecondPassphrase));
}

} // namespace tw::app
