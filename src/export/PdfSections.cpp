// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfSections.h"

#include "BodyText.h"
#include "PdfCharts.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <set>

namespace tw::exporting {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString timeText(std::int64_t ms)
{
    // As the window writes dates in English: the month as a word, never a number ("2 Dec 2026").
    return QLocale(QLocale::English).toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString roleText(const std::string& role)
{
    if (role == "hurt") {
        return QStringLiteral("I was hurt");
    }
    if (role == "involved") {
        return QStringLiteral("I broke trust");
    }
    if (role == "mutual") {
        return QStringLiteral("We have both broken trust");
    }
    return q(role);
}

// The PDF is written in English; its counts read "1 commitment", "2 commitments".
QString countOf(int n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("-") : QStringLiteral("%1 %").arg(qRound(100.0 * part / whole));
}

struct Totals {
    int due = 0;
    int kept = 0;
    int missed = 0;
    int open = 0;
};

Totals totalsOf(const std::vector<workbook::ConsistencyWeek>& weeks)
{
    Totals t;
    for (const auto& w : weeks) {
        t.due += w.due;
        t.kept += w.kept;
        t.missed += w.missed;
        t.open += w.open;
    }
    return t;
}

void heading(const JournalPrint& p, const QString& text)
{
    p.flow.keepRoom(p.flow.lineHeight(p.type.heading) + 4 * p.flow.lineHeight(p.type.body));
    p.flow.space(p.units.mm(4));
    p.flow.paragraph(text, p.type.heading, p.type.accent, 0, {}, 1.3);
    p.flow.space(p.units.mm(1.5));
}

void subheading(const JournalPrint& p, const QString& text)
{
    p.flow.keepRoom(p.flow.lineHeight(p.type.subheading) + 3 * p.flow.lineHeight(p.type.body));
    p.flow.space(p.units.mm(2));
    p.flow.paragraph(text, p.type.subheading, p.type.ink);
}

void consistencySection(const JournalPrint& p, const QString& title, const QString& who,
    const std::vector<workbook::ConsistencyWeek>& weeks)
{
    const Totals t = totalsOf(weeks);
    if (t.due == 0) {
        return;
    }
    constexpr qreal kChartMm = 62;
    // The heading, the summary and the chart belong together: a chart alone on the next page
    // would lose its title.
    p.flow.keepRoom(p.flow.lineHeight(p.type.subheading) + 2 * p.flow.lineHeight(p.type.body)
        + p.flow.lineHeight(p.type.meta) + p.units.mm(kChartMm + 4));
    subheading(p, title);
    p.flow.paragraph(QStringLiteral("%1 kept %2 of %3 that fell due (%4); %5 missed, %6 not marked yet.")
                         .arg(who)
                         .arg(t.kept)
                         .arg(countOf(t.due, "commitment", "commitments"))
                         .arg(percent(t.kept, t.due))
                         .arg(t.missed)
                         .arg(t.open),
        p.type.body, p.type.ink);
    const int group = weeksPerBar(weeks.size());
    if (group > 1) {
        p.flow.paragraph(QStringLiteral("Each bar counts %1 weeks, by the day each commitment was due.").arg(group),
            p.type.meta, p.type.muted);
    }
    p.flow.space(p.units.mm(1));
    const Typography& type = p.type;
    const Units units = p.units;
    p.flow.block(p.units.mm(kChartMm), [weeks, &type, units](QPainter& painter, const QRectF& area) {
        drawConsistencyChart(painter, area, weeks, type, units);
    });
}

} // namespace

QString dayText(std::int64_t ms)
{
    return QLocale(QLocale::English).toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QStringLiteral("d MMM yyyy"));
}

QString otherPartnerName(const workbook::Journal& journal)
{
    for (const auto& partner : journal.partners) {
        if (partner.name != journal.partnerName) {
            return q(partner.name);
        }
    }
    for (const auto& e : journal.entries) {
        if (!e.authorName.empty() && e.authorName != journal.partnerName) {
            return q(e.authorName);
        }
    }
    return {};
}

void printTitlePage(const JournalPrint& p)
{
    const auto& j = p.journal;
    // Pushes the title down the first page; an empty block, because space at a page top is dropped.
    p.flow.block(p.units.mm(45), [](QPainter&, const QRectF&) { });
    p.flow.paragraph(QStringLiteral("Trustwork journal"), p.type.title, p.type.accent, 0, {}, 1.2);
    p.flow.space(p.units.mm(3));
    p.flow.paragraph(q(j.partnerName), p.type.heading, p.type.ink);
    p.flow.paragraph(QStringLiteral("Exported %1").arg(dayText(j.exportedAt)), p.type.body, p.type.muted);
    if (!j.partnerRole.empty()) {
        p.flow.paragraph(
            QStringLiteral("Role chosen in the workbook: %1").arg(roleText(j.partnerRole)), p.type.body, p.type.muted);
    }
    p.flow.space(p.units.mm(10));

    int shared = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
    for (const auto& e : j.entries) {
        shared += e.entry.visibility == workbook::Visibility::Shared ? 1 : 0;
        first = first == 0 ? e.entry.createdAt : std::min(first, e.entry.createdAt);
        last = std::max(last, e.entry.createdAt);
    }
    const int total = static_cast<int>(j.entries.size());
    if (total == 0) {
        p.flow.paragraph(QStringLiteral("There are no entries yet."), p.type.body, p.type.ink);
    } else {
        p.flow.paragraph(QStringLiteral("%1, written between %2 and %3: %4 shared, %5 private.")
                             .arg(countOf(total, "entry", "entries"))
                             .arg(dayText(first), dayText(last))
                             .arg(shared)
                             .arg(total - shared),
            p.type.body, p.type.ink);
    }
    p.flow.space(p.units.mm(4));
    const QString partner = p.partnerName.isEmpty() ? QStringLiteral("your partner") : p.partnerName;
    p.flow.paragraph(QStringLiteral("This journal holds your own entries and the ones shared between you and %1. "
                                    "Entries %1 kept private are not in it: your passphrase cannot open them.")
                         .arg(partner),
        p.type.body, p.type.ink);
    p.flow.space(p.units.mm(2));
    p.flow.paragraph(QStringLiteral("Anyone who opens this file can read it. Keep it somewhere only you can reach, "
                                    "and delete it when you no longer need it."),
        p.type.body, p.type.ink);
}

