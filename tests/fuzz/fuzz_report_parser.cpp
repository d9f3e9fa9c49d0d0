// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .twreport reader. The fuzzer cannot forge a sealed box, so each input is
// tried twice: as a whole report file opened with a fixed practice key (envelope, base64, sealing,
// padding), and as decrypted contents (the JSON a practice stores). Promises checked:
//  - every refusal is a tw::Error of kind InvalidInput (exit 7 in the CLI), nothing else;
//  - accepted contents survive a write and read back unchanged in what the client view shows;
//  - accepted contents never hold a part the partner did not tick.
#include "tw/base/Error.h"
#include "tw/crypto/SealedBox.h"
#include "tw/workbook/ReportFile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>

using namespace tw;
using namespace tw::workbook;

namespace {

[[noreturn]] void broken(const char* promise, const std::string& detail)
{
    std::fprintf(stderr, "broken promise: %s\n%s\n", promise, detail.c_str());
    std::abort();
}

// The practice key the seed corpus was sealed to: seed bytes 0x42 (tests/fuzz/corpus/report).
const crypto::BoxKeyPair& practiceKeys()
{
    static const crypto::BoxKeyPair keys = [] {
        crypto::SecretBytes seed(crypto::kSeedBytes);
        std::fill(seed.data(), seed.data() + seed.size(), std::uint8_t{0x42});
        return crypto::BoxKeyPair::fromSeed(seed);
    }();
    return keys;
}

void checkAccepted(const Report& r)
{
    if ((!r.includesCheckins && !r.checkins.empty()) || (!r.includesShared && !r.sharedEntries.empty())
        || (!r.includesPrivate && !r.privateEntries.empty())) {
        broken("accepted contents hold only ticked parts", r.id);
    }
    const Report again = ReportFile::fromContentsJson(ReportFile::contentsJson(r));
    if (again.id != r.id || again.partnerName != r.partnerName || again.items.size() != r.items.size()
        || again.sharedEntries.size() != r.sharedEntries.size()
        || again.privateEntries.size() != r.privateEntries.size() || again.checkins.size() != r.checkins.size()) {
        broken("accepted contents survive a write and read back", r.id);
    }
    for (std::size_t i = 0; i < r.sharedEntries.size(); ++i) {
        if (again.sharedEntries[i].text != r.sharedEntries[i].text) {
            broken("entry text survives a write and read back", r.sharedEntries[i].text);
        }
    }
}

template <typename F> void expectOnlyInvalidInput(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::InvalidInput) {
            broken("every refusal is InvalidInput", e.what());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    expectOnlyInvalidInput([&] { checkAccepted(ReportFile::open(std::span(data, size), practiceKeys())); });
    expectOnlyInvalidInput([&] {
        checkAccepted(ReportFile::fromContentsJson(std::string_view(reinterpret_cast<const char*>(data), size)));
    });
    return 0;
}
