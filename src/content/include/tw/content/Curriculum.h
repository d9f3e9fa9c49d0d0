// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::content {

/** @brief The closed set of exercise kinds the app renders generically (see content-guide.md). */
enum class Kind {
    Reading,
    Reflection,
    Scale,
    Checklist,
    Reveal,
    Agreement,
    Conversation,
    Log,
    Commitment,
    Checkin,
    Rewrite,
};
inline constexpr std::array<Kind, 11> kAllKinds = {
    Kind::Reading,
    Kind::Reflection,
    Kind::Scale,
    Kind::Checklist,
    Kind::Reveal,
    Kind::Agreement,
    Kind::Conversation,
    Kind::Log,
    Kind::Commitment,
    Kind::Checkin,
    Kind::Rewrite,
};

/** @brief Whether an exercise is done alone, together, or either way. */
enum class Mode { Alone, Together, Either };

/** @brief Where a module sits in the workbook; packs usually use Extra. */
enum class Section { Start, Understanding, Step, Solo, TooBroken, Sources, Extra };

/** @brief The input type of one log or check-in field. */
enum class FieldType { Text, Scale, Choice, Date };

/** @brief The roles a partner can pick; role variants of a text are keyed by these. */
inline constexpr std::array<std::string_view, 4> kRoles = {"hurt", "involved", "mutual", "solo"};

/** @brief The JSON spelling of each enum value ("too-broken", "checkin", ...). */
std::string_view toString(Kind kind);
std::string_view toString(Mode mode);
std::string_view toString(Section section);
std::string_view toString(FieldType type);
/** @brief The enum value for a JSON spelling, or nullopt for anything else. */
std::optional<Kind> kindFromString(std::string_view text);
std::optional<Mode> modeFromString(std::string_view text);
std::optional<Section> sectionFromString(std::string_view text);
std::optional<FieldType> fieldTypeFromString(std::string_view text);

/**
 * @brief Text shown to the partner using the workbook: a default plus optional variants per role,
 * because the same task often reads differently for the partner who was hurt and the one who
 * broke trust.
 */
struct RoleText {
    std::string defaultText;
    std::map<std::string, std::string> variants; ///< role -> text; never holds "default"

    /** @brief The variant for @p role, or the default when that role has none. */
    [[nodiscard]] const std::string& forRole(std::string_view role) const;
    [[nodiscard]] bool hasVariants() const { return !variants.empty(); }
    /** @brief True before from_json filled it in; kinds that lack the field leave it so. */
    [[nodiscard]] bool empty() const { return defaultText.empty() && variants.empty(); }
};

struct Prompt {
    std::string id;
    RoleText text;
    std::optional<RoleText> hint;
    /** @brief Never shared ("private": true, format version 2): planning notes, say, before sharing a letter. */
    bool isPrivate = false;
};

struct ScaleItem {
    std::string id;
    RoleText label;
    std::string low; ///< anchor text for 0
    std::string high; ///< anchor text for 10
};

struct CheckItem {
    std::string id;
    RoleText text;
    bool concern = false; ///< in a safety checklist, ticking it routes the partner to individual work
};

struct Field {
    std::string id;
    std::string label;
    FieldType type = FieldType::Text;
    std::string low; ///< scale fields only; empty when absent (the schema forbids empty text)
    std::string high; ///< as low
    std::vector<std::string> options; ///< choice fields only
};

struct AgreementArea {
    std::string id;
    std::string title;
    std::vector<std::string> examples;
};

struct Turn {
    std::string id;
    RoleText speaker;
    RoleText listener;
};

struct RewriteExample {
    std::string harsh;
    std::string gentle;
};

/**
 * @brief One exercise with every field the schema allows. Fields of other kinds stay empty.
 * Ids are final: a pack's ids carry the "<packId>:" prefix, and "see"/"resources" hold the
 * resolved full ids, so the app can look them up directly.
 */
