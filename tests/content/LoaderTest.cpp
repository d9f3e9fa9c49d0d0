// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the shipped curriculum, and every rule of the validator on small real files.
#include "tw/content/Loader.h"

#include "ContentTestSupport.h"
#include "tw/base/Error.h"

#include <nlohmann/json.hpp>

#include <fstream>

using nlohmann::json;
using namespace tw::content;
using tw::test::describe;
using tw::test::hasProblem;
namespace fs = std::filesystem;

namespace {

/** The valid fixture module under another id and order, as a starting point for one mistake. */
json moduleNamed(const std::string& id, int order)
{
    std::ifstream in(tw::test::fixture("valid-module.json"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (auto at = text.find("valid-module"); at != std::string::npos; at = text.find("valid-module", at)) {
        text.replace(at, 12, id);
        at += id.size();
    }
    auto doc = json::parse(text);
    doc["order"] = order;
    doc.erase("$schema");
    return doc;
}

struct ContentLoader : ::testing::Test {
    tw::test::TempDir dir;

    fs::path write(const std::string& name, const json& doc) const { return writeText(name, doc.dump(2)); }
    fs::path writeText(const std::string& name, const std::string& text) const
    {
        const auto path = dir / name;
        fs::create_directories(path.parent_path());
        tw::test::writeText(path, text);
        return path;
    }
    std::vector<Problem> check(const fs::path& path) const { return validateFiles({path}, tw::test::schemaPath()); }
};

} // namespace

TEST(ContentShipped, LoadsWithNoProblemsInModuleOrder)
{
    const auto result = loadCurriculum(tw::test::shippedContent(), "en", {});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    EXPECT_TRUE(result.rejectedPacks.empty());
    const auto& modules = result.curriculum.modules;
    ASSERT_EQ(modules.size(), 11U);
    EXPECT_EQ(modules.front().id, "start");
    EXPECT_EQ(modules.back().id, "sources");
    EXPECT_TRUE(std::is_sorted(
        modules.begin(), modules.end(), [](const Module& a, const Module& b) { return a.order < b.order; }));
    for (const auto& module : modules) {
        EXPECT_EQ(module.locale, "en");
        for (const auto& exercise : module.exercises) {
            EXPECT_EQ(exercise.moduleId, module.id);
            EXPECT_EQ(exercise.locale, "en");
            EXPECT_TRUE(exercise.packId.empty());
        }
    }
}

TEST(ContentShipped, ValidatesFileByFileAndAsAFolder)
{
    std::vector<fs::path> checked;
    const auto folder = tw::test::shippedContent() / "curriculum" / "en";
    EXPECT_TRUE(validateFiles({folder}, tw::test::schemaPath(), &checked).empty());
    EXPECT_EQ(checked.size(), 11U);
    // Alone, each file's references to other modules still resolve through its neighbours.
    for (const auto& file : checked) {
        const auto problems = validateFiles({file}, tw::test::schemaPath());
        EXPECT_TRUE(problems.empty()) << describe(problems);
    }
}

TEST_F(ContentLoader, InvalidDefaultCurriculumIsAHardErrorListingEveryProblem)
{
    const auto root = tw::test::makeContentRoot(dir);
    auto wrongType = moduleNamed("wrong-type", 50);
    wrongType["exercises"][0]["minutes"] = "five";
    tw::test::writeText(root / "curriculum" / "en" / "wrong-type.json", wrongType.dump());
    // References are checked on schema-valid files, so the dangling one sits in a second file.
    auto dangling = moduleNamed("dangling", 51);
    dangling["exercises"][1]["see"] = json::array({"nowhere.at-all"});
    tw::test::writeText(root / "curriculum" / "en" / "dangling.json", dangling.dump());
    try {
        loadCurriculum(root, "en", {});
        FAIL() << "an invalid default curriculum must not load";
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::InvalidInput);
        const std::string message = e.what();
        EXPECT_NE(message.find("wrong-type.json: /exercises/0/minutes: "), std::string::npos) << message;
        EXPECT_NE(message.find("dangling.json: /exercises/1/see/0: "), std::string::npos) << message;
    }
}

TEST_F(ContentLoader, MissingContentRootOrBadLocaleIsRefused)
{
    try {
        loadCurriculum(dir.path(), "en", {});
        FAIL();
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Io);
    }
    try {
        loadCurriculum(tw::test::shippedContent(), "../../etc", {});
        FAIL() << "a locale is a folder name and must not climb out of curriculum/";
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Usage);
    }
}

