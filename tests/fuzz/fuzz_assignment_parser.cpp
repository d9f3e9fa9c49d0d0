// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .twassign reader. Beyond "never crash" it checks the promises the
// reader makes, and traps when one is broken:
//  - every refusal is a tw::Error of kind InvalidInput (exit 7 in the CLI), nothing else;
//  - an accepted file's fingerprint is the one of the keys it names;
//  - what was accepted survives the signed-text round trip unchanged (what a couple's workbook stores).
#include "tw/base/Error.h"
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
        || again.packJson != a.packJson) {
        broken("an accepted assignment survives the signed-text round trip", a.id);
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