struct Exercise {
    std::string id;
    Kind kind = Kind::Reading;
    std::string title;
    int order = 0;
    int minutes = 0;
    Mode mode = Mode::Either;
    std::vector<std::string> roles; ///< empty: every role sees it
    RoleText intro;
    std::vector<std::string> see;

    RoleText body; ///< reading
    std::vector<Prompt> prompts; ///< reflection, reveal
    RoleText afterReveal; ///< reveal
    std::vector<ScaleItem> scaleItems; ///< scale ("items" in JSON)
    std::vector<CheckItem> checkItems; ///< checklist ("items" in JSON)
    std::optional<Prompt> followUp; ///< scale, checklist
    bool safety = false; ///< checklist: the private safety check
    std::string resources; ///< checklist: the help reading; empty when absent
    std::optional<RoleText> concernMessage; ///< checklist
    std::vector<AgreementArea> areas; ///< agreement
    std::optional<int> reviewDays; ///< agreement
    int turnMinutes = 0; ///< conversation
    std::optional<int> breakMinutes; ///< conversation
    std::vector<Turn> turns; ///< conversation
    std::vector<Field> fields; ///< log, checkin
    int everyDays = 0; ///< checkin
    RoleText guidance; ///< commitment, rewrite
    std::vector<RoleText> commitmentExamples; ///< commitment ("examples" in JSON)
    std::vector<RewriteExample> rewriteExamples; ///< rewrite ("examples" in JSON)

    std::string moduleId; ///< the full id of the module holding it
    std::string packId; ///< empty for the default curriculum
    std::string locale; ///< the locale its text actually came from ("en" when a translation lacks it)

    /** @brief False when "roles" is given and does not include @p role. */
    [[nodiscard]] bool visibleTo(std::string_view role) const;
};

struct Module {
    std::string id;
    std::string title;
    Section section = Section::Extra;
    int step = 0; ///< 1-4 when section is Step, else 0
    int order = 0;
    RoleText summary;
    std::vector<Exercise> exercises; ///< in file order, which is strictly increasing "order"
    std::string packId; ///< empty for the default curriculum
    std::string locale; ///< the locale of title and summary
};

/** @brief Metadata of a loaded content pack. */
struct PackInfo {
    std::string id;
    std::string title;
    std::string author;
    std::string version;
    std::string locale; ///< "en" when the pack does not say
    std::string description; ///< optional
};

/**
 * @brief The loaded curriculum: default modules sorted by order, then each accepted pack's
 * modules (packs in load order, each sorted by its own order). Lookups are linear on purpose:
 * a few hundred exercises at most, and a plain vector stays valid when the object is copied.
 */
struct Curriculum {
    std::string locale; ///< the locale that was asked for
    std::vector<Module> modules;
    std::vector<PackInfo> packs;

    [[nodiscard]] const Exercise* findExercise(std::string_view id) const;
    [[nodiscard]] const Module* findModule(std::string_view id) const;
    /** @brief The module holding exercise @p exerciseId, or nullptr. */
    [[nodiscard]] const Module* moduleOf(std::string_view exerciseId) const;
    [[nodiscard]] std::size_t exerciseCount() const;
};

// JSON readers for schema-valid input; they throw nlohmann::json exceptions on anything else,
// which the loader reports as problems. Ids are read as written; namespacing happens in the loader.
void from_json(const nlohmann::json& j, RoleText& text);
void from_json(const nlohmann::json& j, Prompt& prompt);
void from_json(const nlohmann::json& j, ScaleItem& item);
void from_json(const nlohmann::json& j, CheckItem& item);
void from_json(const nlohmann::json& j, Field& field);
void from_json(const nlohmann::json& j, AgreementArea& area);
void from_json(const nlohmann::json& j, Turn& turn);
void from_json(const nlohmann::json& j, RewriteExample& example);
void from_json(const nlohmann::json& j, Exercise& exercise);
void from_json(const nlohmann::json& j, Module& module);
void from_json(const nlohmann::json& j, PackInfo& pack);

} // namespace tw::content
