// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/content/Curriculum.h"

#include "tw/base/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <set>

namespace tw::content {

namespace {

// One table per enum keeps the JSON spelling and the C++ value in a single place.
template <typename E> struct Spelling {
    E value;
    std::string_view text;
};

constexpr std::array<Spelling<Kind>, 11> kKindNames = {{
    {Kind::Reading, "reading"},
    {Kind::Reflection, "reflection"},
    {Kind::Scale, "scale"},
    {Kind::Checklist, "checklist"},
    {Kind::Reveal, "reveal"},
    {Kind::Agreement, "agreement"},
    {Kind::Conversation, "conversation"},
    {Kind::Log, "log"},
    {Kind::Commitment, "commitment"},
    {Kind::Checkin, "checkin"},
    {Kind::Rewrite, "rewrite"},
}};
constexpr std::array<Spelling<Mode>, 3> kModeNames = {{
    {Mode::Alone, "alone"},
    {Mode::Together, "together"},
    {Mode::Either, "either"},
}};
constexpr std::array<Spelling<Section>, 7> kSectionNames = {{
    {Section::Start, "start"},
    {Section::Understanding, "understanding"},
    {Section::Step, "step"},
    {Section::Solo, "solo"},
    {Section::TooBroken, "too-broken"},
    {Section::Sources, "sources"},
    {Section::Extra, "extra"},
}};
constexpr std::array<Spelling<FieldType>, 4> kFieldTypeNames = {{
    {FieldType::Text, "text"},
    {FieldType::Scale, "scale"},
    {FieldType::Choice, "choice"},
    {FieldType::Date, "date"},
}};

template <typename E, std::size_t N> std::string_view nameOf(const std::array<Spelling<E>, N>& table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value) {
            return entry.text;
        }
    }
    return "?";
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<Spelling<E>, N>& table, std::string_view text)
{
    for (const auto& entry : table) {
        if (entry.text == text) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
E readEnum(const nlohmann::json& j, const char* key, const std::array<Spelling<E>, N>& table)
{
    const auto text = j.at(key).get<std::string>();
    const auto value = valueOf(table, text);
    if (!value) {
        throw Error(ErrorKind::InvalidInput, std::string("\"") + key + "\" has an unknown value \"" + text + "\"");
    }
    return *value;
}

// The schema bounds most integers but not "order"; a number that does not fit an int is refused
// here rather than silently wrapped.
int readInt(const nlohmann::json& j, const char* key)
{
    const auto& node = j.at(key);
    if (!node.is_number_integer()) {
        throw Error(ErrorKind::InvalidInput, std::string("\"") + key + "\" must be an integer");
    }
    if (node.is_number_unsigned()) {
        const auto value = node.get<std::uint64_t>();
        if (value > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
            throw Error(ErrorKind::InvalidInput, std::string("\"") + key + "\" is too large");
        }
        return static_cast<int>(value);
    }
    const auto value = node.get<std::int64_t>();
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        throw Error(ErrorKind::InvalidInput, std::string("\"") + key + "\" is out of range");
    }
    return static_cast<int>(value);
}

std::optional<int> readOptionalInt(const nlohmann::json& j, const char* key)
{
    if (!j.contains(key)) {
        return std::nullopt;
    }
    return readInt(j, key);
}

std::string readString(const nlohmann::json& j, const char* key)
{
    return j.at(key).get<std::string>();
}

std::string readOptionalString(const nlohmann::json& j, const char* key)
{
    return j.contains(key) ? j.at(key).get<std::string>() : std::string();
}

template <typename T> std::vector<T> readList(const nlohmann::json& j, const char* key)
{
    std::vector<T> list;
    if (j.contains(key)) {
        for (const auto& element : j.at(key)) {
            list.push_back(element.get<T>());
        }
    }
    return list;
}

template <typename T> std::optional<T> readOptional(const nlohmann::json& j, const char* key)
{
    if (!j.contains(key)) {
        return std::nullopt;
    }
    return j.at(key).get<T>();
}

} // namespace

std::string_view toString(Kind kind)
{
    return nameOf(kKindNames, kind);
}

std::string_view toString(Mode mode)
{
    return nameOf(kModeNames, mode);
}

std::string_view toString(Section section)
{
    return nameOf(kSectionNames, section);
}

std::string_view toString(FieldType type)
{
    return nameOf(kFieldTypeNames, type);
}

std::optional<Kind> kindFromString(std::string_view text)
{
    return valueOf(kKindNames, text);
}

std::optional<Mode> modeFromString(std::string_view text)
{
    return valueOf(kModeNames, text);
}

