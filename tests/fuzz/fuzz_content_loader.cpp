// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the content loader: bytes are read as a module file (or a single-file pack)
// and put through everything the loader does with a file, under the schema of the document's own
// format version (1 or 2), as the loader picks it. Beyond "never crash" it checks the promises the
// loader makes, and traps when one is broken:
//  - the rewritten forms of the schema give the same verdict as the published one;
//  - a document is valid exactly when no schema problem is reported;
//  - every problem's pointer is a well-formed JSON pointer that exists in the document;
//  - a schema-valid module always becomes a model (no JSON exception from from_json).
#include "FormatVersion.h"
#include "JsonText.h"
#include "ModelChecks.h"
#include "SchemaValidator.h"
#include "tw/base/Error.h"
#include "tw/content/Loader.h"
#include "tw/content/Stats.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using nlohmann::json;
using namespace tw::content;
using namespace tw::content::detail;

namespace {

[[noreturn]] void broken(const char* promise, const std::string& detail)
{
    std::fprintf(stderr, "broken promise: %s\n%s\n", promise, detail.c_str());
    std::abort();
}

void checkPointers(const json& doc, const std::vector<Problem>& problems)
{
    for (const auto& problem : problems) {
        (void)formatProblem(problem);
        try {
            if (!doc.contains(json::json_pointer(problem.pointer))) {
                broken("problem pointers exist in the document", formatProblem(problem));
            }
        } catch (const json::exception& e) {
            broken("problem pointers are well-formed", formatProblem(problem) + "\n" + e.what());
        }
    }
}

struct Harness {
    std::string schemaDir = std::string(TW_CONTENT_DIR) + "/schema/";
    SchemaValidator curriculum{schemaDir + curriculumSchemaName(kCurrentFormatVersion)};
    SchemaValidator pack{schemaDir + packSchemaName(kCurrentFormatVersion)};
    SchemaValidator curriculumV1{schemaDir + curriculumSchemaName(1)};
    SchemaValidator packV1{schemaDir + packSchemaName(1)};
    Curriculum base = loadCurriculum(TW_CONTENT_DIR, "en", {}).curriculum;

    /** @brief The schema the loader would use for @p doc, or nullptr for a version it refuses. */
    SchemaValidator* schemaFor(const json& doc, bool isPack)
    {
        std::vector<Problem> problems;
        const auto version = schemaVersionFor(doc, "fuzz.json", "", problems);
        if (!version) {
            checkPointers(doc, problems);
            return nullptr;
        }
        if (*version == 1) {
            return isPack ? &packV1 : &curriculumV1;
        }
        return isPack ? &pack : &curriculum;
    }
};

// The published schema runs std::regex unguarded, which recurses per character; only documents
// whose strings are all short are compared with it.
bool shortStringsOnly(const json& node)
{
    if (node.is_string()) {
        return node.get_ref<const std::string&>().size() <= 256;
    }
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (key.size() > 256 || !shortStringsOnly(value)) {
                return false;
            }
        }
    }
    if (node.is_array()) {
        return std::all_of(node.begin(), node.end(), [](const json& v) { return shortStringsOnly(v); });
    }
    return true;
}

std::vector<Problem> validated(SchemaValidator& validator, const json& doc)
{
    const auto dump = [&] { return doc.dump(-1, ' ', false, json::error_handler_t::replace); };
    const bool accepted = validator.accepts(doc);
    if (validator.diagnosticAccepts(doc) != accepted) {
        broken("the diagnostic form gives the exact form's verdict", dump());
    }
    if (shortStringsOnly(doc) && validator.publishedAccepts(doc) != accepted) {
        broken("the exact form gives the published schema's verdict", dump());
    }
    auto problems = validator.validate(doc, "fuzz.json");
    if (problems.empty() != accepted) {
        broken("problems are reported exactly for invalid documents", formatProblems(problems));
    }
    checkPointers(doc, problems);
    return problems;
}

void exercise(const Module& module)
{
    Curriculum curriculum;
    curriculum.modules.push_back(module);
    const auto stats = computeStats(curriculum);
    (void)qualityBar(stats);
    json j;
    to_json(j, stats);
    for (const auto& e : module.exercises) {
        for (const auto role : kRoles) {
            (void)e.intro.forRole(role);
            (void)e.visibleTo(role);
        }
        (void)curriculum.findExercise(e.id);
        (void)curriculum.moduleOf(e.id);
        for (const auto& ref : e.see) {
            (void)curriculum.findExercise(ref);
        }
    }
}

// The model and every check that needs no other file, then the set checks as the default
// curriculum and as a pack against the shipped curriculum.
void modelChecks(Harness& h, const json& doc, const std::string& pointer)
{
    SourceModule source{{}, "fuzz.json", pointer};
    try {
        source.module = doc.get<Module>();
    } catch (const tw::Error&) {
        return; // a number beyond int: reported as a problem by the loader
    } catch (const json::exception& e) {
        broken("a schema-valid module always becomes a model", e.what());
    }
    std::vector<Problem> problems;
    checkModule(source, problems);
    std::vector<SourceModule> alone{source};
    checkModuleSet(alone, {}, {}, problems);
    std::vector<SourceModule> asPack{source};
    checkModuleSet(asPack, {}, ReferenceScope{"fuzz", &h.base}, problems);
    auto translated = h.base.modules;
    (void)applyTranslation(translated, source, "de", problems);
    for (const auto& problem : problems) {
        (void)formatProblem(problem);
    }
    exercise(source.module);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Harness h;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = parseJsonText(text, "fuzz.json");
    for (const auto& problem : parsed.problems) {
        (void)formatProblem(problem);
    }
    if (!parsed.parsed) {
        return 0;
    }
    const json& doc = parsed.doc;
    const bool isPack = doc.is_object() && doc.contains("pack");
    auto* schema = h.schemaFor(doc, isPack);
    if (schema == nullptr) {
        return 0;
    }
    if (isPack) {
        if (validated(*schema, doc).empty() && doc.contains("modules")) {
            const auto& modules = doc.at("modules");
            for (std::size_t i = 0; i < modules.size(); ++i) {
                modelChecks(h, modules[i], "/modules/" + std::to_string(i));
            }
        }
        return 0;
    }
    if (validated(*schema, doc).empty()) {
        modelChecks(h, doc, "");
    }
    return 0;
}
