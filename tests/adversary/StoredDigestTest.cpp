// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Each partner's private store keeps the digest of every row they published, and the unlock check
// compares it with the shared copy. If the digest's encoding changed by accident, every stored one
// would differ: the check would quietly read every row whole at each unlock. The expected values
// were computed outside Trustwork (Python's hashlib.blake2b, 32 bytes, over the documented
// encoding: a domain string, then each field length-prefixed or as 8 little-endian bytes).
#include "store/SignedRecords.h"
#include "tw/crypto/Encoding.h"

#include <gtest/gtest.h>

using tw::workbook::store::rowDigest;
using tw::workbook::store::SharedRow;
using tw::workbook::store::SharedRowView;

namespace {

std::vector<std::uint8_t> bodyOf(std::size_t bytes)
{
    std::vector<std::uint8_t> body;
    for (std::size_t i = 0; i < bytes; ++i) {
        body.push_back(static_cast<std::uint8_t>(i % 251));
    }
    return body;
}

std::string hexOf(std::span<const std::uint8_t> bytes)
{
    return tw::crypto::toHex(bytes);
}

const std::vector<std::uint8_t> kSignature(64, 0xA5);

} // namespace

// A body longer than the writer's buffer (it goes to the hash directly), a negative time, a
// tombstone and no parent.
TEST(StoredDigest, ALongRowKeepsTheDigestItWasRecordedWith)
{
    const SharedRow row{"row-1", "alex", "step2.what-i-need", "answer", "", "0001772800000000-0000-dev",
        1'772'800'000'000, -5, true, bodyOf(300), 3, kSignature};
    EXPECT_EQ(hexOf(rowDigest(row)), "72c3bbb2df2c9389ccd76759ace4a0fa5e38c1800026c2de9763b7392e6e149b");
}

// A short body, gathered in the buffer with the other fields; the view form gives the same digest.
TEST(StoredDigest, AShortRowAndItsViewKeepTheDigestItWasRecordedWith)
{
    const SharedRow row{"row-2", "sam", "start.what-brings-me-here", "answer", "row-1", "0001772800000001-0002-dev",
        1'772'800'000'001, 1'772'800'000'002, false, bodyOf(40), 1, kSignature};
    const std::string expected = "97f61655cf271bc4e0bdb7ed1c0c1c92f62d20a652b3bcab5503fc82663616fc";
    EXPECT_EQ(hexOf(rowDigest(row)), expected);
    const SharedRowView view{row.id, row.authorId, row.exerciseId, row.kind, row.parentId, row.hlc, row.createdAt,
        row.updatedAt, row.deleted, row.sealedBody, row.keyVersion, row.signature};
    EXPECT_EQ(hexOf(rowDigest(view)), expected);
}
