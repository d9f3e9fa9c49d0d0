// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaRewrite.h"

#include <algorithm>
#include <array>
#include <deque>
#include <set>

namespace tw::content::detail {

using nlohmann::json;

namespace {

// A subschema that fails for every value. As the additionalProperties subschema it makes valijson
// report each unexpected property at its own pointer (with "false" it names only the first one).
json forbidden()
{
    return json{{"not", json::object()}};
}

void appendAllOf(json& node, json constraint)
{
    if (!node.contains("allOf")) {
        node["allOf"] = json::array();
    }
    node["allOf"].push_back(std::move(constraint));
}

const json* resolveLocal(const json& branch, const json& root)
{
    if (!branch.is_object()) {
        return nullptr;
    }
    const auto ref = branch.find("$ref");
    if (ref == branch.end()) {
        return &branch;
    }
    if (!ref->is_string()) {
        return nullptr;
    }
    const auto target = ref->get<std::string>();
    if (!target.starts_with("#")) {
        return nullptr; // another document: not inspected, so its union is left alone
    }
    try {
        const json::json_pointer pointer(target.substr(1));
        return root.contains(pointer) ? &root.at(pointer) : nullptr;
    } catch (const json::exception&) {
        return nullptr;
    }
}

// libstdc++'s std::regex matches recursively, one stack frame per character, so a pattern is only
// tried on strings the schema's own maxLength already admits. Accepts exactly the same strings.
void guardPattern(json& node)
{
    if (!node.contains("pattern") || !node.contains("maxLength") || !node.at("maxLength").is_number_unsigned()) {
        return;
    }
    json guarded{{"if", {{"maxLength", node.at("maxLength")}}}, {"then", {{"pattern", node.at("pattern")}}}};
    node.erase("pattern");
    appendAllOf(node, std::move(guarded));
}

// "propertyNames": {"enum": [...]} fails silently in valijson; the same rule written as
// properties + a failing additionalProperties subschema names every stray property.
void spellPropertyNames(json& node)
{
    const auto names = node.find("propertyNames");
    if (names == node.end() || !names->is_object() || names->size() != 1 || !names->contains("enum")
        || node.contains("additionalProperties") || node.contains("patternProperties")) {
        return;
    }
    const json& allowed = names->at("enum");
    if (!allowed.is_array()
        || !std::all_of(allowed.begin(), allowed.end(), [](const json& n) { return n.is_string(); })) {
        return;
    }
    json properties = node.value("properties", json::object());
    for (const auto& [key, value] : properties.items()) {
        if (std::find(allowed.begin(), allowed.end(), json(key)) == allowed.end()) {
            return; // a listed property the names forbid: the two spellings would differ
        }
    }
    for (const auto& name : allowed) {
        const auto key = name.get<std::string>();
        if (!properties.contains(key)) {
            properties[key] = json::object();
        }
    }
    node["properties"] = std::move(properties);
    node["additionalProperties"] = forbidden();
    node.erase("propertyNames");
}

void spellAdditionalProperties(json& node)
{
    const auto additional = node.find("additionalProperties");
    if (additional != node.end() && additional->is_boolean() && !additional->get<bool>()) {
        *additional = forbidden();
    }
}

// "not": {"required": ["step"]} is reported by valijson as "should not validate against 'not'";
// forbidding the property itself says which one.
void spellNotRequired(json& node)
{
    const auto negated = node.find("not");
    if (negated == node.end() || !negated->is_object() || negated->size() != 1 || !negated->contains("required")) {
        return;
    }
    const json& required = negated->at("required");
    if (!required.is_array() || required.size() != 1 || !required.at(0).is_string()) {
        return;
    }
    json constraint{{"properties", {{required.at(0).get<std::string>(), forbidden()}}}};
    node.erase("not");
    appendAllOf(node, std::move(constraint));
}

// An "if" that tests a property's value also holds when the property is absent, so a module
// without "section" was told it lacks "step". When the same node requires that property anyway,
// adding it to the condition changes no verdict and leaves only the true complaint.
void requireTestedProperty(json& node)
{
    if (!node.contains("if") || !node.at("if").is_object() || !node.contains("required")
        || !node.at("required").is_array()) {
        return;
    }
    json& condition = node.at("if");
    if (!condition.contains("properties") || !condition.at("properties").is_object()
        || condition.contains("required")) {
        return;
    }
    json tested = json::array();
    for (const auto& [name, rule] : condition.at("properties").items()) {
        const auto& required = node.at("required");
        if (std::find(required.begin(), required.end(), json(name)) == required.end()) {
            return;
        }
        tested.push_back(name);
    }
    condition["required"] = std::move(tested);
}

// For a oneOf/anyOf whose branches differ by JSON type: check the type once, then only the branch
// for that type. Exact, since no value has two JSON types.
bool dispatchOnType(json& node, const std::string& keyword, const std::vector<const json*>& resolved)
{
    std::set<std::string> types;
    for (const json* branch : resolved) {
        if (branch == nullptr || !branch->contains("type") || !branch->at("type").is_string()) {
            return false;
        }
        types.insert(branch->at("type").get<std::string>());
    }
    if (types.size() != resolved.size() || (types.contains("number") && types.contains("integer"))) {
        return false;
    }
    // Copied out first: inline branches live inside node, and erasing the keyword destroys them.
    json branches = node.at(keyword);
    json allowed = json::array();
    for (const json* branch : resolved) {
        allowed.push_back(branch->at("type"));
    }
    node.erase(keyword);
    appendAllOf(node, json{{"type", allowed}});
    for (std::size_t i = 0; i < branches.size(); ++i) {
        appendAllOf(node, json{{"if", {{"type", allowed.at(i)}}}, {"then", branches.at(i)}});
    }
    return true;
}

// For a oneOf/anyOf whose branches each fix one property with "const" (the exercise kind): check
// that property once, then only the branch it names. Values matching no branch get one friendly
// enum error here instead of every branch's errors; that is the part that is not exact.
bool dispatchOnConst(json& node, const std::string& keyword, const std::vector<const json*>& resolved)
{
    const json* first = resolved.front();
    if (first == nullptr || !first->contains("properties") || !first->at("properties").is_object()) {
        return false;
    }
    for (const auto& [property, rule] : first->at("properties").items()) {
        if (!rule.is_object() || !rule.contains("const")) {
            continue;
        }
        json values = json::array();
        bool usable = true;
        for (const json* branch : resolved) {
            const json* constant = nullptr;
            if (branch != nullptr && branch->contains("properties") && branch->at("properties").is_object()
                && branch->at("properties").contains(property) && branch->at("properties").at(property).is_object()
                && branch->at("properties").at(property).contains("const")) {
                constant = &branch->at("properties").at(property).at("const");
            }
            if (constant == nullptr || std::find(values.begin(), values.end(), *constant) != values.end()) {
                usable = false;
                break;
            }
            values.push_back(*constant);
        }
        if (!usable) {
            continue;
        }
        // property may name a key inside node, which erase() below destroys: keep a copy.
        const std::string discriminator = property;
        json branches = node.at(keyword);
        node.erase(keyword);
        appendAllOf(node, json{{"required", {discriminator}}, {"properties", {{discriminator, {{"enum", values}}}}}});
        for (std::size_t i = 0; i < branches.size(); ++i) {
            appendAllOf(node,
                json{{"if",
                         {{"required", {discriminator}}, {"properties", {{discriminator, {{"const", values.at(i)}}}}}}},
                    {"then", branches.at(i)}});
        }
        return true;
    }
    return false;
}

void dispatchUnions(json& node, const json& root)
{
    for (const std::string keyword : {"oneOf", "anyOf"}) {
        if (!node.contains(keyword) || !node.at(keyword).is_array() || node.at(keyword).size() < 2) {
            continue;
        }
        std::vector<const json*> resolved;
        for (const auto& branch : node.at(keyword)) {
            resolved.push_back(resolveLocal(branch, root));
        }
        if (!dispatchOnType(node, keyword, resolved)) {
            dispatchOnConst(node, keyword, resolved);
        }
    }
}

// Calls @p fn on every direct subschema of @p node and returns a copy holding the results. Only
// keywords that hold subschemas are visited: "const", "enum" and "default" hold data, which must
// stay exactly as written even if it looks like a schema.
template <typename Fn> json mapSubschemas(const json& node, Fn&& fn)
{
    static const std::set<std::string> kSchemaMaps = {"properties", "patternProperties", "definitions"};
    static const std::set<std::string> kSchemaLists = {"allOf", "anyOf", "oneOf"};
    static const std::set<std::string> kSchemas
        = {"additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else"};
    json out = json::object();
    for (const auto& [key, value] : node.items()) {
        if (kSchemaMaps.contains(key) && value.is_object()) {
            json map = json::object();
            for (const auto& [name, subschema] : value.items()) {
                map[name] = fn(key, name, subschema);
            }
            out[key] = std::move(map);
        } else if ((kSchemaLists.contains(key) || key == "items") && value.is_array()) {
            json list = json::array();
            for (const auto& subschema : value) {
                list.push_back(fn(key, std::string(), subschema));
            }
            out[key] = std::move(list);
        } else if (kSchemas.contains(key) || key == "items") {
            out[key] = fn(key, std::string(), value);
        } else if (key == "dependencies" && value.is_object()) {
            json deps = json::object();
            for (const auto& [name, dependency] : value.items()) {
                deps[name] = dependency.is_object() ? fn(key, name, dependency) : dependency;
            }
            out[key] = std::move(deps);
        } else {
            out[key] = value;
        }
    }
    return out;
}

class Rewriter {
public:
    Rewriter(const json& root, SchemaForm form, EnumHints* hints)
        : m_root(root)
        , m_form(form)
        , m_hints(hints)
    {
    }

