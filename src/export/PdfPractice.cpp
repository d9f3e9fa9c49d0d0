// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/export/PdfPractice.h"

#include "OffscreenApp.h"
#include "PdfCharts.h"
#include "PdfLayout.h"
#include "PdfSections.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"

#include <QBuffer>
#include <QByteArray>
#include <QPageSize>
#include <QPdfWriter>

#include <map>
#include <span>

namespace tw::exporting {
namespace {

constexpr int kDpi = 300;

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

/** The newest report of each partner: what the client view's completion is based on too. */
std::map<std::string, const workbook::Report*> latestByPartner(const workbook::ClientView& view)
{
    std::map<std::string, const workbook::Report*> out;
    for (const auto& r : view.reports) {
        out[r.partnerName.empty() ? r.partnerId : r.partnerName] = &r;
    }
    return out;
}

void printEntries(PageFlow& flow, const Typography& type, const workbook::Report& report)
{
    for (const auto* list : {&report.sharedEntries, &report.privateEntries}) {
        for (const auto& e : *list) {
            const QString label = e.visibility == "shared"
                ? QStringLiteral("Shared with their partner")
                : QStringLiteral("Private, chosen by %1 for you").arg(q(report.partnerName));
            flow.keepRoom(flow.lineHeight(type.subheading) * 3);
            flow.paragraph(q(e.exerciseId) + QStringLiteral(" - ") + dayText(e.updatedAt), type.subheading, type.ink);
            flow.paragraph(label, type.meta, type.muted);
            flow.paragraph(q(e.text), type.body, type.ink);
            flow.space(flow.lineHeight(type.body) * 0.5);
        }
    }
}

int render(const workbook::ClientView& view, std::int64_t nowMs, QByteArray& bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kDpi);
    writer.setTitle(QStringLiteral("Trustwork client record"));
    writer.setCreator(QStringLiteral("Trustwork"));
    const Units units{kDpi};
    const Typography type = Typography::standard();
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF body = page.adjusted(units.mm(22), units.mm(20), -units.mm(22), -units.mm(24));
    const QRectF footer(body.left(), page.bottom() - units.mm(17), body.width(), units.mm(8));
    PageFlow flow(writer, body);

    flow.paragraph(QStringLiteral("Client record: ") + q(view.client.label), type.title, type.accent);
    flow.paragraph(QStringLiteral("Printed %1 from the practice's Trustwork. Confidential.").arg(dayText(nowMs)),
        type.meta, type.muted);
    flow.space(units.mm(6));
    flow.paragraph(QStringLiteral("Partners and their signing keys"), type.heading, type.ink);
    if (view.partners.empty()) {
        flow.paragraph(QStringLiteral("No report received yet."), type.body, type.muted);
    }
    for (const auto& p : view.partners) {
        flow.paragraph(q(p.fingerprint), type.body, type.ink, 0, q(p.name) + QStringLiteral(": "));
    }
    flow.space(units.mm(4));
    for (const auto& ca : view.assignments) {
        flow.paragraph(
            QStringLiteral("Assignment of %1").arg(dayText(ca.assignment.createdAt)), type.heading, type.ink);
        for (const auto& ci : ca.items) {
            QString line = ci.item.title.empty() ? q(ci.item.exerciseId) : q(ci.item.title);
            if (!ci.item.due.empty()) {
                line += QStringLiteral(" (due %1)").arg(q(ci.item.due));
            }
            QStringList done;
            for (const auto& c : ci.completion) {
                done << q(c.partnerName) + (c.done ? QStringLiteral(": done") : QStringLiteral(": not yet"));
            }
            line += QStringLiteral(" - ")
                + (done.isEmpty() ? QStringLiteral("no report yet") : done.join(QStringLiteral(", ")));
            flow.paragraph(line, type.body, type.ink, units.mm(4));
        }
        flow.space(units.mm(3));
    }
    const auto latest = latestByPartner(view);
    std::vector<TrustLine> lines;
    const QColor colours[] = {type.accent, QColor(0xa0, 0x52, 0x2d)};
    for (const auto& [name, report] : latest) {
        TrustLine line{q(name), colours[lines.size() % 2], lines.size() % 2 == 1, {}};
        for (const auto& t : report->checkins) {
            if (t.field == "trust") {
                line.points.push_back({t.weekStart, t.mean, 0, t.count});
            }
        }
        if (!line.points.empty()) {
            lines.push_back(std::move(line));
        }
    }
    if (!lines.empty()) {
        flow.keepRoom(units.mm(90));
        flow.paragraph(QStringLiteral("Trust check-ins, weekly average (0-10)"), type.heading, type.ink);
        flow.block(units.mm(75), [lines, type, units](QPainter& painter, const QRectF& area) {
            drawTrustChart(painter, area, lines, type, units);
        });
    }
    for (const auto& [name, report] : latest) {
        if (report->sharedEntries.empty() && report->privateEntries.empty()) {
            continue;
        }
        flow.newPage();
        flow.paragraph(QStringLiteral("What %1 chose to send, %2").arg(q(name), dayText(report->createdAt)),
            type.heading, type.ink);
        printEntries(flow, type, *report);
    }
    const auto pages = flow.take();
    paintPages(
        writer, pages, QStringLiteral("Confidential - client record %1").arg(q(view.client.label)), footer, type);
    return static_cast<int>(pages.size());
}

} // namespace

int writePracticePdf(const workbook::ClientView& view, const std::filesystem::path& output, std::int64_t nowMs)
{
    if (output.empty() || output.filename().empty()) {
        throw Error(ErrorKind::Usage, "Choose a file name for the PDF.");
    }
    QByteArray bytes;
    int pages = 0;
    {
        const OffscreenApp app;
        pages = render(view, nowMs, bytes);
    }
    writeFileAtomically(output,
        std::span<const std::uint8_t>(
            reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())));
    return pages;
}

} // namespace tw::exporting
