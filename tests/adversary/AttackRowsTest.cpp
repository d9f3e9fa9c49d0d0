// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks 2, 3, 4, 5 and 11 of issue 16 (4b, 4c, 5c, 5d: issue 21's reminders, agreements summary, digest pass, clock
// stamp): the other partner writes rows into the shared file.
#include "AdversaryFixture.h"
#include "tw/crypto/Random.h"
#include "tw/storage/Statement.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/Dashboard.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/RevealService.h"
#include "tw/workbook/SafetyService.h"

using namespace tw;
using namespace tw::test;
using workbook::UnlockNotice;
using workbook::Visibility;

namespace {

/** A copy Sam keeps of one of Alex's shared rows as it is in the shared file (Alex's signature with it). */
struct KeptRow {
    std::string id;
    std::vector<std::uint8_t> body, signature;
    std::string hlc;
};

KeptRow keepCopy(const OtherPartner& sam, const std::string& id)
{
    KeptRow kept{id, {}, {}, {}};
    auto db = sam.shared();
    storage::Statement row(db, "SELECT body, signature, hlc FROM entry WHERE id = ?1");
    row.bind(1, id);
    EXPECT_TRUE(row.step());
    kept.body = row.blob(0);
    kept.signature = row.blob(1);
    kept.hlc = row.text(2);
    return kept;
}

/** Sam writes the kept copy back over Alex's newer row. */
void writeBack(const OtherPartner& sam, const KeptRow& kept)
{
    auto db = sam.shared();
    storage::Statement back(db, "UPDATE entry SET body = ?1, signature = ?2, hlc = ?3 WHERE id = ?4");
    back.bind(1, kept.body).bind(2, kept.signature).bind(3, kept.hlc).bind(4, kept.id);
    back.run();
}

} // namespace

// Attack 2. Before signatures (the code before b59e8a0), the couple key was all it took: Sam's row
// "by Alex" showed in Alex's own list as hers, and verify passed.
TEST_F(Adversary, Attack02_ARowForgedInTheVictimsNameIsNeitherHersNorShownAndSheIsTold)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    (void)alex(); // Alex has used this version once
    const auto sam = samAttacks();
    const std::string alexId = sam.idOf("Alex");
    for (const bool signedByForger : {true, false}) {
        PlantedRow row;
        row.id = crypto::randomUuid();
        row.author = alexId;
        row.exercise = "step1.impact-letter";
        row.kind = "answer";
        row.body = signedByForger ? "FORGED-signed-by-sam" : "FORGED-unsigned";
        row.createdAt = row.updatedAt = now;
        row.signWithForgerKey = signedByForger;
        plant(sam, row);
    }
    // Sam's own app does not take the rows as Alex's either: they carry no signature of hers.
    {
        auto s = this->sam();
        for (const auto& e : s->entries()) {
            EXPECT_EQ(e.body.find("FORGED"), std::string::npos);
        }
        EXPECT_NE(s->verify(), "");
    }
    now += 3'600'000;
    auto a = alex();
    for (const auto& e : a->entries()) {
        EXPECT_EQ(e.body.find("FORGED"), std::string::npos);
    }
    const auto* notice = noticeOf(*a, UnlockNotice::Kind::MyRowsChanged);
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->count, 2);
    EXPECT_EQ(notice->since, 1'800'000'000'000);
    EXPECT_EQ(a->verify(), "");
    a->lock();
    EXPECT_FALSE(samAttacks().canFind("FORGED"));
}

