// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfLayout.h"

#include "tw/base/Error.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTextLayout>
#include <QTextOption>

#include <utility>

namespace tw::exporting {
namespace {

QFont font(const QString& family, qreal points, QFont::Weight weight = QFont::Normal)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setWeight(weight);
    // Hinting is for screens; in a PDF it only distorts glyph widths.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No optional ligatures ("ff" as one glyph): search and copy in PDF viewers would miss the
    // words. Scripts that need shaping still get it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

Typography Typography::standard()
{
    const QString sans = QStringLiteral("DejaVu Sans");
    const QString serif = QStringLiteral("DejaVu Serif");
    Typography t;
    t.title = font(sans, 26, QFont::Bold);
    t.heading = font(sans, 17, QFont::Bold);
    t.subheading = font(sans, 11.5, QFont::Bold);
    t.body = font(serif, 10.5);
    t.meta = font(sans, 8.5);
    t.footer = font(sans, 7.5);
    t.chart = font(sans, 7.5);
    return t;
}

PageFlow::PageFlow(const QPaintDevice& device, const QRectF& body)
    : m_device(device)
    , m_body(body)
    , m_y(body.top())
    , m_pages(1)
{
}

PageFlow::~PageFlow() = default;

bool PageFlow::atTop() const
{
    return m_pages.back().items.empty();
}

void PageFlow::newPage()
{
    if (atTop()) {
        return;
    }
    m_pages.emplace_back();
    m_y = m_body.top();
}

void PageFlow::space(qreal height)
{
    if (atTop()) {
        return;
    }
    m_y += height;
}

void PageFlow::keepRoom(qreal height)
{
    if (m_y + height > m_body.bottom()) {
        newPage();
    }
}

qreal PageFlow::lineHeight(const QFont& f, qreal lineSpacing) const
{
    return QFontMetricsF(f, &m_device).height() * lineSpacing;
}

void PageFlow::paragraph(
    const QString& text, const QFont& f, const QColor& color, qreal indent, const QString& prefix, qreal lineSpacing)
{
    QTextOption option;
    // Words break only where they must: a pasted link or a long word still stays inside the margin.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString lead = i == 0 ? prefix : QString();
        QString line = lead + parts[i];
        if (line.isEmpty()) {
            // An empty line in the user's text is a paragraph break; keep it, but shorter.
            space(lineHeight(f, lineSpacing) * 0.5);
            continue;
        }
        auto layout = std::make_shared<QTextLayout>(line, f, &m_device);
        layout->setTextOption(option);
        if (!lead.isEmpty()) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = static_cast<int>(lead.size());
            bold.format.setFontWeight(QFont::Bold);
            layout->setFormats({bold});
        }
        addLayoutLines(layout, color, indent, lineSpacing);
    }
}

void PageFlow::addLayoutLines(
    const std::shared_ptr<QTextLayout>& layout, const QColor& color, qreal indent, qreal spacing)
{
    layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(m_body.width() - indent);
        line.setPosition(QPointF(0, y));
        y += line.height() * spacing;
    }
    layout->endLayout();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (m_y + line.height() > m_body.bottom()) {
            newPage();
        }
        PlacedItem item;
        item.layout = layout;
        item.line = i;
        item.offset = QPointF(m_body.left() + indent, m_y - line.y());
        item.color = color;
        m_pages.back().items.push_back(std::move(item));
        m_y += line.height() * spacing;
    }
}

void PageFlow::block(qreal height, DrawFunction draw)
{
    keepRoom(height);
    PlacedItem item;
    item.rect = QRectF(m_body.left(), m_y, m_body.width(), height);
    item.draw = std::move(draw);
    m_pages.back().items.push_back(std::move(item));
    m_y += height;
}

std::vector<LaidOutPage> PageFlow::take()
{
    if (m_pages.size() > 1 && atTop()) {
        m_pages.pop_back();
    }
    return std::move(m_pages);
}

void paintPages(QPdfWriter& writer, const std::vector<LaidOutPage>& pages, const QString& footerText,
    const QRectF& footerArea, const Typography& type)
{
    QPainter painter;
    if (!painter.begin(&writer)) {
        throw Error(ErrorKind::Internal, "Could not start drawing the PDF (Qt refused to paint on it).");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int total = static_cast<int>(pages.size());
    for (int n = 0; n < total; ++n) {
        if (n > 0) {
            writer.newPage();
        }
        for (const auto& item : pages[static_cast<std::size_t>(n)].items) {
            if (item.draw) {
                painter.save();
                item.draw(painter, item.rect);
                painter.restore();
            } else {
                painter.setPen(item.color);
                item.layout->lineAt(item.line).draw(&painter, item.offset);
            }
        }
        painter.setPen(QPen(type.muted, writer.resolution() / 300.0 * 1.5));
        painter.drawLine(footerArea.topLeft(), footerArea.topRight());
        painter.setFont(type.footer);
        const QRectF textArea = footerArea.adjusted(0, footerArea.height() * 0.15, 0, 0);
        painter.drawText(textArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, footerText);
        painter.drawText(textArea, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
            QStringLiteral("Page %1 of %2").arg(n + 1).arg(total));
    }
    painter.end();
}

} // namespace tw::exporting
