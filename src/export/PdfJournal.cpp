// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/export/PdfJournal.h"

#include "OffscreenApp.h"
#include "PdfLayout.h"
#include "PdfSections.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"

#include <QBuffer>
#include <QByteArray>
#include <QPageSize>
#include <QPdfWriter>

#include <span>

namespace tw::exporting {
namespace {

// 300 dpi keeps chart lines crisp in print; text is vector data either way.
constexpr int kDpi = 300;

/** @brief Lays out and paints the whole journal into @p bytes; returns the page count. */
int render(const workbook::Journal& journal, const PdfOptions& options, QByteArray& bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kDpi);
    // Document metadata stays generic: file managers show it without opening the file.
    writer.setTitle(QStringLiteral("Trustwork journal"));
    writer.setCreator(QStringLiteral("Trustwork"));

    const Units units{kDpi};
    const Typography type = Typography::standard();
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF body = page.adjusted(units.mm(22), units.mm(20), -units.mm(22), -units.mm(24));
    const QRectF footer(body.left(), page.bottom() - units.mm(17), body.width(), units.mm(8));

    PageFlow flow(writer, body);
    const JournalPrint print{journal, flow, type, units, otherPartnerName(journal)};
    printTitlePage(print);
    if (options.includeCharts) {
        printCharts(print);
    }
    if (!journal.entries.empty()) {
        printEntries(print);
    }
    const auto pages = flow.take();
    const QString footerText = QStringLiteral("Private - %1's Trustwork journal, exported %2")
                                   .arg(QString::fromStdString(journal.partnerName), dayText(journal.exportedAt));
    paintPages(writer, pages, footerText, footer, type);
    return static_cast<int>(pages.size());
}

} // namespace

int writePdfJournal(const workbook::Journal& journal, const std::filesystem::path& output, const PdfOptions& options)
{
    if (output.empty() || output.filename().empty()) {
        throw Error(ErrorKind::Usage, "Choose a file name for the PDF journal.");
    }
    QByteArray bytes;
    int pages = 0;
    {
        const OffscreenApp app;
        pages = render(journal, options, bytes);
    }
    // The PDF is built in memory and written like every other file Trustwork saves: a temp file
    // beside the output, fsync, rename. A failed export leaves no half-written PDF behind.
    writeFileAtomically(output,
        std::span<const std::uint8_t>(
            reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())));
    tw::log::get("export")->debug("journal exported as PDF: {} entries, {} pages", journal.entries.size(), pages);
    return pages;
}

} // namespace tw::exporting
