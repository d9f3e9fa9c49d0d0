// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .twassign reader. Beyond "never crash" it checks the promises the
// reader makes, and traps when one is broken:
//  - every refusal is a tw::Error of kind InvalidInput (exit 7 in the CLI), nothing else;
//  - an accepted file's fingerprint is the one of the keys it names;
//  - what was accepted survives the signed-text round trip unchanged (what a couple's workbook stores);
//  - an accepted practice key change (format 3) is signed link by link and ends at the signing key.
#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/AssignmentFile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

using namespace tw;
using namespace tw::workbook;

namespace {

[[noreturn]] void broken(const char* promise, const std::string& detail)
{
    std::fprintf(stderr, "broken promise: %s\n%s\n", promise, detail.c_str());
    std::abort();
}

void checkAccepted(const Assignment& a)
{
    if (a.therapist.fingerprint != crypto::fingerprint(a.therapist.signPublicKey, a.therapist.boxPublicKey)) {
        broken("the fingerprint is computed from the named keys", a.therapist.fingerprint);
    }
    const Assignment again = AssignmentFile::fromSignedText(AssignmentFile::signedText(a));
    if (again.id != a.id || again.items.size() != a.items.size() || again.note != a.note
        || again.clientLabel != a.clientLabel || again.therapist.fingerprint != a.therapist.fingerprint
        || again.packJson != a.packJson || again.handovers.size() != a.handovers.size()) {
        broken("an accepted assignment survives the signed-text round trip", a.id);
    }
    // A key change is one line of keys ending at the key that signed the file.
    for (std::size_t i = 0; i < a.handovers.size(); ++i) {
        const auto& link = a.handovers[i];
        if (!crypto::verifyDetached(link.from.signPublicKey, crypto::asBytes(link.signedText), link.signature)) {
            broken("every accepted key change is signed by the key it leaves", link.from.fingerprint);
        }
        const std::string& next
            = i + 1 < a.handovers.size() ? a.handovers[i + 1].from.fingerprint : a.therapist.fingerprint;
        if (link.to.fingerprint != next) {
            broken("accepted key changes link up to the signing key", link.to.fingerprint);
        }
    }
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        if (again.items[i].exerciseId != a.items[i].exerciseId || again.items[i].due != a.items[i].due) {
            broken("items survive the signed-text round trip", a.items[i].exerciseId);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        checkAccepted(AssignmentFile::read(std::span(data, size)));
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::InvalidInput) {
            broken("every refusal is InvalidInput", e.what());
        }
    }
    return 0;
}