std::optional<Section> sectionFromString(std::string_view text)
{
    return valueOf(kSectionNames, text);
}

std::optional<FieldType> fieldTypeFromString(std::string_view text)
{
    return valueOf(kFieldTypeNames, text);
}

const std::string& RoleText::forRole(std::string_view role) const
{
    // std::map<std::string, ...> has no heterogeneous find without a transparent comparator; the
    // map holds at most four entries, so a scan is as fast and keeps the public type simple.
    for (const auto& [name, text] : variants) {
        if (name == role) {
            return text;
        }
    }
    return defaultText;
}

bool Exercise::visibleTo(std::string_view role) const
{
    return roles.empty() || std::find(roles.begin(), roles.end(), role) != roles.end();
}

const std::string& Field::labelFor(std::string_view role) const
{
    for (const auto& [name, text] : labelVariants) {
        if (name == role) {
            return text;
        }
    }
    return label;
}

std::vector<ConcernMessage> concernMessages(const Exercise& exercise, const std::vector<std::string>& ticked)
{
    std::set<std::string> groups;
    bool ungrouped = false;
    for (const auto& item : exercise.checkItems) {
        if (!item.concern || std::find(ticked.begin(), ticked.end(), item.id) == ticked.end()) {
            continue;
        }
        if (item.concernGroup.empty()) {
            ungrouped = true;
        } else {
            groups.insert(item.concernGroup);
        }
    }
    std::vector<ConcernMessage> messages;
    for (const auto& group : exercise.concernGroups) {
        if (groups.contains(group.id)) {
            messages.push_back(
                {group.id, group.title, group.message, group.resources.empty() ? exercise.resources : group.resources});
        }
    }
    if (ungrouped) {
        messages.push_back({"", "", exercise.concernMessage, exercise.resources});
    }
    return messages;
}

const Exercise* Curriculum::findExercise(std::string_view id) const
{
    for (const auto& module : modules) {
        for (const auto& exercise : module.exercises) {
            if (exercise.id == id) {
                return &exercise;
            }
        }
    }
    return nullptr;
}

const Module* Curriculum::findModule(std::string_view id) const
{
    for (const auto& module : modules) {
        if (module.id == id) {
            return &module;
        }
    }
    return nullptr;
}

const Module* Curriculum::moduleOf(std::string_view exerciseId) const
{
    for (const auto& module : modules) {
        for (const auto& exercise : module.exercises) {
            if (exercise.id == exerciseId) {
                return &module;
            }
        }
    }
    return nullptr;
}

std::size_t Curriculum::exerciseCount() const
{
    std::size_t count = 0;
    for (const auto& module : modules) {
        count += module.exercises.size();
    }
    return count;
}

void from_json(const nlohmann::json& j, RoleText& text)
{
    text = RoleText{};
    if (j.is_string()) {
        text.defaultText = j.get<std::string>();
        return;
    }
    text.defaultText = readString(j, "default");
    for (const auto& [key, value] : j.items()) {
        if (key == "default") {
            continue;
        }
        if (std::find(kRoles.begin(), kRoles.end(), key) == kRoles.end()) {
            throw Error(ErrorKind::InvalidInput, "unknown role \"" + key + "\"");
        }
        text.variants.emplace(key, value.get<std::string>());
    }
}

void from_json(const nlohmann::json& j, Prompt& prompt)
{
    prompt.id = readString(j, "id");
    prompt.text = j.at("text").get<RoleText>();
    prompt.hint = readOptional<RoleText>(j, "hint");
    prompt.isPrivate = j.value("private", false);
}

void from_json(const nlohmann::json& j, ScaleItem& item)
{
    item.id = readString(j, "id");
    item.label = j.at("label").get<RoleText>();
    item.low = readString(j, "low");
    item.high = readString(j, "high");
}

void from_json(const nlohmann::json& j, CheckItem& item)
{
    item.id = readString(j, "id");
    item.text = j.at("text").get<RoleText>();
    item.concern = j.value("concern", false);
    item.concernGroup = readOptionalString(j, "concernGroup");
}

void from_json(const nlohmann::json& j, ConcernGroup& group)
{
    group.id = readString(j, "id");
    group.title = readOptionalString(j, "title");
    group.message = j.at("message").get<RoleText>();
    group.resources = readOptionalString(j, "resources");
}

