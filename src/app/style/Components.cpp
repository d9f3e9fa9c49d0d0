// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Components.h"

#include "Metrics.h"
#include "Theme.h"
#include "WrapLabel.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <string_view>

namespace tw::app::style {
namespace {

// Re-applies the reading width whenever the font changes (the text-size setting), so the column
// widens with the text instead of squeezing it.
class ReadingColumn : public QWidget {
public:
    using QWidget::QWidget;

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            limitToReadingWidth(this);
        }
        QWidget::changeEvent(event);
    }
};

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

int readingWidth(const QFont& font)
{
    // The average character width under-counts a line of prose a little; 70 average characters come
    // out near 65-75 real ones, which is what reading studies recommend.
    return QFontMetrics(font).averageCharWidth() * kReadingChars;
}

void limitToReadingWidth(QWidget* page)
{
    const auto margins = page->contentsMargins();
    const int layoutMargins
        = page->layout() ? page->layout()->contentsMargins().left() + page->layout()->contentsMargins().right() : 0;
    page->setMaximumWidth(readingWidth(QApplication::font()) + margins.left() + margins.right() + layoutMargins);
}

QLabel* text(TextRole role, const QString& text, QWidget* parent)
{
    auto* label = new WrapLabel(text, parent);
    setTextRole(label, role);
    return label;
}

QLabel* emphasis(const QString& text, QWidget* parent)
{
    auto* label = style::text(TextRole::Body, text, parent);
    label->setProperty("emphasis", true);
    return label;
}

void setTone(QLabel* label, const char* tone)
{
    label->setProperty("tone", QString::fromLatin1(tone));
    // The style sheet colours toned text. The unlock screen is painted before the sheet is set
    // (SheetTiming::AfterFirstPaint), so the palette gives its muted line the same colour; where
    // the sheet is set, its colour wins over the palette's.
    const Theme& theme = currentTheme();
    const std::string_view name(tone);
    const QColor colour = name == "muted" ? theme.muted
        : name == "danger"                ? theme.danger
        : name == "partner"               ? theme.partner
                                          : QColor();
    if (colour.isValid()) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, colour);
        label->setPalette(palette);
    }
    if (label->isVisible()) {
        repolish(label);
    }
}

QFrame* card(QWidget* parent, CardKind kind)
{
    auto* frame = new QFrame(parent);
    frame->setProperty("card",
        kind == CardKind::Partner      ? QStringLiteral("partner")
            : kind == CardKind::Notice ? QStringLiteral("notice")
                                       : QStringLiteral("true"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(space::m, space::m, space::m, space::m);
    layout->setSpacing(space::s);
    return frame;
}

QVBoxLayout* cardLayout(QFrame* card)
{
    return qobject_cast<QVBoxLayout*>(card->layout());
}

void makePrimary(QPushButton* button)
{
    button->setProperty("primary", true);
    button->setDefault(false);
    if (button->isVisible()) {
        repolish(button);
    }
}

void makeDanger(QPushButton* button)
{
    button->setProperty("danger", true);
    if (button->isVisible()) {
        repolish(button);
    }
}

QWidget* readingPage(QWidget* parent, QVBoxLayout*& layout)
{
    auto* page = new ReadingColumn(parent);
    layout = new QVBoxLayout(page);
    layout->setContentsMargins(space::l, space::l, space::l, space::l);
    layout->setSpacing(space::s);
    limitToReadingWidth(page);
    return page;
}

} // namespace tw::app::style