// Attack 3. Before private stores, Alex's answer updated a row Sam had planted in her name, under
// the couple key, so Sam read her answer before giving his.
TEST_F(Adversary, Attack03_APlantedRevealRowNeverCarriesTheVictimsAnswer)
{
    const std::string exercise = "start.better-in-three-months";
    const auto sam = samAttacks();
    const std::string alexId = sam.idOf("Alex");
    PlantedRow trap;
    trap.id = crypto::randomUuid();
    trap.author = alexId;
    trap.exercise = exercise;
    trap.kind = workbook::RevealService::kAnswerKind;
    trap.body = "{}";
    trap.createdAt = trap.updatedAt = 4'000'000'000'000; // dated far in the future
    plant(sam, trap);
    // A forged "answered" marker in her name too, so his app might think both have answered.
    sam.exec("INSERT INTO marker (author, subject, kind, version, value, key_version, signature) VALUES ('" + alexId
        + "', '" + exercise + "', 'answered', 99, '{\"commitment\":\"00\"}', 1, x'00')");
    {
        auto s = this->sam();
        EXPECT_FALSE(workbook::RevealService(*s).state(exercise).partnerHasAnswered);
    }
    {
        auto a = alex();
        workbook::RevealService(*a).answer(exercise, R"({"picture":"CANARY-alex-answer"})");
        EXPECT_NE(noticeOf(*a, UnlockNotice::Kind::MyRowsChanged), nullptr);
    }
    EXPECT_FALSE(samAttacks().canFind("CANARY-alex-answer"));
    auto s = this->sam();
    const auto state = workbook::RevealService(*s).state(exercise);
    EXPECT_TRUE(state.partnerHasAnswered); // her own marker now, signed by her
    EXPECT_FALSE(state.partnerAnswer);
}

// Attack 4. Before signatures, a newer "no concern" row planted in Alex's name routed her back to
// couple exercises, and a planted shared row made an ordinary answer of hers shared.
TEST_F(Adversary, Attack04_PlantedRowsChangeNeitherTheSafetyStateNorWhatIsShared)
{
    const std::vector<std::string> concerns = {"afraid-of-partner"};
    std::string answerId;
    {
        auto a = alex();
        workbook::SafetyService(*a).record({"afraid-of-partner"}, concerns);
        answerId = a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-alex-letter"});
    }
    const auto sam = samAttacks();
    const std::string alexId = sam.idOf("Alex");
    PlantedRow calm;
    calm.id = crypto::randomUuid();
    calm.author = alexId;
    calm.exercise = workbook::SafetyService::kExerciseId;
    calm.kind = workbook::SafetyService::kKind;
    calm.body = R"({"ticked":[],"concern":false})";
    calm.createdAt = calm.updatedAt = 4'000'000'000'000;
    plant(sam, calm);
    PlantedRow exposed;
    exposed.id = answerId; // the id of her private answer, guessed or learned
    exposed.author = alexId;
    exposed.exercise = "step1.impact-letter";
    exposed.kind = "answer";
    exposed.body = "";
    plant(sam, exposed);

    auto a = alex();
    EXPECT_TRUE(workbook::SafetyService(*a).needsIndividualPath());
    const auto mine = a->entry(answerId);
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->visibility, Visibility::Private);
    EXPECT_EQ(mine->body, "CANARY-alex-letter");
    ASSERT_NE(noticeOf(*a, UnlockNotice::Kind::MyRowsChanged), nullptr);
    a->lock();
    EXPECT_FALSE(samAttacks().canFind("CANARY-alex-letter"));
    EXPECT_FALSE(samAttacks().canFind("afraid-of-partner"));
}

// Attack 5. Before signed heads, an old ciphertext written back over Alex's newer one and a
// deleted flag set on another of her rows went unnoticed, and verify passed.
TEST_F(Adversary, Attack05_RollbackAndDeletionOfTheVictimsRowsAreDetectedAndUndone)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    std::string edited, removed;
    {
        auto a = alex();
        edited = a->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "version one"});
        removed = a->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "still here"});
    }
    const auto sam = samAttacks();
    // Sam keeps a copy of the row as it is now...
    const KeptRow kept = keepCopy(sam, edited);
    now += 86'400'000;
    alex()->updateEntry(edited, "version two");
    const std::int64_t lastVisit = now;
    // ...and writes it back, and deletes another.
    writeBack(sam, kept);
    {
        auto db = sam.shared();
        storage::Statement gone(db, "UPDATE entry SET deleted = 1 WHERE id = ?1");
        gone.bind(1, removed);
        gone.run();
    }
    now += 86'400'000;
    {
        auto a = alex();
        const auto* notice = noticeOf(*a, UnlockNotice::Kind::MyRowsChanged);
        ASSERT_NE(notice, nullptr);
        EXPECT_EQ(notice->count, 2);
        EXPECT_EQ(notice->since, lastVisit);
        EXPECT_EQ(a->entry(edited)->body, "version two"); // her app never used the old state
        EXPECT_EQ(a->verify(), "");
    }
    // Her own versions are back where Sam's app reads them.
    auto s = this->sam();
    const auto seen = s->entries();
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(s->entry(edited)->body, "version two");
    EXPECT_TRUE(s->entry(removed));
    EXPECT_EQ(s->verify(), "");
}