void from_json(const nlohmann::json& j, Field& field)
{
    field.id = readString(j, "id");
    // A label is role text since format version 2; a plain string is the version 1 form.
    const auto label = j.at("label").get<RoleText>();
    field.label = label.defaultText;
    field.labelVariants = label.variants;
    field.type = readEnum(j, "type", kFieldTypeNames);
    field.low = readOptionalString(j, "low");
    field.high = readOptionalString(j, "high");
    field.options = readList<std::string>(j, "options");
}

void from_json(const nlohmann::json& j, AgreementArea& area)
{
    area.id = readString(j, "id");
    area.title = readString(j, "title");
    area.examples = readList<std::string>(j, "examples");
}

void from_json(const nlohmann::json& j, Turn& turn)
{
    turn.id = readString(j, "id");
    turn.speaker = j.at("speaker").get<RoleText>();
    turn.listener = j.at("listener").get<RoleText>();
}

void from_json(const nlohmann::json& j, RewriteExample& example)
{
    example.harsh = readString(j, "harsh");
    example.gentle = readString(j, "gentle");
}

void from_json(const nlohmann::json& j, Exercise& exercise)
{
    exercise = Exercise{};
    exercise.id = readString(j, "id");
    exercise.kind = readEnum(j, "kind", kKindNames);
    exercise.title = readString(j, "title");
    exercise.order = readInt(j, "order");
    exercise.minutes = readInt(j, "minutes");
    exercise.mode = readEnum(j, "mode", kModeNames);
    exercise.roles = readList<std::string>(j, "roles");
    exercise.intro = j.at("intro").get<RoleText>();
    exercise.see = readList<std::string>(j, "see");

    // Only the fields of the exercise's own kind are read: "items" and "examples" mean different
    // things in different kinds.
    switch (exercise.kind) {
    case Kind::Reading:
        exercise.body = j.at("body").get<RoleText>();
        break;
    case Kind::Reflection:
        exercise.prompts = readList<Prompt>(j, "prompts");
        break;
    case Kind::Reveal:
        exercise.prompts = readList<Prompt>(j, "prompts");
        exercise.afterReveal = j.at("afterReveal").get<RoleText>();
        break;
    case Kind::Scale:
        exercise.scaleItems = readList<ScaleItem>(j, "items");
        exercise.followUp = readOptional<Prompt>(j, "followUp");
        break;
    case Kind::Checklist:
        exercise.checkItems = readList<CheckItem>(j, "items");
        exercise.followUp = readOptional<Prompt>(j, "followUp");
        exercise.safety = j.value("safety", false);
        exercise.resources = readOptionalString(j, "resources");
        exercise.concernMessage = readOptional<RoleText>(j, "concernMessage");
        exercise.concernGroups = readList<ConcernGroup>(j, "concernGroups");
        break;
    case Kind::Agreement:
        exercise.areas = readList<AgreementArea>(j, "areas");
        exercise.reviewDays = readOptionalInt(j, "reviewDays");
        break;
    case Kind::Conversation:
        exercise.turnMinutes = readInt(j, "turnMinutes");
        exercise.breakMinutes = readOptionalInt(j, "breakMinutes");
        exercise.turns = readList<Turn>(j, "turns");
        break;
    case Kind::Log:
        exercise.fields = readList<Field>(j, "fields");
        break;
    case Kind::Checkin:
        exercise.everyDays = readInt(j, "everyDays");
        exercise.fields = readList<Field>(j, "fields");
        break;
    case Kind::Commitment:
        exercise.guidance = j.at("guidance").get<RoleText>();
        exercise.commitmentExamples = readList<RoleText>(j, "examples");
        break;
    case Kind::Rewrite:
        exercise.guidance = j.at("guidance").get<RoleText>();
        exercise.rewriteExamples = readList<RewriteExample>(j, "examples");
        break;
    }
}

void from_json(const nlohmann::json& j, Module& module)
{
    module = Module{};
    module.id = readString(j, "id");
    module.title = readString(j, "title");
    module.section = readEnum(j, "section", kSectionNames);
    module.step = readOptionalInt(j, "step").value_or(0);
    module.order = readInt(j, "order");
    module.summary = j.at("summary").get<RoleText>();
    module.exercises = readList<Exercise>(j, "exercises");
    for (auto& exercise : module.exercises) {
        exercise.moduleId = module.id;
    }
}

void from_json(const nlohmann::json& j, PackInfo& pack)
{
    pack = PackInfo{};
    pack.id = readString(j, "id");
    pack.title = readString(j, "title");
    pack.author = readString(j, "author");
    pack.version = readString(j, "version");
    pack.locale = j.contains("locale") ? readString(j, "locale") : std::string("en");
    pack.description = readOptionalString(j, "description");
}

} // namespace tw::content
