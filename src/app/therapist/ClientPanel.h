// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTabWidget;
class QTreeWidget;

namespace tw::content {
struct Curriculum;
}
namespace tw::workbook {
struct ClientView;
}

namespace tw::app::therapist {

/**
 * @brief One client as the practice sees them: the assignments sent with each item's completion per
 * partner (from that partner's latest report), check-in trends by week, the shared (and chosen
 * private) entries by date, and the reports imported.
 */
class ClientPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClientPanel(const content::Curriculum& curriculum, QWidget* parent = nullptr);

    void show(const workbook::ClientView& view);
    /** @brief Forgets everything shown (before lock). */
    void clear();

    [[nodiscard]] QTreeWidget* assignments() const { return m_assignments; }
    [[nodiscard]] QTreeWidget* trends() const { return m_trends; }
    [[nodiscard]] QTreeWidget* entries() const { return m_entries; }
    [[nodiscard]] QTreeWidget* reports() const { return m_reports; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    void fillAssignments(const workbook::ClientView& view);
    void fillTrends(const workbook::ClientView& view);
    void fillEntries(const workbook::ClientView& view);
    void fillReports(const workbook::ClientView& view);

    const content::Curriculum& m_curriculum;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_assignments = nullptr;
    QTreeWidget* m_trends = nullptr;
    QTreeWidget* m_entries = nullptr;
    QTextBrowser* m_entryText = nullptr;
    QTreeWidget* m_reports = nullptr;
};

} // namespace tw::app::therapist
