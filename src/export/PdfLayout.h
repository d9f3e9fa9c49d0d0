// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_export: text flow and pagination. Everything is laid out first and painted
// afterwards, so each footer can say "Page n of N".

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QPdfWriter;
class QTextLayout;

namespace tw::exporting {

/** @brief Converts print measures to device pixels at the writer's resolution. */
struct Units {
    qreal dpi = 300;
    [[nodiscard]] qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    [[nodiscard]] qreal pt(qreal points) const { return points * dpi / 72.0; }
};

/** @brief The document's fonts (DejaVu, which Trustwork's packages install everywhere). */
struct Typography {
    QFont title;
    QFont heading;
    QFont subheading;
    QFont body;
    QFont meta;
    QFont footer;
    QFont chart;
    QColor ink{0x22, 0x22, 0x22};
    QColor muted{0x5f, 0x63, 0x68};
    QColor accent{0x2b, 0x5c, 0x8a};

    static Typography standard();
};

/** @brief Draws something (a chart) into the rectangle it was given on its page. */
using DrawFunction = std::function<void(QPainter&, const QRectF&)>;

/** @brief One thing placed on a page: a line of a text layout, or a drawn block. */
struct PlacedItem {
    std::shared_ptr<QTextLayout> layout;
    int line = 0;
    QPointF offset; ///< where the layout's origin goes so this line lands in place
    QColor color;
    QRectF rect; ///< for drawn blocks
    DrawFunction draw;
};

struct LaidOutPage {
    std::vector<PlacedItem> items;
};

/**
 * @brief Flows paragraphs and blocks down the body area of A4 pages, starting a new page when the
 * next line does not fit. Long text breaks between lines, never inside one; headings are kept
 * with what follows them.
 */
class PageFlow {
public:
    PageFlow(const QPaintDevice& device, const QRectF& body);
    PageFlow(const PageFlow&) = delete;
    PageFlow& operator=(const PageFlow&) = delete;
    ~PageFlow();

    /** @brief Starts a new page unless the current one is still empty. */
    void newPage();
    /** @brief Moves down; at the top of a page, vertical space is dropped. */
    void space(qreal height);
    /** @brief Starts a new page unless @p height still fits on this one. */
    void keepRoom(qreal height);

    /**
     * @brief A paragraph of @p text, wrapped to the body width less @p indent. Line breaks in the
     * text start new lines. @p prefix (e.g. "Trust: ") is set in bold before the text.
     */
    void paragraph(const QString& text, const QFont& font, const QColor& color, qreal indent = 0,
        const QString& prefix = {}, qreal lineSpacing = 1.25);

    /** @brief A block of fixed @p height drawn by @p draw, on one page. */
    void block(qreal height, DrawFunction draw);

    /** @brief The height one line of @p font takes in paragraph(). */
    [[nodiscard]] qreal lineHeight(const QFont& font, qreal lineSpacing = 1.25) const;
    [[nodiscard]] qreal width() const { return m_body.width(); }
    [[nodiscard]] std::vector<LaidOutPage> take();

private:
    void addLayoutLines(const std::shared_ptr<QTextLayout>& layout, const QColor& color, qreal indent, qreal spacing);
    [[nodiscard]] bool atTop() const;

    const QPaintDevice& m_device;
    QRectF m_body;
    qreal m_y = 0;
    std::vector<LaidOutPage> m_pages;
};

/**
 * @brief Paints @p pages on @p writer (one PDF page each), each with a footer: @p footerText on
 * the left and "Page n of N" on the right.
 */
void paintPages(QPdfWriter& writer, const std::vector<LaidOutPage>& pages, const QString& footerText,
    const QRectF& footerArea, const Typography& type);

} // namespace tw::exporting
