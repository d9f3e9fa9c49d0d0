// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Wrapped labels and buttons remember their last heights (style/HeightMemo): checked here that a
// remembered height is always the one Qt would compute now, after every change that moves lines.
#include "style/Appearance.h"
#include "style/Components.h"
#include "style/HeightMemo.h"
#include "style/Icons.h"
#include "style/WrapButton.h"
#include "style/WrapLabel.h"

#include <QApplication>
#include <QLabel>
#include <gtest/gtest.h>

using namespace tw::app;

namespace {

const QString kShort = QStringLiteral("Take a breath.");
const QString kLong = QStringLiteral(
    "When you are both ready, read what your partner wrote slowly, once for the words and once for the feeling "
    "under them, before you answer anything at all.");

// A plain QLabel set up like @p label: what Qt answers without any memory.
int freshHeight(const QLabel& label, int width)
{
    QLabel plain;
    plain.setFont(label.font());
    plain.setWordWrap(label.wordWrap());
    plain.setTextFormat(label.textFormat());
    plain.setAlignment(label.alignment());
    plain.setContentsMargins(label.contentsMargins());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setText(label.text());
    return plain.heightForWidth(width);
}

// Asks each width twice (the second answer comes from the memo) and compares with a fresh label.
void expectLikeQt(const QLabel& label, const char* after)
{
    for (const int width : {60, 140, 300, 640}) {
        const int expected = freshHeight(label, width);
        EXPECT_EQ(label.heightForWidth(width), expected) << after << ", width " << width;
        EXPECT_EQ(label.heightForWidth(width), expected) << after << ", width " << width << ", asked again";
    }
}

struct WrapText : ::testing::Test {
    void TearDown() override { style::applyAppearance(QStringLiteral("light"), 100); }
};

} // namespace

TEST(HeightMemoTest, KeepsFourWidthsForOneKeyAndForgetsThemWhenTheKeyChanges)
{
    style::HeightMemo memo;
    const style::HeightMemo::Key key{kLong, QApplication::font(), {}, 0, 0};
    for (int width = 100; width <= 400; width += 100) {
        memo.keep(key, width, width / 10);
    }
    for (int width = 100; width <= 400; width += 100) {
        EXPECT_EQ(memo.find(key, width), width / 10);
    }
    EXPECT_FALSE(memo.find(key, 500).has_value());
    memo.keep(key, 500, 50); // the oldest (100) makes room
    EXPECT_FALSE(memo.find(key, 100).has_value());
    EXPECT_EQ(memo.find(key, 500), 50);

    auto other = key;
    other.text = kShort;
    EXPECT_FALSE(memo.find(other, 200).has_value());
    other = key;
    other.font.setPointSizeF(key.font.pointSizeF() * 2);
    EXPECT_FALSE(memo.find(other, 200).has_value());
    other = key;
    other.margins = QMargins(1, 0, 0, 0);
    EXPECT_FALSE(memo.find(other, 200).has_value());
    other = key;
    other.indent = 3;
    EXPECT_FALSE(memo.find(other, 200).has_value());
    other = key;
    other.options = 1;
    EXPECT_FALSE(memo.find(other, 200).has_value());
    // A new key replaces the old one whole: none of its widths answers for the other.
    memo.keep(other, 200, 7);
    EXPECT_EQ(memo.find(other, 200), 7);
    EXPECT_FALSE(memo.find(key, 300).has_value());
}

TEST_F(WrapText, LabelAnswersAsQtWouldAfterEveryChange)
{
    QWidget page;
    auto* label = style::text(style::TextRole::Body, kLong, &page);
    ASSERT_NE(qobject_cast<style::WrapLabel*>(label), nullptr) << "style::text makes the remembering label";
    expectLikeQt(*label, "new");
    label->setText(kShort);
    expectLikeQt(*label, "shorter text");
    label->setText(kLong + QStringLiteral(" ") + kLong);
    expectLikeQt(*label, "longer text");
    QFont larger = label->font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label->setFont(larger);
    expectLikeQt(*label, "larger font");
    label->setContentsMargins(30, 4, 30, 4);
    expectLikeQt(*label, "margins");
    label->setMargin(12);
    expectLikeQt(*label, "margin");
    label->setIndent(40);
    expectLikeQt(*label, "indent");
    label->setAlignment(Qt::AlignRight);
    expectLikeQt(*label, "alignment");
    label->setWordWrap(false);
    expectLikeQt(*label, "no wrapping");
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<p>") + kLong + QStringLiteral("</p><p>") + kShort + QStringLiteral("</p>"));
    expectLikeQt(*label, "rich text");
}

TEST_F(WrapText, LabelFollowsTheTextSizeSetting)
{
    QWidget page;
    auto* label = style::text(style::TextRole::Body, kLong, &page);
    page.ensurePolished();
    label->ensurePolished();
    const int at100 = label->heightForWidth(300);
    expectLikeQt(*label, "100 %");
    style::applyAppearance(QStringLiteral("dark"), 200);
    label->ensurePolished();
    expectLikeQt(*label, "200 % dark");
    EXPECT_GT(label->heightForWidth(300), at100);
}

TEST_F(WrapText, ButtonAnswersAsANewButtonWouldAfterEveryChange)
{
    style::WrapButton button(kLong);
    const auto expectLikeNew = [&button](const char* after) {
        for (const int width : {80, 200, 480}) {
            style::WrapButton fresh(button.text());
            fresh.setFont(button.font());
            fresh.setIcon(button.icon());
            fresh.setIconSize(button.iconSize());
            const int expected = fresh.heightForWidth(width);
            EXPECT_EQ(button.heightForWidth(width), expected) << after << ", width " << width;
            EXPECT_EQ(button.heightForWidth(width), expected) << after << ", width " << width << ", asked again";
        }
    };
    expectLikeNew("new");
    button.setText(kShort);
    expectLikeNew("shorter text");
    QFont larger = button.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    button.setFont(larger);
    expectLikeNew("larger font");
    button.setIcon(style::icon(QStringLiteral("home")));
    button.setIconSize(QSize(64, 64));
    expectLikeNew("large icon");
}