    json rewrite(const json& node)
    {
        if (!node.is_object()) {
            return node;
        }
        json out = mapSubschemas(node, [this](const std::string& keyword, const std::string& name, const json& child) {
            if (keyword == "properties") {
                noteEnum(name, child);
            }
            return rewrite(child);
        });
        guardPattern(out);
        requireTestedProperty(out);
        spellPropertyNames(out);
        spellAdditionalProperties(out);
        spellNotRequired(out);
        if (m_form == SchemaForm::Diagnostic) {
            dispatchUnions(out, m_root);
        }
        return out;
    }

private:
    // Remembers the allowed values ("enum") and form ("pattern") of properties such as "kind" and
    // "id", and of list items as "roles[]", so a message can say what was expected. A name used
    // with two different rules gets no hint rather than a wrong one.
    void noteEnum(const std::string& name, const json& subschema)
    {
        if (m_hints == nullptr) {
            return;
        }
        const auto note = [&](const std::string& key, const json* rule) {
            if (rule == nullptr || !rule->is_object()) {
                return;
            }
            for (const char* keyword : {"enum", "pattern"}) {
                if (rule->contains(keyword)) {
                    const auto [it, inserted] = m_hints->emplace(keyword + (":" + key), rule->at(keyword));
                    if (!inserted && it->second != rule->at(keyword)) {
                        it->second = json();
                    }
                }
            }
        };
        const json* rule = resolveLocal(subschema, m_root);
        note(name, rule);
        if (rule != nullptr && rule->is_object() && rule->contains("items")) {
            note(name + "[]", resolveLocal(rule->at("items"), m_root));
        }
    }