TEST_F(ContentLoader, ReportsEveryErrorInAFileNotJustTheFirst)
{
    auto doc = moduleNamed("many", 1);
    doc["title"] = 12;
    doc["exercises"][0]["mode"] = "sometimes";
    doc["exercises"][0].erase("body");
    doc["exercises"][0]["colour"] = "blue";
    doc["exercises"][1]["prompts"][1]["id"] = "Not An Id";
    doc["exercises"][1]["minutes"] = 0;
    const auto problems = check(write("many.json", doc));
    EXPECT_TRUE(hasProblem(problems, "many.json", "/title")) << describe(problems);
    EXPECT_TRUE(hasProblem(problems, "many.json", "/exercises/0/mode")) << describe(problems);
    EXPECT_TRUE(hasProblem(problems, "many.json", "/exercises/0")) << describe(problems); // missing body
    EXPECT_TRUE(hasProblem(problems, "many.json", "/exercises/0/colour")) << describe(problems);
    EXPECT_TRUE(hasProblem(problems, "many.json", "/exercises/1/prompts/1/id")) << describe(problems);
    EXPECT_TRUE(hasProblem(problems, "many.json", "/exercises/1/minutes")) << describe(problems);
    // Dispatching on the kind keeps the other ten kinds' rules out of the report.
    EXPECT_LE(problems.size(), 8U) << describe(problems);
    for (const auto& problem : problems) {
        EXPECT_NE(problem.message.find("(schema: "), std::string::npos) << "names the rule: " << problem.message;
    }
}

TEST_F(ContentLoader, MessagesNameTheRuleAndTheValue)
{
    auto doc = moduleNamed("messages", 1);
    doc["section"] = "step";
    doc["exercises"][0]["kind"] = "quiz";
    const auto problems = check(write("messages.json", doc));
    EXPECT_TRUE(hasProblem(problems, "messages.json", "")) << "step is required in a step module\n"
                                                           << describe(problems);
    ASSERT_TRUE(hasProblem(problems, "messages.json", "/exercises/0/kind")) << describe(problems);
    const auto kind = std::find_if(
        problems.begin(), problems.end(), [](const Problem& p) { return p.pointer == "/exercises/0/kind"; });
    EXPECT_NE(kind->message.find("\"quiz\""), std::string::npos) << kind->message;
    EXPECT_NE(kind->message.find("reflection"), std::string::npos) << "lists the allowed kinds: " << kind->message;
    EXPECT_NE(kind->message.find("(schema: enum)"), std::string::npos) << kind->message;

    auto extra = moduleNamed("extra-step", 2);
    extra["step"] = 2; // only step modules have a step
    EXPECT_TRUE(hasProblem(check(write("extra-step.json", extra)), "extra-step.json", "/step"));
}

TEST_F(ContentLoader, ExerciseIdsMustStartWithTheModuleId)
{
    auto doc = moduleNamed("prefix", 1);
    doc["exercises"][1]["id"] = "other.reflect";
    const auto problems = check(write("prefix.json", doc));
    EXPECT_TRUE(hasProblem(problems, "prefix.json", "/exercises/1/id")) << describe(problems);
}

TEST_F(ContentLoader, ExerciseOrderMustIncrease)
{
    auto doc = moduleNamed("order", 1);
    doc["exercises"][1]["order"] = 1;
    const auto problems = check(write("order.json", doc));
    EXPECT_TRUE(hasProblem(problems, "order.json", "/exercises/1/order")) << describe(problems);
}

TEST_F(ContentLoader, AnswerIdsMustBeUniqueWithinAnExercise)
{
    auto doc = moduleNamed("answers", 1);
    doc["exercises"][1]["prompts"][1]["id"] = "first";
    const auto problems = check(write("answers.json", doc));
    EXPECT_TRUE(hasProblem(problems, "answers.json", "/exercises/1/prompts/1/id")) << describe(problems);
}