// Attack 11. Before commitments, Sam answered "x", read Alex's answer with his own tool, then
// changed his, and Alex saw only his considered answer.
TEST_F(Adversary, Attack11_ChangingAnAnswerAfterReadingThePartnersIsShownAsSuch)
{
    const std::string exercise = "start.better-in-three-months";
    workbook::RevealService(*this->sam()).answer(exercise, R"({"picture":"x"})");
    workbook::RevealService(*alex()).answer(exercise, R"({"picture":"CANARY-alex-honest"})");
    // Alex answered second, so hers was published at once; Sam's tool reads it under the couple key.
    ASSERT_TRUE(samAttacks().canFind("CANARY-alex-honest"));
    // Then Sam changes his answer before his app publishes it.
    workbook::RevealService(*this->sam()).answer(exercise, R"({"picture":"a thoughtful answer"})");
    auto a = alex();
    const auto state = workbook::RevealService(*a).state(exercise);
    ASSERT_TRUE(state.partnerAnswer);
    EXPECT_NE(state.partnerAnswer->find("a thoughtful answer"), std::string::npos);
    EXPECT_TRUE(state.partnerChangedAfterSeeingMine);
}

// Attack 11, the app's own path: once both answers are published they are frozen; a later change
// is shown beside the published one, never instead of it.
TEST_F(Adversary, Attack11_AnEditAfterTheRevealIsARevisionBesideTheFrozenAnswer)
{
    const std::string exercise = "start.better-in-three-months";
    workbook::RevealService(*this->sam()).answer(exercise, R"({"picture":"placeholder"})");
    workbook::RevealService(*alex()).answer(exercise, R"({"picture":"alex answer"})");
    {
        auto s = this->sam();
        workbook::RevealService reveal(*s);
        ASSERT_TRUE(reveal.state(exercise).partnerAnswer); // publishes Sam's "placeholder" first
        reveal.answer(exercise, R"({"picture":"what I really think"})");
    }
    auto a = alex();
    const auto state = workbook::RevealService(*a).state(exercise);
    ASSERT_TRUE(state.partnerAnswer);
    EXPECT_NE(state.partnerAnswer->find("placeholder"), std::string::npos);
    ASSERT_TRUE(state.partnerRevision);
    EXPECT_NE(state.partnerRevision->find("what I really think"), std::string::npos);
    EXPECT_FALSE(state.partnerChangedAfterSeeingMine);
}

// Attack 5, column by column. Alex's unlock compares each of her rows with what she recorded as
// text (issue 21 made that comparison cheap): every column Sam changes on its own, the signature
// left as it was or not, counts as a change and is put back as she published it.
TEST_F(Adversary, Attack05_EachColumnOfTheVictimsRowChangedOnItsOwnIsDetectedAndUndone)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    std::string id;
    {
        auto a = alex();
        id = a->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "as Alex wrote it"});
    }
    const auto sam = samAttacks();
    const auto snapshot = [&] {
        auto db = sam.shared();
        storage::Statement row(db,
            "SELECT quote(exercise_id) || quote(kind) || quote(parent_id) || quote(body) || quote(created_at) || "
            "quote(updated_at) || quote(hlc) || quote(deleted) || quote(signature) || quote(key_version) "
            "FROM entry WHERE id = ?1");
        row.bind(1, id);
        EXPECT_TRUE(row.step());
        return row.text(0);
    };
    const std::string original = snapshot();
    const std::vector<std::string> changes = {"exercise_id = 'step4.review'", "kind = 'note'", "parent_id = 'x'",
        "body = body || x'00'", "created_at = created_at + 1", "updated_at = updated_at + 1", "hlc = hlc || '0'",
        "deleted = 1", "signature = zeroblob(64)", "key_version = key_version + 1"};
    for (const auto& change : changes) {
        {
            auto db = sam.shared();
            storage::Statement edit(db, "UPDATE entry SET " + change + " WHERE id = ?1");
            edit.bind(1, id);
            edit.run();
        }
        ASSERT_NE(snapshot(), original) << change;
        now += 3'600'000;
        auto a = alex();
        const auto* notice = noticeOf(*a, UnlockNotice::Kind::MyRowsChanged);
        ASSERT_NE(notice, nullptr) << change;
        EXPECT_EQ(notice->count, 1) << change;
        EXPECT_EQ(a->entry(id)->body, "as Alex wrote it") << change;
        a->lock();
        EXPECT_EQ(snapshot(), original) << change << ": put back as she published it";
    }
}

