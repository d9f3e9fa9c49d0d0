// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaValidator.h"

#include "JsonText.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <array>
#include <regex>
#include <set>
#include <string_view>

namespace tw::content::detail {

using nlohmann::json;

namespace {

std::string contextToPointer(const std::vector<std::string>& context)
{
    std::string pointer;
    for (const auto& part : context) {
        if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
            pointer += '/';
            pointer += escapePointerToken(std::string_view(part).substr(1, part.size() - 2));
        }
    }
    return pointer;
}

const json* valueAt(const json& doc, const std::string& pointer)
{
    try {
        const json::json_pointer path(pointer);
        return doc.contains(path) ? &doc.at(path) : nullptr;
    } catch (const json::exception&) {
        return nullptr;
    }
}

std::string lastToken(const std::string& pointer)
{
    const auto slash = pointer.rfind('/');
    std::string token = slash == std::string::npos ? pointer : pointer.substr(slash + 1);
    std::string unescaped;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            unescaped += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            unescaped += token[i];
        }
    }
    return unescaped;
}

std::string parentPointer(const std::string& pointer)
{
    const auto slash = pointer.rfind('/');
    return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

// Quotes a value the author wrote, cut short: messages name the value, they do not repeat a page.
std::string quote(const json* value)
{
    if (value == nullptr) {
        return "the value";
    }
    if (value->is_object()) {
        return "an object";
    }
    if (value->is_array()) {
        return "a list";
    }
    std::string text = value->dump(-1, ' ', false, json::error_handler_t::replace);
    constexpr std::size_t kMax = 48;
    truncateUtf8(text, kMax);
    return text;
}

std::string typeName(const json* value)
{
    if (value == nullptr) {
        return "this value";
    }
    switch (value->type()) {
    case json::value_t::string:
        return "a string";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "a whole number";
    case json::value_t::number_float:
        return "a number";
    case json::value_t::boolean:
        return "true/false";
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    default:
        return "this value";
    }
}

// valijson prints limits with std::to_string(double), e.g. "240.000000".
std::string trimNumber(std::string number)
{
    if (number.find('.') != std::string::npos) {
        while (!number.empty() && number.back() == '0') {
            number.pop_back();
        }
        if (!number.empty() && number.back() == '.') {
            number.pop_back();
        }
    }
    return number;
}

std::string afterPrefix(const std::string& text, const std::string& prefix)
{
    return text.substr(prefix.size());
}

std::string firstNumber(const std::string& text)
{
    static const std::regex kNumber(R"(-?[0-9]+(\.[0-9]+)?)");
    std::smatch match;
    return std::regex_search(text, match, kNumber) ? trimNumber(match.str()) : std::string();
}

bool isStructural(const std::string& description)
{
    static const std::array<std::string_view, 9> kSummaries = {
        "Failed to validate against child schema",
        "Failed to validate item #",
        "Failed to validate against any",
        "Failed to validate against exactly one",
        "Failed to validate against a conditional schema",
        "Failed to validate against schema associated with",
        "Failed to validate against additional properties schema",
        "Failed to validate against dependent schema",
        "Cannot validate item #",
    };
    return std::any_of(
        kSummaries.begin(), kSummaries.end(), [&](std::string_view prefix) { return description.starts_with(prefix); });
}

struct Translated {
    std::string pointer;
    std::string message;
};

// One valijson description becomes "what is wrong (schema: rule)". Unknown texts pass through, so
// a newer valijson can only make messages plainer, never drop a problem.
// The hint recorded for the property (or list item) at @p pointer, or null.
// The keyword is a view taken by value: with a `const std::string&` every call with a literal bound a
// temporary, and GCC 14's -Wdangling-reference took the returned reference for one into it.
const json& hintFor(const EnumHints& hints, std::string_view keyword, const std::string& pointer)
{
    static const json kNone;
    auto key = lastToken(pointer);
    if (!key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        key = lastToken(parentPointer(pointer)) + "[]";
    }
    const auto it = hints.find(std::string(keyword) + ":" + key);
    return it == hints.end() ? kNone : it->second;
}

std::string allowedList(const EnumHints& hints, const std::string& pointer)
{
    const json& values = hintFor(hints, "enum", pointer);
    if (!values.is_array() || values.empty()) {
        return {};
    }
    std::string list;
    for (const auto& value : values) {
        list += (list.empty() ? "" : ", ") + (value.is_string() ? value.get<std::string>() : value.dump());
    }
    return ": " + list;
}

Translated translate(const json& doc, const EnumHints& hints, std::string pointer, const std::string& description)
{
    const json* value = valueAt(doc, pointer);
    const auto rule = [](const char* name) { return std::string(" (schema: ") + name + ")"; };

    static const std::string kRequired = "Missing required property '";
    static const std::string kUnwanted
        = "Object contains a property that could not be validated using 'properties' or 'additionalProperties' "
          "constraints: '";
    if (description.starts_with(kRequired)) {
        auto name = afterPrefix(description, kRequired);
        name = name.substr(0, name.rfind('\''));
        return {pointer, "missing required property \"" + name + "\"" + rule("required")};
    }
    if (description.starts_with(kUnwanted)) {
        auto name = afterPrefix(description, kUnwanted);
        name = name.substr(0, name.rfind('\''));
        return {pointer + "/" + escapePointerToken(name),
            "property \"" + name + "\" is not allowed here" + rule("additionalProperties")};
    }
    if (description.starts_with("Target should not validate against schema specified in 'not'")) {
        const json* parent = valueAt(doc, parentPointer(pointer));
        if (parent != nullptr && parent->is_object() && !pointer.empty() && parent->contains(lastToken(pointer))) {
            std::string where = "here";
            if (parent->contains("kind") && parent->at("kind").is_string()) {
                where = "in a \"" + parent->at("kind").get<std::string>() + "\" exercise";
            }
            return {pointer,
                "property \"" + lastToken(pointer) + "\" is not allowed " + where + rule("allowed properties")};
        }
        return {pointer, "must not match the schema under \"not\"" + rule("not")};
    }
    if (description.starts_with("Value type not permitted")) {
        return {pointer, "wrong type: " + typeName(value) + " is not allowed here" + rule("type")};
    }
    if (description.starts_with("Failed to match against any enum values")) {
        return {
            pointer, quote(value) + " is not one of the allowed values" + allowedList(hints, pointer) + rule("enum")};
    }
    if (description.starts_with("Failed to match expected value set by 'const'")) {
        return {pointer, quote(value) + " is not the required value" + rule("const")};
    }
    if (description.starts_with("Failed to match regex specified by 'pattern'")) {
        if (value != nullptr && value->is_string()) {
            const auto text = value->get<std::string>();
            if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); })) {
                return {pointer, "text must not be empty or only spaces" + rule("pattern")};
            }
        }
        const json& pattern = hintFor(hints, "pattern", pointer);
        const std::string form = pattern.is_string() ? " " + pattern.get<std::string>() : std::string();
        return {pointer, quote(value) + " does not have the required form" + form + rule("pattern")};
    }
    if (description.starts_with("String should be no fewer than")) {
        const auto n = firstNumber(description);
        return {pointer,
            (n == "1" ? std::string("text must not be empty") : "text must have at least " + n + " characters")
                + rule("minLength")};
    }
    if (description.starts_with("String should be no more than")) {
        return {pointer, "text is longer than " + firstNumber(description) + " characters" + rule("maxLength")};
    }
    if (description.starts_with("Array should contain no fewer than")) {
        const auto n = firstNumber(description);
        return {pointer,
            (n == "1" ? std::string("list must not be empty") : "list needs at least " + n + " items")
                + rule("minItems")};
    }
    if (description.starts_with("Array should contain no more than")) {
        return {pointer, "list has more than " + firstNumber(description) + " items" + rule("maxItems")};
    }
    if (description.starts_with("Expected number greater than or equal to")) {
        return {pointer, quote(value) + " is less than the minimum of " + firstNumber(description) + rule("minimum")};
    }
    if (description.starts_with("Expected number greater than")) {
        return {pointer, quote(value) + " must be greater than " + firstNumber(description) + rule("exclusiveMinimum")};
    }
    if (description.starts_with("Expected number less than or equal to")) {
        return {pointer, quote(value) + " is more than the maximum of " + firstNumber(description) + rule("maximum")};
    }
    if (description.starts_with("Expected number less than")) {
        return {pointer, quote(value) + " must be less than " + firstNumber(description) + rule("exclusiveMaximum")};
    }
    if (description.starts_with("Elements at indexes #")) {
        return {pointer,
            description.substr(0, description.find(" violate")) + " are the same; each may appear once"
                + rule("uniqueItems")};
    }
    std::string plain = description;
    if (!plain.empty() && plain.back() == '.') {
        plain.pop_back();
    }
    return {pointer, plain + " (schema)"};
}

