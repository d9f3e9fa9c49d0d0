// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The look, checked where it can be measured: contrast of every text/background pair of both
// palettes, the type scale at 100 % and 200 %, indicators that stay visible in the dark theme,
// disabled controls that look different, and the icon set.
#include "style/Appearance.h"
#include "style/Components.h"
#include "style/Icons.h"
#include "style/Theme.h"
#include "style/TypeScale.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QVBoxLayout>
#include <gtest/gtest.h>

#include <set>

using namespace tw::app;

namespace {

struct Look : ::testing::Test {
    void TearDown() override { style::applyAppearance(QStringLiteral("light"), 100); }
};

// Distinct colours in an image, to see what a widget really painted.
std::set<QRgb> coloursOf(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            colours.insert(image.pixel(x, y) | 0xff000000u);
        }
    }
    return colours;
}

double bestContrastAgainst(const QImage& image, const QColor& background)
{
    double best = 1.0;
    for (const QRgb c : coloursOf(image)) {
        best = std::max(best, style::contrastRatio(QColor(c), background));
    }
    return best;
}

} // namespace

TEST(Palette, EveryTextPairReachesFourAndAHalfToOne)
{
    for (const auto* name : {"light", "dark"}) {
        const auto theme = style::theme(QString::fromLatin1(name));
        const auto pairs = style::textPairs(theme);
        ASSERT_GT(pairs.size(), 30u) << name;
        for (const auto& pair : pairs) {
            EXPECT_GE(style::contrastRatio(pair.foreground, pair.background), 4.5)
                << name << ": " << pair.what.toStdString() << " " << pair.foreground.name().toStdString() << " on "
                << pair.background.name().toStdString();
        }
    }
}

TEST(Palette, FocusRingAndControlEdgesStandOut)
{
    // Non-text contrast (WCAG 1.4.11): the focus ring is 3:1 or more against every surface.
    for (const auto* name : {"light", "dark"}) {
        const auto t = style::theme(QString::fromLatin1(name));
        for (const auto& back : {t.surface, t.raised, t.sunken}) {
            EXPECT_GE(style::contrastRatio(t.focus, back), 3.0) << name;
        }
    }
}