// Issue 21: the unlock check reads only digests of Alex's rows and reads a row whole only where
// its digest differs. Among many rows of hers, Sam renames one, moves one to his own name, copies
// one under a new id and changes one byte of one body; each is found, counted and undone, and
// nothing else is touched.
TEST_F(Adversary, Attack05c_FourQuietEditsAmongManyRowsAreEachFoundByTheDigestPass)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    std::vector<std::string> ids;
    {
        auto a = alex();
        for (int i = 0; i < 60; ++i) {
            ids.push_back(a->addEntry(
                {"step2.what-i-need", "answer", Visibility::Shared, "", "shared line " + std::to_string(i)}));
        }
    }
    const auto sam = samAttacks();
    const auto run = [&](const std::string& sql, const std::string& id) {
        auto db = sam.shared();
        storage::Statement edit(db, sql);
        edit.bind(1, id);
        edit.run();
    };
    const auto countRows = [&](const std::string& where) {
        auto db = sam.shared();
        storage::Statement count(db, "SELECT count(*) FROM entry WHERE " + where);
        EXPECT_TRUE(count.step());
        return count.integer(0);
    };
    const auto before = countRows("1");
    run("UPDATE entry SET id = 'renamed-by-sam' WHERE id = ?1", ids[7]);
    run("UPDATE entry SET author = '" + sam.id() + "' WHERE id = ?1", ids[23]);
    run("INSERT INTO entry (id, author, exercise_id, kind, visibility, parent_id, body, created_at, updated_at, hlc, "
        "deleted, signature, key_version) SELECT 'copied-by-sam', author, exercise_id, kind, visibility, parent_id, "
        "body, created_at, updated_at, hlc, deleted, signature, key_version FROM entry WHERE id = ?1",
        ids[41]);
    {
        auto db = sam.shared();
        storage::Statement read(db, "SELECT body FROM entry WHERE id = ?1");
        read.bind(1, ids[52]);
        ASSERT_TRUE(read.step());
        auto body = read.blob(0);
        body.at(20) ^= 0x01;
        storage::Statement write(db, "UPDATE entry SET body = ?2 WHERE id = ?1");
        write.bind(1, ids[52]).bind(2, body);
        write.run();
    }
    now += 3'600'000;
    {
        auto a = alex();
        const auto* notice = noticeOf(*a, UnlockNotice::Kind::MyRowsChanged);
        ASSERT_NE(notice, nullptr);
        // The renamed row counts twice: hers went missing, and one she never published appeared.
        EXPECT_EQ(notice->count, 5);
        EXPECT_EQ(a->verify(), "");
    }
    EXPECT_EQ(countRows("1"), before);
    EXPECT_EQ(countRows("id IN ('renamed-by-sam', 'copied-by-sam')"), 0);
    auto s = this->sam();
    const auto seen = s->entries();
    ASSERT_EQ(seen.size(), ids.size());
    for (int i = 0; i < static_cast<int>(ids.size()); ++i) {
        const auto e = s->entry(ids[static_cast<std::size_t>(i)]);
        ASSERT_TRUE(e) << i;
        EXPECT_EQ(e->body, "shared line " + std::to_string(i));
        EXPECT_EQ(e->authorId, alex()->me().id) << i;
    }
    EXPECT_EQ(s->verify(), "");
}