// Pointer order with array indices compared as numbers, so /exercises/2 comes before /exercises/10.
bool pointerLess(const std::string& a, const std::string& b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const auto endA = std::min(a.find('/', i + 1), a.size());
        const auto endB = std::min(b.find('/', j + 1), b.size());
        const std::string_view tokenA(a.data() + i, endA - i);
        const std::string_view tokenB(b.data() + j, endB - j);
        const auto isNumber = [](std::string_view t) {
            return t.size() > 1 && t.size() < 12
                && std::all_of(t.begin() + 1, t.end(), [](char c) { return c >= '0' && c <= '9'; });
        };
        if (tokenA != tokenB) {
            if (isNumber(tokenA) && isNumber(tokenB)) {
                return std::stoll(std::string(tokenA.substr(1))) < std::stoll(std::string(tokenB.substr(1)));
            }
            return tokenA < tokenB;
        }
        i = endA;
        j = endB;
    }
    return a.size() - i < b.size() - j;
}

std::vector<Problem> toProblems(
    const json& doc, const EnumHints& hints, const valijson::ValidationResults& results, const std::string& file)
{
    std::vector<Translated> specific;
    std::vector<Translated> summaries;
    for (const auto& error : results) {
        auto pointer = contextToPointer(error.context);
        if (isStructural(error.description)) {
            summaries.push_back(translate(doc, hints, std::move(pointer), error.description));
        } else {
            specific.push_back(translate(doc, hints, std::move(pointer), error.description));
        }
    }
    // Summaries only repeat that something below failed; they are kept only if nothing else was said.
    auto& chosen = specific.empty() ? summaries : specific;
    std::vector<Problem> problems;
    std::set<std::pair<std::string, std::string>> seen;
    for (auto& item : chosen) {
        if (seen.emplace(item.pointer, item.message).second) {
            problems.push_back({file, std::move(item.pointer), std::move(item.message)});
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
        [](const Problem& a, const Problem& b) { return pointerLess(a.pointer, b.pointer); });
    return problems;
}

bool isSchemaFileName(const std::string& name)
{
    static const std::regex kName("[a-z][a-z0-9-]*\\.schema\\.json");
    return std::regex_match(name, kName);
}

json loadSchemaFile(const std::filesystem::path& path)
{
    const auto parsed = parseJsonText(readTextFile(path), path.string());
    if (!parsed.parsed || !parsed.problems.empty()) {
        throw Error(ErrorKind::InvalidInput, "The schema is damaged:\n" + formatProblems(parsed.problems));
    }
    return parsed.doc;
}

void populate(
    valijson::Schema& schema, const json& doc, const std::filesystem::path& dir, SchemaForm form, EnumHints* hints)
{
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    // Only schema files beside this one can be referenced: a schema never reaches out further.
    const auto fetch = [&dir, form, hints](const std::string& uri) -> const json* {
        auto name = uri.substr(uri.rfind('/') + 1);
        name = name.substr(0, name.find('#'));
        if (!isSchemaFileName(name)) {
            throw Error(
                ErrorKind::InvalidInput, "The schema refers to \"" + uri + "\", which is not a schema file beside it.");
        }
        return new json(rewriteSchema(loadSchemaFile(dir / name), form, hints));
    };
    const auto release = [](const json* fetched) { delete fetched; };
    try {
        parser.populateSchema(adapter, schema, fetch, release);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(ErrorKind::InvalidInput, std::string("The schema cannot be used: ") + e.what());
    }
}

} // namespace

