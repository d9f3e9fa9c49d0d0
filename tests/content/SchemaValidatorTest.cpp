// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The schema wrapper (internal): its diagnostic rewrite must never change a verdict.
#include "SchemaValidator.h"

#include "ContentTestSupport.h"
#include "JsonText.h"
#include "tw/base/Error.h"

#include <nlohmann/json.hpp>

#include <fstream>

using nlohmann::json;
using namespace tw::content;
using namespace tw::content::detail;
namespace fs = std::filesystem;

namespace {

json readJson(const fs::path& path)
{
    std::ifstream in(path);
    return json::parse(in);
}

std::vector<fs::path> jsonFilesBelow(const fs::path& dir)
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json" && entry.path().filename() != "pack.json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST(ContentSchemaValidator, VerdictsAgreeOnEveryShippedFileAndFixture)
{
    SchemaValidator validator(tw::test::schemaPath());
    auto files = jsonFilesBelow(tw::test::shippedContent() / "curriculum");
    const auto more = jsonFilesBelow(tw::test::sourceDir() / "tests" / "content" / "fixtures");
    files.insert(files.end(), more.begin(), more.end());
    ASSERT_GE(files.size(), 15U);
    for (const auto& file : files) {
        std::ifstream in(file);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto parsed = parseJsonText(text, file.string());
        if (!parsed.parsed) {
            continue; // the syntax-error fixture
        }
        const bool accepted = validator.accepts(parsed.doc);
        EXPECT_EQ(validator.publishedAccepts(parsed.doc), accepted) << file;
        EXPECT_EQ(validator.diagnosticAccepts(parsed.doc), accepted) << file;
        EXPECT_EQ(validator.validate(parsed.doc, file.string()).empty(), accepted) << file;
    }
}

TEST(ContentSchemaValidator, DiagnosticFormDispatchesOnKindAndType)
{
    const auto schema = readJson(tw::test::schemaPath());
    const auto diagnostic = rewriteSchema(schema, SchemaForm::Diagnostic);
    const auto exact = rewriteSchema(schema, SchemaForm::Exact);
    const auto& exercise = diagnostic.at("definitions").at("exercise");
    EXPECT_EQ(exercise.dump().find("\"oneOf\""), std::string::npos) << "kind dispatch replaced the oneOf";
    EXPECT_NE(exercise.dump().find("\"if\""), std::string::npos);
    EXPECT_EQ(diagnostic.at("definitions").at("roleText").dump().find("\"anyOf\""), std::string::npos);
    EXPECT_NE(exact.at("definitions").at("exercise").dump().find("\"oneOf\""), std::string::npos)
        << "the exact form keeps the published union";
    // "const"/"enum" data is never rewritten, even where it looks like a schema.
    const json tricky = {{"const", {{"additionalProperties", false}}}};
    EXPECT_EQ(rewriteSchema(tricky, SchemaForm::Diagnostic), tricky);
}

TEST(ContentSchemaValidator, UnionsOfOtherShapesAreLeftAlone)
{
    const json schema = {{"anyOf", json::array({{{"type", "integer"}}, {{"type", "number"}}})}};
    EXPECT_EQ(rewriteSchema(schema, SchemaForm::Diagnostic), schema);
}

TEST(ContentSchemaValidator, AHugeIdIsRejectedWithoutRunningTheRegexOnIt)
{
    // libstdc++'s std::regex recurses per character; this would overflow the stack unguarded.
    auto doc = readJson(tw::test::fixture("valid-module.json"));
    doc["id"] = std::string(2'000'000, 'a');
    SchemaValidator validator(tw::test::schemaPath());
    const auto problems = validator.validate(doc, "huge.json");
    ASSERT_FALSE(problems.empty());
    EXPECT_TRUE(tw::test::hasProblem(problems, "huge.json", "/id")) << tw::test::describe(problems);
}

TEST(ContentSchemaValidator, EveryStrayPropertyIsNamedNotOnlyTheFirst)
{
    auto doc = readJson(tw::test::fixture("valid-module.json"));
    doc["colour"] = "blue";
    doc["size"] = 3;
    doc["exercises"][0]["prompts"] = json::array(); // not a property of a reading
    SchemaValidator validator(tw::test::schemaPath());
    const auto problems = validator.validate(doc, "stray.json");
    EXPECT_TRUE(tw::test::hasProblem(problems, "stray.json", "/colour")) << tw::test::describe(problems);
    EXPECT_TRUE(tw::test::hasProblem(problems, "stray.json", "/size")) << tw::test::describe(problems);
    EXPECT_TRUE(tw::test::hasProblem(problems, "stray.json", "/exercises/0/prompts")) << tw::test::describe(problems);
}

TEST(ContentSchemaValidator, RefusesToFetchAnythingButASchemaBesideIt)
{
    tw::test::TempDir dir;
    tw::test::writeText(dir / "evil.schema.json", R"({"$id": "https://x.invalid/evil.schema.json",
        "properties": {"a": {"$ref": "https://elsewhere.invalid/passwd"}}})");
    EXPECT_THROW(SchemaValidator(dir / "evil.schema.json"), tw::Error);
}
