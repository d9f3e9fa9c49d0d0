// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include "tw/base/Error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace tw::content::detail {

namespace {

/**
 * A SAX pass that builds no document: it only tracks where it is (to name duplicate keys by
 * JSON pointer) and how deep, because nlohmann's DOM keeps the last duplicate silently and has no
 * depth limit.
 */
class StrictnessScanner : public nlohmann::json_sax<nlohmann::json> {
public:
    StrictnessScanner(std::string_view text, const std::string& file, std::vector<Problem>& problems)
        : m_text(text)
        , m_file(file)
        , m_problems(problems)
    {
    }

    bool null() override { return value(); }
    bool boolean(bool /*val*/) override { return value(); }
    bool number_integer(number_integer_t /*val*/) override { return value(); }
    bool number_unsigned(number_unsigned_t /*val*/) override { return value(); }
    bool number_float(number_float_t /*val*/, const string_t& /*s*/) override { return value(); }
    bool string(string_t& /*val*/) override { return value(); }
    bool binary(binary_t& /*val*/) override { return value(); }

    bool start_object(std::size_t /*elements*/) override { return open(true); }
    bool start_array(std::size_t /*elements*/) override { return open(false); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override
    {
        Frame& frame = m_stack.back();
        frame.key = name;
        if (!frame.keys.insert(name).second) {
            m_problems.push_back({m_file, pointer(),
                "the key \"" + name
                    + "\" appears more than once in this object; only the last "
                      "one would count (check: duplicate key)"});
        }
        return true;
    }

    bool parse_error(
        std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& error) override
    {
        // position counts the characters read, which ends after the offending token; an editor
        // should land on the token's first character instead. nlohmann spells control characters
        // in the token as "<U+000A>", and then its length says nothing about the text.
        std::size_t offset = position > 0 ? position - 1 : 0;
        if (!lastToken.empty() && lastToken.size() <= position && lastToken.find("<U+") == std::string::npos) {
            offset = position - lastToken.size();
        }
        offset = std::min(offset, m_text.size());
        const auto before = m_text.substr(0, offset);
        const auto lineStart = before.rfind('\n');
        Problem problem{m_file, "", "", 0, 0};
        problem.line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
        problem.column = static_cast<int>(lineStart == std::string_view::npos ? offset : offset - lineStart - 1) + 1;
        problem.message = "syntax error: " + describe(error.what());
        // nlohmann names the grammar; authors think in commas. A value where '}' or ']' was due is
        // almost always a missing comma, and a '}' or ']' where a value was due a trailing one.
        const auto& text = problem.message;
        const bool endOfInput = text.find("end of input") != std::string::npos;
        if (!endOfInput
            && (text.find("; expected '}'") != std::string::npos || text.find("; expected ']'") != std::string::npos)) {
            problem.message += " - is a comma missing before it?";
        } else if (!endOfInput
            && (text.find("unexpected '}'") != std::string::npos || text.find("unexpected ']'") != std::string::npos)) {
            problem.message += " - is there a comma after the last item?";
        }
        m_problems.push_back(std::move(problem));
        m_failed = true;
        return false;
    }

    [[nodiscard]] bool failed() const { return m_failed; }

private:
    struct Frame {
        bool isObject = false;
        std::size_t index = 0;
        std::string key;
        std::set<std::string> keys;
    };

    bool value()
    {
        if (!m_stack.empty() && !m_stack.back().isObject) {
            ++m_stack.back().index;
        }
        return true;
    }

    bool open(bool isObject)
    {
        if (m_stack.size() >= kMaxJsonDepth) {
            m_problems.push_back({m_file, pointer(),
                "nested more than " + std::to_string(kMaxJsonDepth)
                    + " levels deep; content files never need that (check: nesting depth)"});
            m_failed = true;
            return false;
        }
        m_stack.push_back(Frame{isObject, 0, {}, {}});
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return value();
    }

    [[nodiscard]] std::string pointer() const
    {
        std::string result;
        for (const auto& frame : m_stack) {
            result += '/';
            result += frame.isObject ? escapePointerToken(frame.key) : std::to_string(frame.index);
        }
        return result;
    }

    // nlohmann's text is "[json.exception.parse_error.101] parse error at line 3, column 7: <what>";
    // the position is reported separately, so only <what> is kept, cut short because the "last read"
    // part can quote a whole unterminated string.
    static std::string describe(const std::string& what)
    {
        std::string text = what;
        const auto column = text.find("column ");
        if (column != std::string::npos) {
            const auto colon = text.find(": ", column);
            if (colon != std::string::npos) {
                text = text.substr(colon + 2);
            }
        }
        // "syntax error while parsing object - unexpected ..." -> "unexpected ... (in an object)"
        static const std::string kLead = "syntax error while parsing ";
        if (text.starts_with(kLead)) {
            const auto dash = text.find(" - ");
            if (dash != std::string::npos) {
                const auto context = text.substr(kLead.size(), dash - kLead.size());
                const bool vowel = context.find_first_of("aeiou") == 0;
                text = text.substr(dash + 3) + " (in " + (vowel ? "an " : "a ") + context + ")";
            }
        }
        constexpr std::size_t kMaxLength = 160;
        truncateUtf8(text, kMaxLength);
        return text;
    }

    std::string_view m_text;
    const std::string& m_file;
    std::vector<Problem>& m_problems;
    std::vector<Frame> m_stack;
    bool m_failed = false;
};

} // namespace

ParsedJson parseJsonText(std::string_view text, const std::string& file)
{
    ParsedJson result;
    StrictnessScanner scanner(text, file, result.problems);
    const bool scanned = nlohmann::json::sax_parse(text.begin(), text.end(), &scanner);
    if (!scanned || scanner.failed()) {
        return result;
    }
    // The scan proved the text well-formed and shallow, so this cannot throw.
    result.doc = nlohmann::json::parse(text.begin(), text.end());
    result.parsed = true;
    return result;
}

std::string readTextFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::Io, "Cannot read " + path.string() + ": " + std::strerror(errno));
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        throw Error(ErrorKind::Io, "Cannot read " + path.string() + ": read failed");
    }
    return buffer.str();
}

std::string escapePointerToken(std::string_view token)
{
    std::string escaped;
    escaped.reserve(token.size());
    for (const char c : token) {
        if (c == '~') {
            escaped += "~0";
        } else if (c == '/') {
            escaped += "~1";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

void truncateUtf8(std::string& text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes) {
        return;
    }
    text.resize(maxBytes);
    // Never cut a UTF-8 sequence in half: drop continuation bytes, then a dangling lead byte.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0U) == 0x80U) {
        text.pop_back();
    }
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0U) {
        text.pop_back();
    }
    text += "...";
}

} // namespace tw::content::detail
