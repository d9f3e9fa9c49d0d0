// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every single-byte flip and every truncation of a small change file (its header, key slots,
// shared and private parts and signature) and of the folder's format file: each is named as
// damaged or incomplete, never as a wrong passphrase, never a crash, and nothing of it is used.
#include "SyncFixture.h"
#include "tw/base/Error.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::test;
using workbook::NewEntry;
using workbook::SyncFolder;
using workbook::Visibility;

namespace {

struct ChangeFileFlips : CoupleFixture {
    TempDir root;
    Device desktop{"desktop", "Alex", "alex passphrase", dir.path(), root.path() / "folder"};
    Device samPc{"sam", "Sam", "sam passphrase", root.path() / "sam-data", root.path() / "sam-folder"};
    std::filesystem::path fresh; ///< the file under test, relative to the folder
    std::vector<std::uint8_t> original;

    void SetUp() override
    {
        CoupleFixture::SetUp();
        desktop.sync(options);
        copyMissing(desktop.folder, samPc.folder);
        SyncFolder(samPc.folder).join(samPc.dataDir, "Sam", secret("sam passphrase"), options);
        const auto before = changeFilesIn(desktop.folder);
        {
            auto s = desktop.open(options);
            s->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Shared, "", "FLIP-shared"});
            SyncFolder(desktop.folder).sync(*s);
        }
        for (const auto& f : changeFilesIn(desktop.folder)) {
            if (std::find(before.begin(), before.end(), f) == before.end()) {
                fresh = f;
            }
        }
        ASSERT_FALSE(fresh.empty());
        original = readBytes(desktop.folder / fresh);
    }
    /** Offers @p bytes under the file's name to Sam's device; true if it was refused as damaged. */
    bool refusedAsDamaged(const std::vector<std::uint8_t>& bytes, std::string& why)
    {
        writeBytes(samPc.folder / fresh, bytes);
        auto s = samPc.open(options);
        try {
            const auto report = SyncFolder(samPc.folder).importChanges(*s);
            if (report.damaged.empty()) {
                why = "accepted";
                return false;
            }
        } catch (const Error& e) {
            why = std::string("threw kind ") + std::to_string(static_cast<int>(e.kind())) + ": " + e.what();
            return false;
        }
        for (const auto& entry : s->entries()) {
            if (entry.body == "FLIP-shared") {
                why = "its entry was used";
                return false;
            }
        }
        return true;
    }
};

} // namespace

TEST_F(ChangeFileFlips, EveryFlipAndTruncationIsDamageAndNothingIsUsed)
{
    std::string why;
    int checked = 0;
    // Stride through the file so the test stays quick; the header and signature are done byte by byte.
    for (std::size_t i = 0; i < original.size(); i += (i < 600 || i + 80 > original.size()) ? 1U : 37U) {
        auto bytes = original;
        bytes[i] ^= 0x01;
        ASSERT_TRUE(refusedAsDamaged(bytes, why)) << "flip at " << i << ": " << why;
        ++checked;
    }
    for (std::size_t n = 0; n < original.size(); n += (n < 200 ? 1U : 97U)) {
        ASSERT_TRUE(refusedAsDamaged({original.begin(), original.begin() + static_cast<std::ptrdiff_t>(n)}, why))
            << "truncated to " << n << ": " << why;
        ++checked;
    }
    EXPECT_GT(checked, 500);
    // The whole file, as written, is taken in: the refusals above were about the damage.
    writeBytes(samPc.folder / fresh, original);
    auto s = samPc.open(options);
    const auto report = SyncFolder(samPc.folder).importChanges(*s);
    EXPECT_TRUE(report.damaged.empty());
    bool seen = false;
    for (const auto& e : s->entries()) {
        seen = seen || e.body == "FLIP-shared";
    }
    EXPECT_TRUE(seen);
}

TEST_F(ChangeFileFlips, AFlippedFormatFileIsDamagedOrNotASyncFolder)
{
    const auto path = samPc.folder / SyncFolder::kFormatFile;
    const auto format = readBytes(path);
    for (std::size_t i = 0; i < format.size(); ++i) {
        auto bytes = format;
        bytes[i] ^= 0x20;
        writeBytes(path, bytes);
        auto s = samPc.open(options);
        try {
            (void)SyncFolder(samPc.folder).importChanges(*s);
        } catch (const Error& e) {
            EXPECT_TRUE(e.kind() == ErrorKind::Damaged || e.kind() == ErrorKind::InvalidInput
                || e.kind() == ErrorKind::NewerVersion)
                << i << ": " << e.what();
            EXPECT_NE(e.kind(), ErrorKind::WrongSecret);
        }
    }
    ASSERT_EQ(format.back(), '\n');
    for (std::size_t n = 0; n + 1 < format.size(); ++n) { // without its final newline it is still whole
        writeBytes(path, {format.begin(), format.begin() + static_cast<std::ptrdiff_t>(n)});
        auto s = samPc.open(options);
        EXPECT_THROW((void)SyncFolder(samPc.folder).importChanges(*s), Error) << n;
    }
}
