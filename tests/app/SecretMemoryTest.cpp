// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// No copy of a passphrase outlives its use: typed into a field, taken, and the whole writable memory
// of this process is searched for it, as UTF-16 (Qt's strings), UTF-8, and UTF-16 spread at a fixed
// stride (QLineEdit's undo history keeps one character per entry). The canary itself is held only
// masked, so the search never finds the test's own copy. A plain QLineEdit is the positive control.
#include "AppContext.h"
#include "GuiHelpers.h"
#include "TempDir.h"
#include "UnlockPage.h"
#include "secrets/SecretLineEdit.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <fstream>
#include <random>
#include <sstream>

using namespace tw;

namespace {

constexpr std::uint8_t kMask = 0x5a;

/** @brief A random canary kept XOR-masked; only single characters are ever unmasked. */
struct MaskedCanary {
    std::vector<std::uint8_t> masked;

    MaskedCanary()
    {
        std::random_device random;
        const char* letters = "bcdfghjkmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ";
        for (int i = 0; i < 24; ++i) {
            masked.push_back(static_cast<std::uint8_t>(letters[random() % 39] ^ kMask));
        }
    }
    [[nodiscard]] char at(std::size_t i) const { return static_cast<char>(masked[i] ^ kMask); }
    [[nodiscard]] std::size_t size() const { return masked.size(); }
    [[nodiscard]] crypto::SecretBytes secret() const
    {
        crypto::SecretBytes s(size());
        for (std::size_t i = 0; i < size(); ++i) {
            s.data()[i] = static_cast<std::uint8_t>(at(i));
        }
        return s;
    }
    [[nodiscard]] bool equals(const crypto::SecretBytes& s) const
    {
        if (s.size() != size()) {
            return false;
        }
        for (std::size_t i = 0; i < size(); ++i) {
            if ((s.data()[i] ^ kMask) != masked[i]) {
                return false;
            }
        }
        return true;
    }
    void typeInto(QWidget* field) const
    {
        for (std::size_t i = 0; i < size(); ++i) {
            QTest::keyClick(field, at(i));
        }
    }
};

/**
 * @brief Where in memory any 8 consecutive characters of the canary were found, and how: as bytes
 * (UTF-8), as UTF-16 code units at a stride of 2 (a string) or wider (one character per undo entry),
 * forwards or backwards (QLineEdit records a cleared text last character first).
 */
std::vector<std::string> findInMemory(const MaskedCanary& canary)
{
    constexpr std::size_t kRun = 8;
    std::vector<std::string> found;
    std::array<std::vector<std::size_t>, 256> positions; // masked byte -> indexes in the canary
    for (std::size_t j = 0; j < canary.size(); ++j) {
        positions[canary.masked[j]].push_back(j);
    }
    std::ifstream maps("/proc/self/maps");
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    std::string line;
    std::vector<std::uint8_t> buffer;
    while (std::getline(maps, line) && found.size() < 20) {
        std::istringstream in(line);
        std::string range, perms, offset, device, inode, path;
        in >> range >> perms >> offset >> device >> inode;
        std::getline(in, path);
        if (perms.size() < 2 || perms[0] != 'r' || perms[1] != 'w' || path.find("[v") != std::string::npos) {
            continue;
        }
        const auto dash = range.find('-');
        const auto start = std::stoull(range.substr(0, dash), nullptr, 16);
        const auto end = std::stoull(range.substr(dash + 1), nullptr, 16);
        buffer.resize(end - start);
        const auto got = ::pread(mem, buffer.data(), buffer.size(), static_cast<off_t>(start));
        if (got <= 0) {
            continue;
        }
        const auto size = static_cast<std::ptrdiff_t>(got);
        auto at = [&](std::ptrdiff_t p) { return p >= 0 && p < size ? buffer[static_cast<std::size_t>(p)] : -1; };
        for (std::ptrdiff_t i = 0; i < size; ++i) {
            for (const std::size_t j : positions[buffer[static_cast<std::size_t>(i)] ^ kMask]) {
                if (j + kRun > canary.size()) {
                    continue;
                }
                for (std::ptrdiff_t stride : {1, 2, 4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64}) {
                    for (const std::ptrdiff_t step : {stride, -stride}) {
                        const bool wide = stride > 1;
                        std::size_t k = 1;
                        while (k < kRun) {
                            const std::ptrdiff_t p = i + static_cast<std::ptrdiff_t>(k) * step;
                            if (at(p) < 0 || (at(p) ^ kMask) != canary.masked[j + k] || (wide && at(p + 1) != 0)) {
                                break;
                            }
                            ++k;
                        }
                        if (k == kRun && (!wide || at(i + 1) == 0)) {
                            found.push_back((wide ? "utf16 stride " : "bytes stride ") + std::to_string(step) + " at "
                                + std::to_string(start + static_cast<std::size_t>(i)) + " in " + path);
                        }
                    }
                }
            }
        }
    }
    ::close(mem);
    return found;
}

std::string describe(const std::vector<std::string>& hits)
{
    std::string all;
    for (const auto& hit : hits) {
        all += hit + "\n";
    }
    return all;
}

} // namespace

TEST(SecretMemory, PlainLineEditLeavesThePassphraseBehind)
{
    // Positive control: the scan must find what a plain QLineEdit leaves after clear().
    const MaskedCanary canary;
    {
        QLineEdit field;
        field.setEchoMode(QLineEdit::Password);
        field.show();
        canary.typeInto(&field);
        field.clear();
        EXPECT_FALSE(findInMemory(canary).empty());
    }
}

TEST(SecretMemory, SecretLineEditLeavesNoCopyAfterTake)
{
    const MaskedCanary canary;
    auto field = std::make_unique<app::SecretLineEdit>();
    field->show();
    canary.typeInto(field.get());
    // Some editing on the way, as people do: a typo and its correction.
    QTest::keyClick(field.get(), 'x');
    QTest::keyClick(field.get(), Qt::Key_Backspace);
    QApplication::processEvents();
    ASSERT_FALSE(findInMemory(canary).empty()); // while typed, it is there (the scan works here too)
    auto taken = field->take();
    EXPECT_TRUE(canary.equals(taken));
    taken.wipe();
    QApplication::processEvents();
    const auto hits = findInMemory(canary);
    EXPECT_TRUE(hits.empty()) << describe(hits);
}

TEST(SecretMemory, UnlockingLeavesNoCopyOfThePassphrase)
{
    const MaskedCanary canary;
    tw::test::TempDir dir;
    workbook::Options options;
    options.kdf = crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    {
        std::vector<workbook::NewPartner> one;
        one.push_back({"Robin", workbook::Role::Hurt, canary.secret(), {}});
        workbook::Workbook::create(dir.path(), std::move(one), options);
    }
    app::AppContext context(QString::fromStdString(dir.path().string()), options);
    app::UnlockPage page(context);
    page.show();
    auto* field = tw::test::byName<QLineEdit>(&page, QStringLiteral("Passphrase"));
    field->setFocus();
    canary.typeInto(field);
    tw::test::byName<QPushButton>(&page, QStringLiteral("Unlock"))->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !page.isBusy(); }));
    ASSERT_NE(context.session(), nullptr) << page.errorText().toStdString();
    QApplication::processEvents();
    const auto hits = findInMemory(canary);
    EXPECT_TRUE(hits.empty()) << describe(hits);
    context.lock();
}