TEST_F(ContentLoader, ModuleOrderMustBeUniqueAcrossFiles)
{
    write("set/one.json", moduleNamed("one", 3));
    write("set/two.json", moduleNamed("two", 3));
    const auto problems = check(dir / "set");
    EXPECT_TRUE(hasProblem(problems, "two.json", "/order")) << describe(problems);
    EXPECT_FALSE(hasProblem(problems, "one.json", "/order")) << "the first file keeps its order";
}

TEST_F(ContentLoader, ResourcesMustPointAtAReading)
{
    auto doc = moduleNamed("help", 1);
    json checklist = {{"id", "help.check"}, {"kind", "checklist"}, {"title", "Check"}, {"order", 3}, {"minutes", 5},
        {"mode", "alone"}, {"intro", "Tick."}, {"safety", true}, {"resources", "help.reflect"},
        {"items", json::array({{{"id", "afraid"}, {"text", "I am afraid."}, {"concern", true}}})}};
    doc["exercises"].push_back(checklist);
    auto problems = check(write("help.json", doc));
    EXPECT_TRUE(hasProblem(problems, "help.json", "/exercises/2/resources")) << describe(problems);

    doc["exercises"][2]["resources"] = "help.reading";
    problems = check(write("help.json", doc));
    EXPECT_TRUE(problems.empty()) << describe(problems);

    doc["exercises"][2]["resources"] = "help.missing";
    problems = check(write("help.json", doc));
    EXPECT_TRUE(hasProblem(problems, "help.json", "/exercises/2/resources")) << describe(problems);
}

TEST_F(ContentLoader, DefaultCurriculumCannotReferToAPack)
{
    auto doc = moduleNamed("standalone", 1);
    doc["exercises"][1]["see"] = json::array({"example:money-and-trust.hidden-debt"});
    const auto problems = check(write("standalone.json", doc));
    EXPECT_TRUE(hasProblem(problems, "standalone.json", "/exercises/1/see/0")) << describe(problems);
}

TEST_F(ContentLoader, DuplicateKeysAreReportedWithTheirPointer)
{
    const auto path = writeText("twice.json", R"({"formatVersion": 1, "id": "twice", "id": "twice",
        "title": "T", "section": "extra", "order": 1, "summary": "S", "exercises": [
        {"id": "twice.a", "kind": "reading", "title": "T", "order": 1, "minutes": 1, "mode": "alone",
         "intro": {"default": "I", "hurt": "H", "hurt": "H2"}, "body": "B"}]})");
    const auto problems = check(path);
    EXPECT_TRUE(hasProblem(problems, "twice.json", "/id")) << describe(problems);
    EXPECT_TRUE(hasProblem(problems, "twice.json", "/exercises/0/intro/hurt")) << describe(problems);
}

TEST_F(ContentLoader, SyntaxErrorsCarryLineAndColumn)
{
    const auto problems = check(writeText("broken.json", "{\n  \"id\": \"x\"\n  \"title\": \"y\"\n}\n"));
    ASSERT_EQ(problems.size(), 1U) << describe(problems);
    EXPECT_EQ(problems[0].pointer, "");
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, 3);
    EXPECT_EQ(formatProblem(problems[0]).rfind((dir / "broken.json").string() + ":3:3: syntax error", 0), 0U)
        << formatProblem(problems[0]);
}

TEST_F(ContentLoader, AbsurdNestingIsRefusedBeforeAnythingRecursesIntoIt)
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto problems = check(writeText("deep.json", deep));
    ASSERT_EQ(problems.size(), 1U) << describe(problems);
    EXPECT_NE(problems[0].message.find("nested"), std::string::npos);
}

TEST_F(ContentLoader, AnEmptyOrMissingFileIsAProblemOrAnIoError)
{
    EXPECT_EQ(check(writeText("empty.json", "")).size(), 1U);
    try {
        check(dir / "missing.json");
        FAIL();
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Io);
    }
}
