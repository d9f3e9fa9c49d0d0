// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A seeded, unreliable "sync tool" between three devices (Alex on two, Sam on one): files arrive
// late, out of order, twice, truncated under their final names, beside conflict copies, and old
// files come back. Whatever the order, every replica ends the same and no edit is lost.
#include "SyncFixture.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Subkey.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace tw;
using namespace tw::test;
using workbook::NewEntry;
using workbook::SyncFolder;
using workbook::Visibility;

namespace {

struct Transport : CoupleFixture, ::testing::WithParamInterface<unsigned> {
    TempDir root;
    std::vector<Device> devices;
    std::mt19937 rng;

    void SetUp() override
    {
        CoupleFixture::SetUp();
        rng.seed(GetParam());
        devices.push_back({"desktop", "Alex", "alex passphrase", dir.path(), root.path() / "f1"});
        devices.push_back({"laptop", "Alex", "alex passphrase", root.path() / "d2", root.path() / "f2"});
        devices.push_back({"sam", "Sam", "sam passphrase", root.path() / "d3", root.path() / "f3"});
        devices[0].sync(options);
        for (std::size_t i = 1; i < devices.size(); ++i) {
            copyMissing(devices[0].folder, devices[i].folder);
            SyncFolder(devices[i].folder)
                .join(devices[i].dataDir, devices[i].partner, secret(devices[i].passphrase.c_str()), options);
        }
    }
    /** Whether @p bytes are the whole file its name promises (the digest prefix in the name matches). */
    static bool complete(const std::filesystem::path& rel, const std::vector<std::uint8_t>& bytes)
    {
        return rel.filename().string().substr(11, 16) == crypto::toHex(crypto::digest256(bytes)).substr(0, 16);
    }
    bool chance(int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; }

    /** One delivery pass with faults; returns how many files are still not delivered everywhere. */
    void deliverSome(bool faults)
    {
        for (auto& from : devices) {
            for (auto& to : devices) {
                if (&from == &to) {
                    continue;
                }
                auto files = changeFilesIn(from.folder);
                std::shuffle(files.begin(), files.end(), rng);
                for (const auto& rel : files) {
                    const auto target = to.folder / rel;
                    const auto bytes = readBytes(from.folder / rel);
                    if (!complete(rel, bytes)) {
                        continue; // a copy still arriving here is not what the tool sends on
                    }
                    std::filesystem::create_directories(target.parent_path());
                    if (std::filesystem::exists(target) && readBytes(target) == bytes) {
                        if (faults && chance(10)) {
                            writeBytes(target, bytes); // delivered twice
                        }
                        continue;
                    }
                    if (faults && chance(30)) {
                        continue; // late
                    }
                    if (faults && chance(15)) {
                        // Truncated under its final name: the sync tool has not finished copying it.
                        std::vector<std::uint8_t> part(
                            bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bytes.size() / 2));
                        writeBytes(target, part);
                        continue;
                    }
                    if (faults && chance(10)) {
                        auto conflict = target;
                        conflict.replace_filename(
                            target.stem().string() + ".sync-conflict-20261202-101400-ABCDEFG.twchange");
                        writeBytes(conflict, bytes);
                    }
                    writeBytes(target, bytes);
                }
            }
        }
    }
    void syncAll()
    {
        for (const auto& d : devices) {
            const auto r = d.sync(options);
            if (std::getenv("TW_SYNC_DEBUG")) {
                std::fprintf(stderr, "%s: imported %d damaged %zu new-id %d published %d\n", d.name.c_str(), r.imported,
                    r.damaged.size(), r.tookNewDeviceId ? 1 : 0, r.published ? 1 : 0);
            }
        }
    }
};

} // namespace

TEST_P(Transport, AllReplicasConvergeAndNoEditIsLost)
{
    std::vector<std::string> alexIds;
    std::vector<std::string> samIds;
    for (int round = 0; round < 16; ++round) {
        auto& d = devices[std::uniform_int_distribution<std::size_t>(0, devices.size() - 1)(rng)];
        {
            auto s = d.open(options);
            auto& ids = d.partner == "Alex" ? alexIds : samIds;
            const std::string text = d.name + "-round-" + std::to_string(round);
            if (!ids.empty() && chance(40)) {
                const auto& id = ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(rng)];
                if (s->entry(id)) {
                    s->updateEntry(id, text);
                }
            } else {
                ids.push_back(s->addEntry(NewEntry{
                    "step1.impact-letter", "answer", chance(50) ? Visibility::Shared : Visibility::Private, "", text}));
            }
        }
        (void)d.sync(options);
        deliverSome(true);
        if (chance(50)) {
            syncAll();
        }
    }
    // The tool catches up: everything arrives whole; everyone syncs until nothing moves.
    for (int pass = 0; pass < 3; ++pass) {
        deliverSome(false);
        syncAll();
    }
    auto a = devices[0].open(options);
    auto b = devices[1].open(options);
    auto c = devices[2].open(options);
    const std::string alex = a->me().id;
    const std::string sam = c->me().id;
    EXPECT_EQ(dumpEntries(*a, alex), dumpEntries(*b, alex));
    std::string samShared;
    for (const auto& e : c->entries()) {
        if (e.authorId == sam && e.visibility == Visibility::Shared) {
            samShared += e.id + "|" + e.body + "\n";
        }
    }
    EXPECT_EQ(dumpEntries(*a, sam), dumpEntries(*b, sam));
    std::string alexSeesSam;
    for (const auto& e : a->entries()) {
        if (e.authorId == sam) {
            alexSeesSam += e.id + "|" + e.body + "\n";
        }
    }
    EXPECT_EQ(samShared, alexSeesSam);
    // Alex's shared entries as Sam sees them are exactly the shared ones of Alex's own view.
    std::string alexShared;
    for (const auto& e : a->entries()) {
        if (e.authorId == alex && e.visibility == Visibility::Shared) {
            alexShared += e.id + "|" + e.body + "\n";
        }
    }
    std::string samSeesAlex;
    for (const auto& e : c->entries()) {
        if (e.authorId == alex) {
            samSeesAlex += e.id + "|" + e.body + "\n";
        }
    }
    EXPECT_EQ(alexShared, samSeesAlex);
    // No entry is lost on any of its author's devices, whatever order the files came in.
    for (const auto& id : alexIds) {
        EXPECT_TRUE(a->entry(id).has_value() && b->entry(id).has_value()) << id;
    }
    for (const auto& id : samIds) {
        EXPECT_TRUE(c->entry(id).has_value()) << id;
    }
    for (const auto& d : devices) {
        EXPECT_FALSE(anyFileHolds(d.folder, "-round-")) << "plain text in a synced folder";
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, Transport, ::testing::Values(1u, 2u, 3u, 4u));
