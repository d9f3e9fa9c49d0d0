// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The invalid fixtures in tests/content/fixtures/: each has one mistake, and both the CLI-facing
// validator and the loader must reject it naming the file and the JSON pointer of the mistake.
#include "ContentTestSupport.h"
#include "tw/base/Error.h"
#include "tw/content/Loader.h"

using namespace tw::content;
using tw::test::describe;
using tw::test::hasProblem;
namespace fs = std::filesystem;

namespace {

struct BrokenFixture {
    std::string path; ///< below tests/content/fixtures
    std::string file; ///< the file the problem must name
    std::string pointer; ///< where in it
    std::string fragment; ///< a word the message must contain
};

void PrintTo(const BrokenFixture& f, std::ostream* os)
{
    *os << f.path;
}

class ContentFixtures : public ::testing::TestWithParam<BrokenFixture> { };

} // namespace

TEST_P(ContentFixtures, RejectedByTheValidatorWithFileAndPointer)
{
    const auto& f = GetParam();
    const auto problems = validateFiles({tw::test::fixture(f.path)}, tw::test::schemaPath());
    ASSERT_TRUE(hasProblem(problems, f.file, f.pointer)) << describe(problems);
    const auto match = std::find_if(problems.begin(), problems.end(),
        [&](const Problem& p) { return fs::path(p.file).filename() == f.file && p.pointer == f.pointer; });
    EXPECT_NE(match->message.find(f.fragment), std::string::npos) << match->message;
}

TEST_P(ContentFixtures, RejectedByTheLoaderAsPartOfTheDefaultCurriculum)
{
    const auto& f = GetParam();
    tw::test::TempDir dir;
    const auto root = tw::test::makeContentRoot(dir);
    const auto source = tw::test::fixture(f.path);
    const auto target = root / "curriculum" / "en";
    if (fs::is_directory(source)) {
        fs::copy(source, target, fs::copy_options::recursive);
    } else {
        fs::copy_file(source, target / source.filename());
    }
    try {
        loadCurriculum(root, "en", {});
        FAIL() << f.path << " must not load";
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::InvalidInput);
        const std::string message = e.what();
        const std::string where
            = f.pointer.empty() ? f.file + ":" : f.file + ": " + f.pointer + ": "; // syntax errors: FILE:LINE:COL
        EXPECT_NE(message.find(where), std::string::npos) << message;
    }
}

INSTANTIATE_TEST_SUITE_P(Content, ContentFixtures,
    ::testing::Values(BrokenFixture{"syntax-error.json", "syntax-error.json", "", "syntax error"},
        BrokenFixture{"wrong-type.json", "wrong-type.json", "/exercises/0/minutes", "wrong type"},
        BrokenFixture{"unknown-kind.json", "unknown-kind.json", "/exercises/1/kind", "\"quiz\""},
        BrokenFixture{"duplicate-id", "b.json", "/id", "already used in"},
        BrokenFixture{"dangling-reference.json", "dangling-reference.json", "/exercises/1/see/1", "nowhere.at-all"},
        BrokenFixture{
            "prompt-without-default.json", "prompt-without-default.json", "/exercises/1/prompts/0/text", "\"default\""},
        BrokenFixture{"empty-text.json", "empty-text.json", "/exercises/0/title", "empty"}));

TEST(ContentFixturesBaseline, TheUnbrokenFixtureIsValid)
{
    // Guards the fixtures themselves: each broken one differs from this only by its mistake.
    const auto problems = validateFiles({tw::test::fixture("valid-module.json")}, tw::test::schemaPath());
    EXPECT_TRUE(problems.empty()) << describe(problems);
}

TEST(ContentFixturesBaseline, SyntaxErrorPointsAtTheLineAndColumn)
{
    const auto problems = validateFiles({tw::test::fixture("syntax-error.json")}, tw::test::schemaPath());
    ASSERT_EQ(problems.size(), 1U) << describe(problems);
    EXPECT_EQ(problems[0].line, 26);
    EXPECT_EQ(problems[0].column, 7);
}
