// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a person sees when the disk fails under an autosave: the exercise editor's status says the
// text was not saved and why, "Saved" never shows for it, the words stay in the box, and the next
// save after the disk recovers works. The earlier saved answer stays intact on disk.
#include "CoupleWorkbook.h"
#include "FaultVfs.h"
#include "GuiHelpers.h"
#include "exercises/Autosave.h"
#include "exercises/ReflectionEditor.h"

#include <QPlainTextEdit>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <ostream>

namespace {

using tw::test::FaultOp;
using tw::test::FaultVfs;
using Opened = tw::test::OpenedEditor<tw::app::ReflectionEditor>;

struct GuiFaultCase {
    FaultOp op;
    int code;
    const char* reason; ///< a phrase the status must show
};

void PrintTo(const GuiFaultCase& c, std::ostream* out)
{
    *out << (c.op == FaultOp::Write ? "write" : "fsync") << " fails with " << c.code;
}

std::string caseName(const ::testing::TestParamInfo<GuiFaultCase>& param)
{
    const bool full = (param.param.code & 0xff) == SQLITE_FULL;
    return std::string(param.param.op == FaultOp::Write ? "Write" : "Sync") + (full ? "DiskFull" : "IoError");
}

class AutosaveFault : public tw::test::CoupleEditorTest, public ::testing::WithParamInterface<GuiFaultCase> {
protected:
    void SetUp() override
    {
        FaultVfs::install(true);
        FaultVfs::reset();
        CoupleEditorTest::SetUp();
    }
    void TearDown() override { FaultVfs::reset(); }
};

TEST_P(AutosaveFault, StatusShowsTheFailureAndNeverSaved)
{
    const auto& c = GetParam();
    auto opened = openEditor<Opened>("Alex", "step1.impact-letter");
    auto* editor = opened->editor.get();
    auto* autosave = editor->findChild<tw::app::Autosave*>();
    ASSERT_NE(autosave, nullptr);
    int savedSignals = 0;
    int failedSignals = 0;
    QObject::connect(autosave, &tw::app::Autosave::saved, [&] { ++savedSignals; });
    QObject::connect(autosave, &tw::app::Autosave::failed, [&] { ++failedSignals; });
    auto* box = editor->findChild<QPlainTextEdit*>();
    ASSERT_NE(box, nullptr);

    box->insertPlainText(QStringLiteral("What I wrote first."));
    editor->flush();
    ASSERT_EQ(editor->statusText(), QStringLiteral("Saved"));
    ASSERT_EQ(savedSignals, 1);

    // The disk fails for good from the first write (or fsync) of the next save.
    FaultVfs::reset();
    FaultVfs::arm(c.op, 1, c.code, true);
    box->insertPlainText(QStringLiteral(" And what I added."));
    editor->flush();
    EXPECT_EQ(failedSignals, 1);
    EXPECT_EQ(savedSignals, 1);
    EXPECT_GE(FaultVfs::injected(), 1);
    const QString status = editor->statusText();
    EXPECT_TRUE(status.startsWith(QStringLiteral("Not saved:"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QString::fromLatin1(c.reason))) << status.toStdString();
    EXPECT_NE(status, QStringLiteral("Saved"));
    EXPECT_EQ(box->toPlainText(), QStringLiteral("What I wrote first. And what I added."));

    // Typing again while the disk is still failing: still no "Saved".
    box->insertPlainText(QStringLiteral(" More."));
    editor->flush();
    EXPECT_EQ(savedSignals, 1);
    EXPECT_TRUE(editor->statusText().startsWith(QStringLiteral("Not saved:")));

    // The earlier answer is intact on disk, read through a second session of the same partner.
    FaultVfs::disarm();
    {
        auto reader = tw::test::unlockPartner(dir.path(), "Alex", options);
        EXPECT_EQ(reader->verify(), "");
        const auto rows = reader->entries({.exerciseId = "step1.impact-letter", .kind = "answer"});
        ASSERT_EQ(rows.size(), 1u);
        const auto body = nlohmann::json::parse(rows.front().body).dump();
        EXPECT_NE(body.find("What I wrote first."), std::string::npos);
    }

    // Once the disk works again, the next edit saves everything that is in the box.
    box->insertPlainText(QStringLiteral(" Done."));
    editor->flush();
    EXPECT_EQ(editor->statusText(), QStringLiteral("Saved"));
    EXPECT_EQ(savedSignals, 2);
    const auto rows = opened->session->entries({.exerciseId = "step1.impact-letter", .kind = "answer"});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_NE(nlohmann::json::parse(rows.front().body).dump().find("And what I added. More. Done."), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(DiskFailures, AutosaveFault,
    ::testing::Values(GuiFaultCase{FaultOp::Write, SQLITE_FULL, "The disk is full"},
        GuiFaultCase{FaultOp::Write, SQLITE_IOERR_WRITE, "disk I/O error"},
        GuiFaultCase{FaultOp::Sync, SQLITE_IOERR_FSYNC, "disk I/O error"}),
    caseName);

} // namespace
