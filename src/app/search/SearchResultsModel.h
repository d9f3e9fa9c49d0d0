// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/SearchIndex.h"

#include <QAbstractTableModel>

#include <vector>

namespace tw::content {
struct Curriculum;
}

namespace tw::app {

/** @brief Search hits as rows: exercise, date, private or shared (and by whom), and the snippet. */
class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { ExerciseIdRole = Qt::UserRole + 1, EntryIdRole };
    enum Column { ExerciseColumn, DateColumn, VisibilityColumn, SnippetColumn, ColumnCount };

    explicit SearchResultsModel(QObject* parent = nullptr);
    /** @brief @p myId tells my own shared entries from my partner's; @p partnerName names theirs. */
    void setHits(std::vector<workbook::SearchHit> hits, const content::Curriculum* curriculum, const std::string& myId,
        const QString& partnerName);
    void clear();
    [[nodiscard]] const std::vector<workbook::SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QString text(const workbook::SearchHit& hit, int column) const;

    std::vector<workbook::SearchHit> m_hits;
    const content::Curriculum* m_curriculum = nullptr;
    std::string m_myId;
    QString m_partnerName;
};

} // namespace tw::app
