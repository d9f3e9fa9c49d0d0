// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"
#include "tw/workbook/SearchIndex.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace tw::app {

class SearchResultsModel;

/**
 * @brief Search across everything the active partner may read: their own private entries and
 * shared ones. The index lives in memory only; open() rebuilds it from the session (entries may
 * have changed since the last search) and close() wipes it, before the keys go on lock.
 */
class SearchPage : public QWidget {
    Q_OBJECT
public:
    explicit SearchPage(QWidget* parent = nullptr);
    ~SearchPage() override;

    /** @brief Rebuilds the index from @p context's session and puts the cursor in the field. */
    void open(EditorContext& context);
    /** @brief Wipes the index, the query and the results. */
    void close();
    void search(const QString& query);

    [[nodiscard]] QLineEdit* field() const { return m_field; }
    [[nodiscard]] QTreeView* results() const { return m_results; }
    [[nodiscard]] SearchResultsModel* model() const { return m_model; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] std::size_t indexedEntries() const { return m_index.size(); }

signals:
    void openExercise(const QString& id);

private:
    EditorContext* m_context = nullptr;
    workbook::SearchIndex m_index;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QTreeView* m_results = nullptr;
    SearchResultsModel* m_model = nullptr;
};

} // namespace tw::app
