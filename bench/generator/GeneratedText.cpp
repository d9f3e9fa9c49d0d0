// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratedText.h"

#include <algorithm>

namespace tw::bench {
namespace {

const std::vector<std::string> kOpeners = {"", "", "Today ", "This morning ", "After dinner ", "On the way home ",
    "Late at night ", "At our weekly meeting ", "Over the weekend ", "Before work "};
const std::vector<std::string> kSubjects = {"I", "I", "we", "we", "my partner", "Sam", "Alex"};
const std::vector<std::string> kVerbs = {"noticed", "talked about", "kept thinking about", "asked about",
    "felt calmer about", "avoided", "wrote down", "apologised for", "listened to", "laughed about", "came back to",
    "made a plan for", "was honest about", "got quiet about"};
const std::vector<std::string> kObjects = {"the unanswered message", "the late meeting", "the old password",
    "the plans for Saturday", "what happened in spring", "the phone left face down", "the promise about money",
    "the walk we skipped", "the list of questions", "the trip to visit family", "the way the argument started",
    "the calendar on the fridge", "the quiet drive home", "our first year", "the letter", "the bank statement"};
const std::vector<std::string> kTails = {"", "", " and it went better than I expected", " but my chest still tightened",
    " and we both stayed at the table", " without raising our voices", " and I said what I needed",
    " though I wanted to leave the room", " and we agreed to try again tomorrow", " and it felt ordinary for once",
    " until the old fear came back", " and I noticed I was breathing slowly"};

std::string capitalised(std::string text)
{
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') {
        text.front() = static_cast<char>(text.front() - 'a' + 'A');
    }
    return text;
}

int wordCount(const std::string& text)
{
    return static_cast<int>(std::count(text.begin(), text.end(), ' ')) + (text.empty() ? 0 : 1);
}

} // namespace

GeneratedText::GeneratedText(std::uint32_t seed)
    : m_random(seed)
{
}

int GeneratedText::number(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

bool GeneratedText::chance(double probability)
{
    return std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
}

std::string GeneratedText::sentence()
{
    return capitalised(pick(kOpeners) + pick(kSubjects) + " " + pick(kVerbs) + " " + pick(kObjects) + pick(kTails))
        + ".";
}

std::string GeneratedText::passage(int words)
{
    std::string text;
    int count = 0;
    int inParagraph = 0;
    const int paragraphLength = number(3, 6);
    while (count < words) {
        if (!text.empty()) {
            text += inParagraph >= paragraphLength ? "\n\n" : " ";
            inParagraph = inParagraph >= paragraphLength ? 0 : inParagraph;
        }
        const std::string next = sentence();
        count += wordCount(next);
        text += next;
        ++inParagraph;
    }
    return text;
}

} // namespace tw::bench
