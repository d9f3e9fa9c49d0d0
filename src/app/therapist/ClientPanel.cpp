// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientPanel.h"

#include "Labels.h"
#include "TherapistText.h"
#include "exercises/AnswerText.h"
#include "tw/workbook/PracticeService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <tuple>

namespace tw::app::therapist {
namespace {

QTreeWidget* table(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setAccessibleName(accessibleName);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// Wide enough for the content and for the whole header word: a header never reads "Assigned exerci".
void fitColumns(QTreeWidget* tree, int columns)
{
    for (int c = 0; c < columns; ++c) {
        tree->resizeColumnToContents(c);
        tree->setColumnWidth(c, std::max(tree->columnWidth(c), tree->header()->sectionSizeHint(c)));
    }
}

// Eight levels of a block, lowest to highest: a week-by-week line small enough for a table cell.
QString sparkline(const std::vector<double>& values)
{
    static const QString blocks = QStringLiteral("▁▂▃▄▅▆▇█");
    if (values.empty()) {
        return {};
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    QString line;
    for (const double v : values) {
        const double span = *high - *low;
        const auto level = span > 0 ? static_cast<qsizetype>((v - *low) / span * 7.0 + 0.5) : qsizetype{3};
        line += blocks.at(std::clamp<qsizetype>(level, 0, 7));
    }
    return line;
}

} // namespace

ClientPanel::ClientPanel(const content::Curriculum& curriculum, QWidget* parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
{
    auto* layout = new QVBoxLayout(this);
    m_title = boldLabel(QString(), this, 1.4);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Client details"));
    m_assignments = table({tr("Assigned exercise"), tr("Due"), tr("Done, per partner")},
        tr("Assignments with completion per partner"), m_tabs);
    m_trends = table({tr("Partner and check-in"), tr("Weeks"), tr("Week by week"), tr("Latest week")},
        tr("Check-in trends"), m_tabs);
    m_entries = table({tr("Date"), tr("Partner"), tr("Exercise"), tr("Shared or private"), tr("Text")},
        tr("Entries by date"), m_tabs);
    m_reports = table({tr("Written"), tr("Partner"), tr("Included")}, tr("Imported reports"), m_tabs);
    // Only the assignments have children; the other three are flat tables.
    for (auto* flat : {m_trends, m_entries, m_reports}) {
        flat->setRootIsDecorated(false);
    }
    m_tabs->addTab(m_assignments, tr("&Assignments"));
    m_tabs->addTab(m_trends, tr("Check-in &trends"));
    // A row shows the start of an entry; the whole text of the chosen one is read below it.
    auto* entriesPage = new QSplitter(Qt::Vertical, m_tabs);
    m_entries->setParent(entriesPage);
    entriesPage->addWidget(m_entries);
    // The chosen entry as the partner saw it: each question, then their answer, in the exercise's order.
    m_entryText = new QTextBrowser(entriesPage);
    m_entryText->setOpenLinks(false);
    m_entryText->setAccessibleName(tr("Text of the chosen entry"));
    entriesPage->addWidget(m_entryText);
    entriesPage->setSizes({240, 260});
    connect(m_entries, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_entryText->setHtml(item ? item->data(4, Qt::UserRole).toString() : QString());
    });
    m_tabs->addTab(entriesPage, tr("&Entries by date"));
    m_tabs->addTab(m_reports, tr("&Reports"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void ClientPanel::clear()
{
    m_title->setText(tr("No client chosen"));
    m_summary->setText(tr("Add a client, or choose one on the left."));
    for (auto* tree : {m_assignments, m_trends, m_entries, m_reports}) {
        tree->clear();
    }
    m_entryText->clear();
    m_tabs->setEnabled(false);
}

void ClientPanel::show(const workbook::ClientView& view)
{
    m_title->setText(QString::fromStdString(view.client.label));
    //: %1 is "3 assignments sent", %2 is "2 reports imported".
    QString summary = tr("%1, %2. Completion is what each partner's latest report says.")
                          .arg(tr("%n assignment(s) sent", nullptr, static_cast<int>(view.assignments.size())),
                              tr("%n report(s) imported", nullptr, static_cast<int>(view.reports.size())));
    // Pinned on each partner's first report; compared with them in a session.
    for (const auto& partner : view.partners) {
        summary += QLatin1Char('\n')
            + tr("%1 signs with the key %2 (first report %3).")
                  .arg(QString::fromStdString(partner.name), QString::fromStdString(partner.fingerprint),
                      momentDay(partner.pinnedAt));
    }
    m_summary->setText(summary);
    fillAssignments(view);
    fillTrends(view);
    fillEntries(view);
    fillReports(view);
    m_tabs->setEnabled(true);
}

void ClientPanel::fillAssignments(const workbook::ClientView& view)
{
    m_assignments->clear();
    for (const auto& sent : view.assignments) {
        auto* top = new QTreeWidgetItem(m_assignments);
        QString heading = tr("Sent %1").arg(momentDay(sent.assignment.createdAt));
        if (!sent.assignment.note.empty()) {
            heading += QStringLiteral(": ") + QString::fromStdString(sent.assignment.note);
        }
        top->setText(0, heading);
        top->setFirstColumnSpanned(true);
        for (const auto& item : sent.items) {
            auto* row = new QTreeWidgetItem(top);
            row->setText(0, exerciseTitle(m_curriculum, item.item.exerciseId, item.item.title));
            row->setText(1, item.item.due.empty() ? tr("no due date") : dayText(item.item.due));
            QStringList done;
            for (const auto& partner : item.completion) {
                const QString name = QString::fromStdString(partner.partnerName);
                done << (partner.done ? tr("%1: done").arg(name) : tr("%1: not done").arg(name));
            }
            row->setText(2, done.isEmpty() ? tr("no report yet") : done.join(QStringLiteral(" · ")));
            if (!item.item.note.empty()) {
                row->setToolTip(0, QString::fromStdString(item.item.note));
            }
        }
    }
    m_assignments->expandAll();
    fitColumns(m_assignments, 2);
}

void ClientPanel::fillTrends(const workbook::ClientView& view)
{
    m_trends->clear();
    // Per partner, check-in and field: the week means of that partner's newest report that has them.
    std::map<std::tuple<std::string, std::string, std::string>, std::map<std::string, double>> series;
    for (const auto& report : view.reports) {
        for (const auto& trend : report.checkins) {
            series[{report.partnerName, trend.exerciseId, trend.field}][trend.weekStart] = trend.mean;
        }
    }
    for (const auto& [key, weeks] : series) {
        const auto& [partner, exerciseId, field] = key;
        std::vector<double> values;
        for (const auto& week : weeks) {
            values.push_back(week.second);
        }
        auto* row = new QTreeWidgetItem(m_trends);
        //: Partner, check-in exercise and the field of it, e.g. "Alex, Trust thermometer: trust".
        row->setText(0,
            tr("%1, %2: %3")
                .arg(QString::fromStdString(partner), exerciseTitle(m_curriculum, exerciseId, {}),
                    QString::fromStdString(field)));
        row->setText(1, tr("%1 to %2").arg(dayText(weeks.begin()->first), dayText(weeks.rbegin()->first)));
        row->setText(2, sparkline(values));
        QStringList means;
        for (const double v : values) {
            means << QLocale().toString(v, 'f', 1);
        }
        // The line is for the eye; the numbers are in the tooltip and for screen readers.
        row->setToolTip(2, means.join(QStringLiteral(", ")));
        row->setData(2, Qt::AccessibleTextRole, means.join(QStringLiteral(", ")));
        row->setText(3, QLocale().toString(values.back(), 'f', 1));
    }
    fitColumns(m_trends, 3);
}

void ClientPanel::fillEntries(const workbook::ClientView& view)
{
    m_entries->clear();
    struct Row {
        std::int64_t at;
        std::string partner;
        const workbook::ReportEntry* entry;
    };
    std::vector<Row> rows;
    // The latest report of each partner holds everything they chose to include so far.
    std::map<std::string, const workbook::Report*> latest;
    for (const auto& report : view.reports) {
        latest[report.partnerName] = &report;
    }
    for (const auto& [partner, report] : latest) {
        for (const auto& e : report->sharedEntries) {
            rows.push_back({e.createdAt, partner, &e});
        }
        for (const auto& e : report->privateEntries) {
            rows.push_back({e.createdAt, partner, &e});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at < b.at; });
    for (const auto& r : rows) {
        auto* item = new QTreeWidgetItem(m_entries);
        item->setText(0, momentDay(r.at));
        item->setText(1, QString::fromStdString(r.partner));
        item->setText(2, exerciseTitle(m_curriculum, r.entry->exerciseId, {}));
        item->setText(3, r.entry->visibility == "private" ? tr("private, chosen by them") : tr("shared"));
        // Questions and answers, not the stored JSON: the exercise's questions in its own order.
        const auto parts
            = answerParts(m_curriculum.findExercise(r.entry->exerciseId), "default", r.entry->kind, r.entry->text);
        QString html;
        QStringList snippet;
        for (const auto& part : parts) {
            const QString answer = part.answer.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            html += part.question.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(answer)
                : QStringLiteral("<p><b>%1</b><br>%2</p>").arg(part.question.toHtmlEscaped(), answer);
            snippet << QString(part.answer).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        item->setData(4, Qt::UserRole, html);
        item->setText(4, snippet.join(QStringLiteral(" \u00b7 ")));
    }
    fitColumns(m_entries, 4);
    if (m_entries->topLevelItemCount() > 0) {
        m_entries->setCurrentItem(m_entries->topLevelItem(0));
    }
}

void ClientPanel::fillReports(const workbook::ClientView& view)
{
    m_reports->clear();
    for (const auto& report : view.reports) {
        auto* item = new QTreeWidgetItem(m_reports);
        item->setText(0, momentDay(report.createdAt));
        item->setText(1, QString::fromStdString(report.partnerName));
        QStringList parts{tr("completion")};
        if (report.includesCheckins) {
            parts << tr("check-in trends");
        }
        if (report.includesShared) {
            parts << tr("shared entries");
        }
        if (report.includesPrivate) {
            parts << tr("own private entries");
        }
        item->setText(2, parts.join(QStringLiteral(", ")));
    }
    fitColumns(m_reports, 2);
}

} // namespace tw::app::therapist
