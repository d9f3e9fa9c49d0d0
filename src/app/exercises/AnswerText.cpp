// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerText.h"

#include "Dates.h"

#include <QCoreApplication>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace tw::app {
namespace {

using nlohmann::json;

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString valueText(const json& value)
{
    if (value.is_string()) {
        return q(value.get<std::string>());
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? QCoreApplication::translate("AnswerText", "yes")
                                 : QCoreApplication::translate("AnswerText", "no");
    }
    if (value.is_number_integer()) {
        return QString::number(value.get<long long>());
    }
    if (value.is_number()) {
        return QString::number(value.get<double>(), 'g', 3);
    }
    if (value.is_array()) {
        QStringList items;
        for (const auto& v : value) {
            items << valueText(v);
        }
        return items.join(QStringLiteral("; "));
    }
    return q(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

// "followUp" reads "Follow up", "what-i-did" reads "What i did": for keys the exercise no longer names.
QString readable(const std::string& key)
{
    QString out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (c == '-' || c == '_' || c == '.') {
            out += QLatin1Char(' ');
        } else if (c >= 'A' && c <= 'Z' && i > 0) {
            out += QLatin1Char(' ') + QChar::fromLatin1(static_cast<char>(c - 'A' + 'a'));
        } else {
            out += QChar::fromLatin1(c);
        }
    }
    if (!out.isEmpty()) {
        out[0] = out[0].toUpper();
    }
    return out;
}

class Builder {
public:
    Builder(const content::Exercise* exercise, std::string_view role)
        : m_exercise(exercise)
        , m_role(role)
    {
    }

    void add(const std::string& id, const QString& question, const QString& answer)
    {
        m_known.insert(id);
        if (!answer.trimmed().isEmpty()) {
            m_parts.push_back({id, question, answer});
        }
    }

    void prompts(const json& prompts)
    {
        if (m_exercise) {
            for (const auto& p : m_exercise->prompts) {
                const auto it = prompts.find(p.id);
                add(p.id, q(p.text.forRole(m_role)), it != prompts.end() ? valueText(*it) : QString());
            }
        }
        rest(prompts);
    }

    void followUp(const json& body)
    {
        const auto it = body.find("followUp");
        if (it != body.end()) {
            add("followUp",
                m_exercise && m_exercise->followUp ? q(m_exercise->followUp->text.forRole(m_role))
                                                   : QCoreApplication::translate("AnswerText", "Follow-up"),
                valueText(*it));
        }
        m_known.insert("followUp");
    }

    void scale(const json& body)
    {
        const json items = body.value("items", json::object());
        if (m_exercise) {
            for (const auto& item : m_exercise->scaleItems) {
                const auto it = items.find(item.id);
                if (it != items.end() && it->is_number()) {
                    add(item.id, q(item.label.forRole(m_role)),
                        QCoreApplication::translate("AnswerText", "%1 of 10").arg(valueText(*it)));
                }
                m_known.insert(item.id);
            }
        }
        rest(items);
        followUp(body);
    }

    void checklist(const json& body)
    {
        const json ticked = body.value("ticked", json::array());
        QStringList lines;
        if (m_exercise) {
            for (const auto& item : m_exercise->checkItems) {
                if (std::find(ticked.begin(), ticked.end(), json(item.id)) != ticked.end()) {
                    lines << QStringLiteral("\u2022 ") + q(item.text.forRole(m_role));
                }
            }
        }
        add("ticked", QCoreApplication::translate("AnswerText", "Ticked"),
            lines.isEmpty() ? QCoreApplication::translate("AnswerText", "Nothing ticked.")
                            : lines.join(QLatin1Char('\n')));
        followUp(body);
    }

    void rewrite(const json& body)
    {
        // The same words the rewrite editor asks with, so both partners read the same questions.
        add("harsh", QCoreApplication::translate("RewriteEditor", "What I might say when hurt"),
            body.contains("harsh") ? valueText(body.at("harsh")) : QString());
        add("gentle", QCoreApplication::translate("RewriteEditor", "A gentler way to say it"),
            body.contains("gentle") ? valueText(body.at("gentle")) : QString());
        rest(body);
    }

    void fields(const json& body)
    {
        if (m_exercise) {
            for (const auto& f : m_exercise->fields) {
                const auto it = body.find(f.id);
                if (it == body.end()) {
                    m_known.insert(f.id);
                    continue;
                }
                QString answer = valueText(*it);
                if (f.type == content::FieldType::Scale && it->is_number()) {
                    answer = QCoreApplication::translate("AnswerText", "%1 of 10").arg(answer);
                } else if (f.type == content::FieldType::Date && it->is_string()) {
                    answer = isoDayText(it->get<std::string>());
                }
                add(f.id, q(f.label), answer);
            }
        }
        rest(body);
    }

    void commitment(const json& body)
    {
        add("what", QCoreApplication::translate("AnswerText", "What I will do"),
            body.contains("what") ? valueText(body.at("what")) : QString());
        const auto due = body.find("due");
        add("due", QCoreApplication::translate("AnswerText", "By"),
            due != body.end() && due->is_string() ? isoDayText(due->get<std::string>()) : QString());
        const auto outcome = body.find("outcome");
        const std::string state = outcome != body.end() && outcome->is_string() ? outcome->get<std::string>() : "";
        add("outcome", QCoreApplication::translate("AnswerText", "How it went"),
            state == "kept"         ? QCoreApplication::translate("AnswerText", "Kept")
                : state == "missed" ? QCoreApplication::translate("AnswerText", "Missed")
                                    : QString());
        m_known.insert("revision");
        rest(body);
    }

    void agreement(const json& body)
    {
        QString area;
        const auto it = body.find("area");
        if (it != body.end() && it->is_string() && m_exercise) {
            for (const auto& a : m_exercise->areas) {
                if (a.id == it->get<std::string>()) {
                    area = q(a.title);
                }
            }
        }
        add("area", QCoreApplication::translate("AnswerText", "Area"), area);
        add("text", QCoreApplication::translate("AnswerText", "Wording"),
            body.contains("text") ? valueText(body.at("text")) : QString());
        for (const char* bookkeeping : {"revision", "withdrawn", "history"}) {
            m_known.insert(bookkeeping);
        }
        rest(body);
    }

    /** @brief Whatever the exercise does not name, under readable names, after the rest. */
    void rest(const json& object)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string& key = it.key();
            if (m_known.count(key) || key.empty() || key.front() == '_' || key == "pad" || key == "prompts"
                || key == "items" || key == "earlier") {
                continue;
            }
            add(key, readable(key), valueText(it.value()));
        }
    }