    const json& m_root;
    SchemaForm m_form;
    EnumHints* m_hints;
};

// Keywords that only mean something together; two members may not each bring one of a group.
bool clashes(const json& node, const json& member)
{
    static const std::array<std::set<std::string>, 3> kGroups = {{
        {"properties", "patternProperties", "additionalProperties"},
        {"if", "then", "else"},
        {"items", "additionalItems"},
    }};
    for (const auto& [key, value] : member.items()) {
        if (key != "allOf" && node.contains(key)) {
            return true;
        }
    }
    for (const auto& group : kGroups) {
        const auto has = [&](const json& j) {
            return std::any_of(group.begin(), group.end(), [&](const std::string& k) { return j.contains(k); });
        };
        if (has(node) && has(member)) {
            return true;
        }
    }
    return false;
}

// valijson stops an allOf at its first failing member even while collecting results, so an
// exercise with a bad "mode" (in the common part) would hide every error of its kind's part.
// Members whose keywords do not overlap are merged into the node itself, where valijson checks
// every keyword; A and B together mean the same as allOf [A, B].
void hoistAllOf(json& node, const json& root)
{
    if (!node.contains("allOf") || !node.at("allOf").is_array() || node.contains("$ref")) {
        return;
    }
    std::deque<json> work(node.at("allOf").begin(), node.at("allOf").end());
    node.erase("allOf");
    json kept = json::array();
    while (!work.empty()) {
        json member = std::move(work.front());
        work.pop_front();
        json candidate = member;
        if (candidate.is_object() && candidate.size() == 1 && candidate.contains("$ref")) {
            const json* target = resolveLocal(candidate, root);
            if (target != nullptr && target->is_object()) {
                candidate = *target;
            }
        }
        if (!candidate.is_object() || candidate.contains("$ref") || candidate.contains("$id")
            || clashes(node, candidate)) {
            kept.push_back(std::move(member));
            continue;
        }
        if (candidate.contains("allOf") && candidate.at("allOf").is_array()) {
            const auto& inner = candidate.at("allOf");
            work.insert(work.begin(), inner.begin(), inner.end());
            candidate.erase("allOf");
        }
        for (auto& [key, value] : candidate.items()) {
            node[key] = value;
        }
    }
    if (!kept.empty()) {
        node["allOf"] = std::move(kept);
    }
}

json hoistEverywhere(const json& node, const json& root)
{
    if (!node.is_object()) {
        return node;
    }
    json out = mapSubschemas(node,
        [&root](const std::string&, const std::string&, const json& child) { return hoistEverywhere(child, root); });
    hoistAllOf(out, root);
    return out;
}

} // namespace

json rewriteSchema(const json& schema, SchemaForm form, EnumHints* hints)
{
    if (form == SchemaForm::Published) {
        return schema;
    }
    const json rewritten = Rewriter(schema, form, hints).rewrite(schema);
    return form == SchemaForm::Diagnostic ? hoistEverywhere(rewritten, rewritten) : rewritten;
}

} // namespace tw::content::detail