// Home's "Recently shared" reads only the newest row of each exercise (issue 21). A row in the
// partner's name that fails its signature check is passed over, not listed, and the exercise's
// newest genuine row is shown instead: the shortcut does not skip the check.
TEST_F(Adversary, Attack05b_ARecentlySharedRowThatFailsItsSignatureIsPassedOver)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    std::string older;
    std::string newer;
    {
        auto s = sam();
        older = s->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "first"});
        now += 60'000;
        s->addEntry({"step3.appreciation", "answer", Visibility::Shared, "", "thanks"});
        now += 60'000;
        newer = s->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "second"});
    }
    now += 60'000;
    const auto all = [](const std::string&) { return true; };
    {
        auto a = alex();
        const auto listed = a->recentlyShared(5, all);
        ASSERT_EQ(listed.size(), 2U);
        EXPECT_EQ(listed[0].id, newer);
        EXPECT_EQ(listed[1].exerciseId, "step3.appreciation");
    }
    {
        auto db = samAttacks().shared();
        storage::Statement edit(db, "UPDATE entry SET body = body || x'00' WHERE id = ?1");
        edit.bind(1, newer);
        edit.run();
    }
    auto a = alex();
    const auto listed = a->recentlyShared(5, all);
    ASSERT_EQ(listed.size(), 2U);
    // Ordered by the rows shown: the genuine older row now comes after the other exercise.
    EXPECT_EQ(listed[0].exerciseId, "step3.appreciation");
    EXPECT_EQ(listed[1].id, older) << "the exercise's genuine row, not the changed one";
    EXPECT_EQ(listed[1].body, "first");
    // Only exercises the caller wants (Home: those in the curriculum); one per exercise at most.
    const auto some = a->recentlyShared(5, [](const std::string& id) { return id == "step3.appreciation"; });
    ASSERT_EQ(some.size(), 1U);
    EXPECT_EQ(some[0].body, "thanks");
    EXPECT_EQ(a->recentlyShared(1, all).size(), 1U);
}

// Attack 4b. Home's reminders now come from an index of Alex's own commitments still awaiting an
// outcome (issue 21). Sam, who can write the shared file but not her private store, tries to
// silence her overdue promise (marking its published copy deleted) and to plant one in her name.
TEST_F(Adversary, Attack04b_SamCanNeitherSilenceNorPlantAReminderOfAlexs)
{
    std::int64_t now = 1'800'000'000'000; // 2027-01-15
    options.now = [&] { return now; };
    std::string promise;
    {
        auto a = alex();
        promise = workbook::EntryService(*a).addCommitment(
            "step4.small-promises", "tell you when I am late", "2027-01-16", Visibility::Shared);
    }
    const auto sam = samAttacks();
    sam.exec("UPDATE entry SET deleted = 1 WHERE id = '" + promise + "'");
    PlantedRow row;
    row.id = crypto::randomUuid();
    row.author = sam.idOf("Alex");
    row.exercise = "step4.small-promises";
    row.kind = "commitment";
    row.body = R"({"what":"FORGED-promise","due":"2027-01-15","outcome":"open","revision":1})";
    row.createdAt = row.updatedAt = now;
    plant(sam, row);

    now += 3 * 86'400'000LL; // two days after the promise was due
    auto a = alex();
    workbook::DashboardSources sources;
    sources.commitmentExerciseIds = {"step4.small-promises"};
    const auto reminders = workbook::DashboardService(*a).loadReminders(sources, {});
    ASSERT_EQ(reminders.size(), 1U);
    EXPECT_EQ(reminders[0].kind, workbook::Reminder::Kind::CommitmentOverdue);
    EXPECT_EQ(reminders[0].entryId, promise);
    EXPECT_EQ(reminders[0].what, "tell you when I am late");
    const auto* notice = noticeOf(*a, UnlockNotice::Kind::MyRowsChanged);
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->count, 2); // the deletion undone, the planted row removed
}

