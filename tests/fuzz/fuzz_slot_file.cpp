// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the key-slot file parser (workbook.keys). Beyond "never crash" it traps
// when one of the parser's promises is broken:
//  - bad bytes are reported as tw::Error Damaged or NewerVersion, never another kind, never
//    another exception (a JSON exception escaping would be a crash in the app);
//  - a file that parses serialises to bytes that parse to the same file (a save after an unlock
//    never changes what the file says);
//  - with the checksum intact, a wrong passphrase is WrongSecret (or Damaged for impossible key
//    derivation settings), never anything else: damage is never reported as a wrong passphrase
//    and a wrong passphrase never as damage.
// Inputs rarely carry a valid checksum, so each JSON object is also tried with its checksum
// recomputed, to reach the fields behind it.
#include "tw/base/Error.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/KeySlotFile.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using nlohmann::json;
using tw::crypto::KeySlotFile;

namespace {

[[noreturn]] void broken(const char* promise, const std::string& detail)
{
    std::fprintf(stderr, "broken promise: %s\n%s\n", promise, detail.c_str());
    std::abort();
}

std::span<const std::uint8_t> bytesOf(const std::string& text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// The same checksum the file format defines: BLAKE2b-256 of the compact dump without the field.
std::string withFreshChecksum(json doc)
{
    doc.erase("checksum");
    const std::string body = doc.dump();
    std::uint8_t digest[32];
    crypto_generichash(
        digest, sizeof digest, reinterpret_cast<const unsigned char*>(body.data()), body.size(), nullptr, 0);
    doc["checksum"] = tw::crypto::toHex(digest);
    return doc.dump();
}

// Key derivation in the fuzzer only with the cheapest settings: anything dearer is a slow input,
// not a finding (the settings' upper bounds are checked by KdfParams::plausible()).
bool cheap(const tw::crypto::Slot& slot)
{
    return slot.kdf.opsLimit <= crypto_pwhash_OPSLIMIT_MIN && slot.kdf.memLimit <= 64 * 1024;
}

void checkParsed(const KeySlotFile& file)
{
    const auto again = KeySlotFile::parse(file.serialise());
    if (again.serialise() != file.serialise()) {
        broken("a parsed file serialises to bytes that parse to the same file",
            std::string(reinterpret_cast<const char*>(file.serialise().data()), file.serialise().size()));
    }
    const auto wrong = tw::crypto::SecretBytes::fromString("not the passphrase");
    for (const auto& owner : file.owners) {
        for (const auto& slot : owner.keySlots) {
            if (!cheap(slot)) {
                continue;
            }
            try {
                (void)file.unlock(owner.id, slot.type, wrong);
                broken("a wrong passphrase never unlocks", owner.id);
            } catch (const tw::Error& e) {
                if (e.kind() != tw::ErrorKind::WrongSecret && e.kind() != tw::ErrorKind::Damaged
                    && e.kind() != tw::ErrorKind::NotFound) {
                    broken("unlock fails as WrongSecret, Damaged or NotFound", e.what());
                }
            }
        }
    }
}

void tryParse(std::span<const std::uint8_t> bytes)
{
    try {
        checkParsed(KeySlotFile::parse(bytes));
    } catch (const tw::Error& e) {
        if (e.kind() != tw::ErrorKind::Damaged && e.kind() != tw::ErrorKind::NewerVersion) {
            broken("parse fails as Damaged or NewerVersion", e.what());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (sodium_init() < 0) {
        std::abort();
    }
    tryParse({data, size});
    const json doc = json::parse(data, data + size, nullptr, false);
    if (!doc.is_discarded() && doc.is_object()) {
        std::string fixed;
        try {
            fixed = withFreshChecksum(doc);
        } catch (const json::exception&) {
            return 0; // not dumpable (invalid UTF-8): the parser reports such a file as damaged
        }
        tryParse(bytesOf(fixed));
    }
    return 0;
}
