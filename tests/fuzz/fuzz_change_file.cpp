// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the change-file reader (issue 20): the bytes another device, or anyone with
// write access to the synced folder, puts there. Promises checked:
//  - every refusal is a tw::Error of kind Damaged or NewerVersion (never WrongSecret, never a crash);
//  - an accepted layout accounts for every byte: sections plus signature make the whole input;
//  - opening its parts with a key that did not seal them fails cleanly, and its slot section is
//    either a readable slot file or refused as Damaged/NewerVersion.
#include "sync/ChangeFile.h"
#include "tw/base/Error.h"
#include "tw/crypto/KeySlotFile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>

using namespace tw;

namespace {

[[noreturn]] void broken(const char* promise, const std::string& detail)
{
    std::fprintf(stderr, "broken promise: %s\n%s\n", promise, detail.c_str());
    std::abort();
}

bool allowed(ErrorKind kind)
{
    return kind == ErrorKind::Damaged || kind == ErrorKind::NewerVersion;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    workbook::sync::ChangeFile file;
    try {
        file = workbook::sync::ChangeFile::parse(bytes);
    } catch (const Error& e) {
        if (!allowed(e.kind())) {
            broken("refusals are Damaged or NewerVersion", e.what());
        }
        return 0;
    }
    const std::size_t accounted = 8 + 4 * 4 + file.headerBytes.size() + file.slots.size() + file.sharedSealed.size()
        + file.privateSealed.size() + file.signature.size();
    if (accounted != size || file.signedLength + file.signature.size() != size) {
        broken("every byte belongs to a section", std::to_string(accounted) + " of " + std::to_string(size));
    }
    const auto wrongKey = crypto::SecretBytes::random(32);
    if (file.openShared(wrongKey) || file.openPrivate(wrongKey)) {
        broken("a part opens only with its own key", "opened with a random key");
    }
    if (!file.slots.empty()) {
        try {
            (void)crypto::KeySlotFile::parse(file.slots);
        } catch (const Error& e) {
            if (!allowed(e.kind())) {
                broken("slot sections are refused as damage", e.what());
            }
        }
    }
    const std::string name(reinterpret_cast<const char*>(data), std::min<std::size_t>(size, 64));
    (void)workbook::sync::sequenceOfName(name);
    (void)workbook::sync::nameMatches(name, bytes);
    return 0;
}