// Issue 21: Home keeps what the agreements decide in Alex's private store and reads their rows
// again when the index of agreement rows in the shared file changes. An acceptance forged in her
// name never puts Sam's item in force on her Home, and when Sam removes his own acceptance behind
// Trustwork's back, her Home stops counting the agreement at once: it agrees with the full
// dashboard, which reads and checks every row.
TEST_F(Adversary, Attack04c_SamCanNeitherForceNorKeepAnAgreementOnAlexsHome)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    workbook::DashboardSources sources;
    sources.agreementExerciseIds = {"step2.transparency"};
    sources.reviewExerciseId = "step4.weekly-meeting";
    const auto reviewDue = [&](workbook::Session& s) {
        const auto home = workbook::DashboardService(s).loadReminders(sources, {});
        const auto full = workbook::DashboardService(s).load(sources, {}).reminders;
        const auto due = [](const std::vector<workbook::Reminder>& r) {
            return std::any_of(r.begin(), r.end(),
                [](const workbook::Reminder& x) { return x.kind == workbook::Reminder::Kind::AgreementReview; });
        };
        EXPECT_EQ(due(home), due(full));
        return due(home);
    };
    std::string samsItem, alexsItem;
    {
        auto s = this->sam();
        samsItem = workbook::AgreementService(*s).propose("step2.transparency", "phones", "Sam's wording");
    }
    {
        auto a = alex();
        alexsItem = workbook::AgreementService(*a).propose("step2.transparency", "money", "Alex's wording");
    }
    {
        auto s = this->sam();
        workbook::AgreementService(*s).accept(alexsItem, 1);
    }
    now += 40 * 86'400'000LL;
    {
        auto a = alex();
        EXPECT_TRUE(reviewDue(*a)); // hers, accepted by Sam, 40 days in force
    }
    const auto sam = samAttacks();
    // An acceptance of his item in her name, signed by a key of his own.
    PlantedRow forged;
    forged.id = crypto::randomUuid();
    forged.author = sam.idOf("Alex");
    forged.exercise = "step2.transparency";
    forged.kind = "agreement-accept";
    forged.parent = samsItem;
    forged.body = R"({"revision":1})";
    forged.createdAt = forged.updatedAt = now;
    plant(sam, forged);
    // And his acceptance of her item, removed outside Trustwork.
    sam.exec("DELETE FROM entry WHERE kind = 'agreement-accept' AND author = '" + sam.id() + "'");
    now += 86'400'000LL;
    auto a = alex();
    EXPECT_FALSE(reviewDue(*a)); // neither item is in force now
    const auto* notice = noticeOf(*a, UnlockNotice::Kind::MyRowsChanged);
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->count, 1); // the acceptance planted in her name, removed
    for (const auto& item : workbook::AgreementService(*a).items("step2.transparency")) {
        EXPECT_FALSE(item.inForce) << item.text;
    }
}

// Attack 5d. Sam has the computer, and so its clock. He keeps a copy of a row Alex shared, turns
// the clock back before her next session, and writes the copy back after she reworded the row: were
// her rewording stamped by the turned-back clock, her app would take his copy, signed by her, for a
// newer one of her own and show him the old words again. Her clock starts after the newest stamp
// her private store keeps, whatever the system clock says: by seconds (within the minute of
// headroom that stamp is kept with since issue 21) or by days.
TEST_F(Adversary, Attack05d_TurningTheClockBackDoesNotMakeWordsAlexReplacedNewerThanHerOwn)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    const auto sam = samAttacks();
    for (const std::int64_t back : {std::int64_t{30'000}, std::int64_t{2 * 86'400'000}}) {
        SCOPED_TRACE("clock turned back by " + std::to_string(back) + " ms");
        const std::string words = "CANARY-turned-back-" + std::to_string(back);
        // Two fields of one exercise saved in the same millisecond: the second row's stamp counts
        // past the first's, so a stamp of that millisecond alone would sort before the one Sam keeps.
        std::string id;
        {
            auto a = alex();
            a->addEntry({"step2.what-i-need", "note", Visibility::Private, "", "CANARY-first field"});
            id = a->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", words});
        }
        const KeptRow kept = keepCopy(sam, id);
        now -= back;
        alex()->updateEntry(id, "calmer words");
        writeBack(sam, kept);
        {
            auto a = alex();
            EXPECT_NE(noticeOf(*a, UnlockNotice::Kind::MyRowsChanged), nullptr);
            EXPECT_EQ(a->entry(id)->body, "calmer words");
        }
        EXPECT_EQ(this->sam()->entry(id)->body, "calmer words");
        now += 3 * 86'400'000;
    }
}