    std::vector<AnswerPart> take() { return std::move(m_parts); }

private:
    const content::Exercise* m_exercise;
    std::string_view m_role;
    std::set<std::string> m_known;
    std::vector<AnswerPart> m_parts;
};

} // namespace

std::vector<AnswerPart> answerParts(
    const content::Exercise* exercise, std::string_view authorRole, std::string_view kind, const std::string& body)
{
    const json parsed = json::parse(body, nullptr, false);
    if (!parsed.is_object()) {
        // Not JSON (an old plain-text entry): the words as they are.
        return body.empty() ? std::vector<AnswerPart>{} : std::vector<AnswerPart>{{"", QString(), q(body)}};
    }
    Builder b(exercise, authorRole);
    const auto prompts = parsed.find("prompts");
    if (kind == "commitment") {
        b.commitment(parsed);
    } else if (kind == "agreement-item") {
        b.agreement(parsed);
    } else if (prompts != parsed.end() && prompts->is_object()) {
        b.prompts(*prompts);
        b.followUp(parsed);
        b.rest(parsed);
    } else if (parsed.contains("items")) {
        b.scale(parsed);
    } else if (parsed.contains("ticked")) {
        b.checklist(parsed);
    } else if (parsed.contains("harsh") || parsed.contains("gentle")) {
        b.rewrite(parsed);
    } else if (parsed.contains("notes")) {
        b.add("notes", QCoreApplication::translate("ConversationEditor", "My notes"), valueText(parsed.at("notes")));
        b.rest(parsed);
    } else if (exercise && !exercise->prompts.empty()) {
        b.prompts(parsed); // a reveal answer may be flat: {promptId: text}
    } else {
        b.fields(parsed);
    }
    // Words from before the page had its form (AnswerEditor keeps them), whatever the form is.
    if (const auto earlier = parsed.find("earlier"); earlier != parsed.end() && earlier->is_string()) {
        b.add("earlier", QCoreApplication::translate("AnswerText", "Written earlier"), valueText(*earlier));
    }
    return b.take();
}

QString answerPlainText(const std::vector<AnswerPart>& parts)
{
    QStringList blocks;
    for (const auto& part : parts) {
        blocks << (part.question.isEmpty() ? part.answer : part.question + QLatin1Char('\n') + part.answer);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

bool isNeverShared(const content::Prompt& prompt)
{
    return prompt.isPrivate;
}

bool hasNeverSharedPrompt(const content::Exercise& exercise)
{
    return std::any_of(exercise.prompts.begin(), exercise.prompts.end(), isNeverShared)
        || (exercise.followUp && isNeverShared(*exercise.followUp));
}

bool isWhollyPrivate(const content::Exercise& exercise)
{
    return !exercise.prompts.empty() && std::all_of(exercise.prompts.begin(), exercise.prompts.end(), isNeverShared)
        && (!exercise.followUp || isNeverShared(*exercise.followUp));
}

} // namespace tw::app