struct SchemaValidator::Impl {
    valijson::Schema published;
    valijson::Schema exact;
    valijson::Schema diagnostic;
    valijson::Validator validator; // holds the compiled-regex cache, shared by all three schemas
    EnumHints hints;
};

SchemaValidator::SchemaValidator(const std::filesystem::path& schemaFile)
    : m_impl(std::make_unique<Impl>())
{
    const json schema = loadSchemaFile(schemaFile);
    populate(m_impl->published, schema, schemaFile.parent_path(), SchemaForm::Published, nullptr);
    populate(
        m_impl->exact, rewriteSchema(schema, SchemaForm::Exact), schemaFile.parent_path(), SchemaForm::Exact, nullptr);
    populate(m_impl->diagnostic, rewriteSchema(schema, SchemaForm::Diagnostic, &m_impl->hints),
        schemaFile.parent_path(), SchemaForm::Diagnostic, &m_impl->hints);
}

SchemaValidator::~SchemaValidator() = default;

bool SchemaValidator::accepts(const json& doc)
{
    return m_impl->validator.validate(m_impl->exact, valijson::adapters::NlohmannJsonAdapter(doc), nullptr);
}

bool SchemaValidator::publishedAccepts(const json& doc)
{
    return m_impl->validator.validate(m_impl->published, valijson::adapters::NlohmannJsonAdapter(doc), nullptr);
}

bool SchemaValidator::diagnosticAccepts(const json& doc)
{
    return m_impl->validator.validate(m_impl->diagnostic, valijson::adapters::NlohmannJsonAdapter(doc), nullptr);
}

std::vector<Problem> SchemaValidator::validate(const json& doc, const std::string& file)
{
    const valijson::adapters::NlohmannJsonAdapter adapter(doc);
    const bool valid = accepts(doc);
    valijson::ValidationResults results;
    m_impl->validator.validate(m_impl->diagnostic, adapter, &results);
    auto problems = toProblems(doc, m_impl->hints, results, file);
    if (valid == problems.empty()) {
        return problems;
    }
    // The diagnostic form is meant to agree always (the fuzz target checks it); if it ever does
    // not, the published rules decide and their raw messages are shown.
    tw::log::get("content")->warn("schema diagnostics disagreed with the schema; reporting raw results");
    if (valid) {
        return {};
    }
    valijson::ValidationResults exactResults;
    m_impl->validator.validate(m_impl->exact, adapter, &exactResults);
    problems = toProblems(doc, m_impl->hints, exactResults, file);
    if (problems.empty()) {
        problems.push_back({file, "", "does not match the schema (schema)"});
    }
    return problems;
}

} // namespace tw::content::detail