TEST(Palette, ContrastMathMatchesKnownValues)
{
    EXPECT_NEAR(style::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(style::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_NEAR(style::contrastRatio(Qt::white, Qt::white), 1.0, 0.001);
}

TEST(Palette, ThemesAreReadFromTheResourceFile)
{
    // Not the black-and-white fallback: the palettes file was found and read.
    EXPECT_EQ(style::theme(QStringLiteral("light")).accent, QColor(QStringLiteral("#2c6664")));
    EXPECT_EQ(style::theme(QStringLiteral("dark")).surface, QColor(QStringLiteral("#1c1f20")));
}

TEST_F(Look, TypeScaleFollowsTheTextSize)
{
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* title = style::text(style::TextRole::Title, QStringLiteral("Title"), &page);
    auto* heading = style::text(style::TextRole::Heading, QStringLiteral("Heading"), &page);
    auto* body = style::text(style::TextRole::Body, QStringLiteral("Body"), &page);
    auto* caption = style::text(style::TextRole::Caption, QStringLiteral("Caption"), &page);
    for (auto* l : {title, heading, body, caption}) {
        layout->addWidget(l);
    }
    style::applyAppearance(QStringLiteral("light"), 100);
    page.show();
    const double title100 = title->font().pointSizeF();
    const double body100 = body->font().pointSizeF();
    EXPECT_GT(title100, heading->font().pointSizeF());
    EXPECT_GT(heading->font().pointSizeF(), body100);
    EXPECT_GT(body100, caption->font().pointSizeF());
    EXPECT_TRUE(heading->font().bold());

    // Changed while the page is open, as Settings does: every role doubles, headings stay above body.
    style::applyAppearance(QStringLiteral("light"), 200);
    QApplication::processEvents();
    EXPECT_NEAR(title->font().pointSizeF(), 2 * title100, 0.2);
    EXPECT_NEAR(body->font().pointSizeF(), 2 * body100, 0.2);
    EXPECT_NEAR(
        caption->font().pointSizeF() / body->font().pointSizeF(), style::scaleOf(style::TextRole::Caption), 0.02);
    EXPECT_GT(heading->font().pointSizeF(), body->font().pointSizeF());
    EXPECT_NEAR(QApplication::font().pointSizeF(), body->font().pointSizeF(), 0.2);
}

TEST_F(Look, DarkCheckBoxesAndRadioButtonsAreVisible)
{
    style::applyAppearance(QStringLiteral("dark"), 100);
    const auto& t = style::currentTheme();
    for (const bool radio : {false, true}) {
        QWidget holder;
        holder.setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(&holder);
        QAbstractButton* box = radio ? static_cast<QAbstractButton*>(new QRadioButton(&holder))
                                     : static_cast<QAbstractButton*>(new QCheckBox(&holder));
        layout->addWidget(box);
        holder.show();
        // Unticked: the box's edge must stand out from the window (3:1, non-text contrast).
        const QImage unticked = box->grab().toImage();
        EXPECT_GE(bestContrastAgainst(unticked, t.surface), 3.0) << (radio ? "radio" : "check box");
        box->setChecked(true);
        const QImage ticked = box->grab().toImage();
        EXPECT_NE(unticked, ticked);
        EXPECT_GE(bestContrastAgainst(ticked, t.surface), 3.0);
        // Indicators grow with the text.
        EXPECT_GE(box->sizeHint().height(), holder.fontMetrics().height() * 0.9 - 1);
    }
}

TEST_F(Look, DisabledButtonsLookDisabledButStayReadable)
{
    for (const auto* theme : {"light", "dark"}) {
        style::applyAppearance(QString::fromLatin1(theme), 100);
        QPushButton enabled(QStringLiteral("Share"));
        QPushButton disabled(QStringLiteral("Share"));
        disabled.setEnabled(false);
        enabled.resize(120, 40);
        disabled.resize(120, 40);
        enabled.show();
        disabled.show();
        const QImage on = enabled.grab().toImage();
        const QImage off = disabled.grab().toImage();
        EXPECT_NE(on, off) << theme;
        // Still readable: the disabled text colour reaches 4.5:1 on the window.
        EXPECT_GE(bestContrastAgainst(off, style::currentTheme().surface), 4.5) << theme;
    }
}

TEST_F(Look, PrimaryButtonIsFilledWithTheAccent)
{
    style::applyAppearance(QStringLiteral("light"), 100);
    QPushButton plain(QStringLiteral("Not now"));
    QPushButton primary(QStringLiteral("Share"));
    style::makePrimary(&primary);
    plain.resize(120, 40);
    primary.resize(120, 40);
    plain.show();
    primary.show();
    const QImage image = primary.grab().toImage();
    EXPECT_EQ(QColor(image.pixel(60, 5)).name(), style::currentTheme().accent.name());
    EXPECT_NE(QColor(plain.grab().toImage().pixel(60, 5)).name(), style::currentTheme().accent.name());
}

TEST_F(Look, FocusRingIsDrawnInTheFocusColour)
{
    // Drawn as the window would draw a focused button and a focused check box, without depending on
    // which window the offscreen platform makes active.
    style::applyAppearance(QStringLiteral("dark"), 100);
    const QColor ring = style::currentTheme().focus;
    QPushButton button(QStringLiteral("Propose"));
    QCheckBox box(QStringLiteral("I have done this exercise"));
    for (const bool focused : {false, true}) {
        QImage image(160, 48, QImage::Format_ARGB32);
        image.fill(style::currentTheme().surface);
        QPainter painter(&image);
        QStyleOptionButton option;
        option.initFrom(&button);
        option.rect = QRect(4, 4, 150, 38);
        option.text = button.text();
        option.state
            = QStyle::State_Enabled | QStyle::State_Raised | (focused ? QStyle::State_HasFocus : QStyle::State_None);
        QApplication::style()->drawControl(QStyle::CE_PushButton, &option, &painter, &button);
        painter.end();
        EXPECT_EQ(coloursOf(image).count(ring.rgb()), focused ? 1u : 0u) << "push button, focused " << focused;

        QImage boxImage(240, 40, QImage::Format_ARGB32);
        boxImage.fill(style::currentTheme().surface);
        QPainter boxPainter(&boxImage);
        QStyleOptionButton boxOption;
        boxOption.initFrom(&box);
        boxOption.rect = QRect(2, 2, 236, 36);
        boxOption.text = box.text();
        boxOption.state
            = QStyle::State_Enabled | QStyle::State_Off | (focused ? QStyle::State_HasFocus : QStyle::State_None);
        QApplication::style()->drawControl(QStyle::CE_CheckBox, &boxOption, &boxPainter, &box);
        boxPainter.end();
        EXPECT_EQ(coloursOf(boxImage).count(ring.rgb()), focused ? 1u : 0u) << "check box, focused " << focused;
    }
}

TEST(Icons, EverySvgDrawsAndFollowsTheTheme)
{
    const QStringList names = style::iconNames();
    EXPECT_GE(names.size(), 20);
    for (const char* needed : {"pause", "lock", "quick-exit", "settings", "together", "kind-reveal", "kind-reading"}) {
        EXPECT_TRUE(names.contains(QString::fromLatin1(needed))) << needed;
    }
    for (const QString& name : names) {
        const QIcon icon = style::icon(name);
        ASSERT_FALSE(icon.isNull()) << name.toStdString();
        style::setCurrentTheme(style::theme(QStringLiteral("light")));
        const QImage light = icon.pixmap(32, 32).toImage();
        style::setCurrentTheme(style::theme(QStringLiteral("dark")));
        const QImage dark = icon.pixmap(32, 32).toImage();
        const QImage disabled = icon.pixmap(32, 32, QIcon::Disabled).toImage();
        EXPECT_GT(coloursOf(light).size(), 2u) << name.toStdString() << " drew nothing";
        EXPECT_NE(light, dark) << name.toStdString() << " ignores the theme";
        EXPECT_NE(dark, disabled) << name.toStdString() << " looks the same disabled";
    }
    style::setCurrentTheme(style::theme(QStringLiteral("light")));
}
