// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TherapistSupport.h"

#include "Calendar.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/crypto/Encoding.h"

#include <ctime>

namespace tw::workbook::detail {

using nlohmann::json;

std::vector<std::uint8_t> readInputFile(const std::filesystem::path& path, std::size_t maxBytes, const char* what)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw Error(ErrorKind::Io, std::string(what) + " " + path.string() + " does not exist or is not a file.");
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        throw Error(ErrorKind::Io, "Could not read " + path.string() + ": " + ec.message() + ".");
    }
    if (size > maxBytes) {
        throw Error(ErrorKind::InvalidInput,
            std::string(what) + " " + path.string() + " is too large (" + std::to_string(size) + " bytes; at most "
                + std::to_string(maxBytes) + "). It is not a file Trustwork wrote.");
    }
    auto bytes = readFile(path);
    // The file may have grown between the size check and the read.
    if (bytes.size() > maxBytes) {
        throw Error(ErrorKind::InvalidInput, std::string(what) + " " + path.string() + " is too large.");
    }
    return bytes;
}

void invalidFile(const char* fileWhat, const std::string& detail)
{
    throw Error(ErrorKind::InvalidInput, std::string(fileWhat) + " is damaged or was tampered with: " + detail + ".");
}

std::vector<std::uint8_t> strictBase64(const json& node, std::size_t expectedSize, const char* what)
{
    if (!node.is_string()) {
        throw Error(ErrorKind::InvalidInput, std::string(what) + " is not base64 text.");
    }
    const auto& text = node.get_ref<const std::string&>();
    auto bytes = crypto::fromBase64(text);
    if (!bytes || crypto::toBase64(*bytes) != text) {
        throw Error(ErrorKind::InvalidInput, std::string(what) + " is not valid base64.");
    }
    if (expectedSize != 0 && bytes->size() != expectedSize) {
        throw Error(ErrorKind::InvalidInput, std::string(what) + " has the wrong length.");
    }
    return *bytes;
}

std::string boundedString(const json& object, const char* key, std::size_t maxLength, const char* what, bool required)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required) {
            throw Error(ErrorKind::InvalidInput, std::string(what) + " is missing.");
        }
        return {};
    }
    if (!it->is_string()) {
        throw Error(ErrorKind::InvalidInput, std::string(what) + " is not text.");
    }
    const auto& text = it->get_ref<const std::string&>();
    if (text.size() > maxLength) {
        throw Error(ErrorKind::InvalidInput,
            std::string(what) + " is too long (at most " + std::to_string(maxLength) + " bytes).");
    }
    if (required && text.empty()) {
        throw Error(ErrorKind::InvalidInput, std::string(what) + " is empty.");
    }
    return text;
}

json parseEnvelope(std::span<const std::uint8_t> bytes, const char* format, int version, const char* fileWhat)
{
    return parseEnvelope(bytes, format, version, version, fileWhat);
}

json parseEnvelope(std::span<const std::uint8_t> bytes, const char* format, int oldest, int newest,
    const char* fileWhat, const char* tooOld)
{
    json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        invalidFile(fileWhat, "it is not readable JSON (it may be truncated or not a Trustwork file)");
    }
    const auto formatIt = doc.find("format");
    if (formatIt == doc.end() || !formatIt->is_string() || formatIt->get_ref<const std::string&>() != format) {
        invalidFile(fileWhat, std::string("it does not say it is a \"") + format + "\" file");
    }
    const auto versionIt = doc.find("version");
    if (versionIt == doc.end() || !versionIt->is_number_integer()) {
        invalidFile(fileWhat, "it has no format version");
    }
    const auto found = versionIt->get<long long>();
    if (found < oldest && tooOld && found >= 1) {
        throw Error(ErrorKind::InvalidInput, std::string(fileWhat) + " " + tooOld);
    }
    if (found < oldest || found > newest) {
        const std::string readable = oldest == newest ? "only " + std::to_string(newest)
                                                      : std::to_string(oldest) + " to " + std::to_string(newest);
        throw Error(ErrorKind::InvalidInput,
            std::string(fileWhat) + " has format version " + std::to_string(found) + ", but this Trustwork reads "
                + readable
                + (found > newest ? ". It was made by a newer Trustwork: update to read it."
                                  : ". It is not a file Trustwork wrote."));
    }
    if (canonicalText(doc) != std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size())) {
        invalidFile(fileWhat, "its bytes differ from what Trustwork wrote (even a changed space or line end counts)");
    }
    return doc;
}

std::string canonicalText(const json& doc)
{
    return doc.dump(2) + "\n";
}

std::int64_t localDay(std::int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(floorDiv(ms, 1000));
    std::tm local{};
    localtime_r(&seconds, &local);
    return daysFromCivil({local.tm_year + 1900LL, local.tm_mon + 1, local.tm_mday});
}

} // namespace tw::workbook::detail