void printCharts(const JournalPrint& p)
{
    const auto& d = p.journal.dashboard;
    p.flow.newPage();
    heading(p, QStringLiteral("Progress"));
    subheading(p, QStringLiteral("Trust over the weeks"));
    const QString me = q(p.journal.partnerName);
    const QString partner = p.partnerName.isEmpty() ? QStringLiteral("Your partner") : p.partnerName;
    if (d.myTrend.points.empty() && d.partnerTrend.points.empty()) {
        p.flow.paragraph(QStringLiteral("No check-ins yet."), p.type.body, p.type.muted);
    } else {
        p.flow.paragraph(QStringLiteral("Weekly average of the trust check-ins, from 0 (none) to 10 (complete)."),
            p.type.meta, p.type.muted);
        std::vector<TrustLine> lines;
        if (!d.myTrend.points.empty()) {
            lines.push_back({me, p.type.accent, false, d.myTrend.points});
        }
        if (!d.partnerTrend.points.empty()) {
            lines.push_back(
                {partner + QStringLiteral(" (shared)"), QColor(0xd0, 0x7a, 0x1f), true, d.partnerTrend.points});
        } else if (!p.partnerName.isEmpty()) {
            p.flow.paragraph(QStringLiteral("%1 has not shared any check-ins, so only yours are shown.").arg(partner),
                p.type.meta, p.type.muted);
        }
        p.flow.space(p.units.mm(1));
        const Typography& type = p.type;
        const Units units = p.units;
        p.flow.block(p.units.mm(80), [lines, &type, units](QPainter& painter, const QRectF& area) {
            drawTrustChart(painter, area, lines, type, units);
        });
    }
    p.flow.space(p.units.mm(4));
    const Totals mine = totalsOf(d.myConsistency);
    if (mine.due == 0 && totalsOf(d.partnerConsistency).due == 0) {
        subheading(p, QStringLiteral("Consistency"));
        p.flow.paragraph(QStringLiteral("No commitments with a due day yet."), p.type.body, p.type.muted);
        return;
    }
    consistencySection(p, QStringLiteral("Consistency: your commitments"), QStringLiteral("You"), d.myConsistency);
    consistencySection(
        p, QStringLiteral("Consistency: %1's shared commitments").arg(partner), partner, d.partnerConsistency);
}

void printEntries(const JournalPrint& p)
{
    p.flow.newPage();
    // A reveal answer stays a private row of its author; once it was revealed, its published copy
    // names it as parent. Such an answer is "revealed", not "private".
    std::set<std::string> revealed;
    for (const auto& je : p.journal.entries) {
        if (je.entry.kind == "reveal-published" && !je.entry.parentId.empty()) {
            revealed.insert(je.entry.parentId);
        }
    }
    const std::string* module = nullptr;
    for (const auto& je : p.journal.entries) {
        if (module == nullptr || *module != je.moduleId) {
            module = &je.moduleId;
            heading(p, je.moduleId.empty() ? QStringLiteral("No longer in the curriculum") : q(je.moduleTitle));
        }
        const auto& e = je.entry;
        // The title, the line under it and the start of the text stay together on one page.
        p.flow.keepRoom(p.flow.lineHeight(p.type.subheading) + p.flow.lineHeight(p.type.meta)
            + 2 * p.flow.lineHeight(p.type.body) + p.units.mm(3));
        p.flow.space(p.units.mm(3));
        p.flow.paragraph(
            je.exerciseTitle.empty() ? q(e.exerciseId) : q(je.exerciseTitle), p.type.subheading, p.type.ink);
        const QString visibility = e.visibility == workbook::Visibility::Shared ? QStringLiteral("shared")
            : revealed.count(e.id)                                              ? QStringLiteral("revealed")
                                                                                : QStringLiteral("private");
        p.flow.paragraph(QStringLiteral("%1  ·  %2  ·  %3  ·  %4")
                             .arg(q(kindLabel(e.kind)), timeText(e.createdAt), q(je.authorName), visibility),
            p.type.meta, p.type.muted);
        p.flow.space(p.units.mm(1));
        for (const auto& line : bodyLines(e.kind, e.body, je.fields)) {
            const qreal indent = p.units.mm(5) * line.depth;
            if (line.text.empty()) {
                p.flow.paragraph(q(line.label), p.type.body, p.type.muted, indent, {}, 1.3);
            } else {
                const QString prefix = line.label.empty() ? QString() : q(line.label) + QStringLiteral(": ");
                p.flow.paragraph(q(line.text), p.type.body, p.type.ink, indent, prefix, 1.3);
            }
        }
    }
}

} // namespace tw::exporting
