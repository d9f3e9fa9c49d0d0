// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <regex>

namespace tw::test {
namespace {

std::string quoted(const std::filesystem::path& path)
{
    std::string out = "'";
    for (char c : path.string()) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

std::string output(const std::string& command)
{
    std::string text;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        ADD_FAILURE() << "could not run " << command;
        return text;
    }
    char buffer[8192];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        text.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    EXPECT_EQ(status, 0) << command << " failed; is poppler-utils installed (scripts/lib/common.sh)?";
    return text;
}

} // namespace

std::string pdfText(const std::filesystem::path& pdf, int page)
{
    std::string range;
    if (page > 0) {
        range = " -f " + std::to_string(page) + " -l " + std::to_string(page);
    }
    return output("pdftotext -enc UTF-8" + range + " " + quoted(pdf) + " -");
}

int pdfPageCount(const std::filesystem::path& pdf)
{
    const std::string info = output("pdfinfo " + quoted(pdf));
    std::smatch match;
    static const std::regex pages(R"(Pages:\s+(\d+))");
    return std::regex_search(info, match, pages) ? std::stoi(match[1].str()) : -1;
}

} // namespace tw::test
