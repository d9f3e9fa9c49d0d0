// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsModel.h"

#include "Dates.h"
#include "tw/content/Curriculum.h"

#include <QDateTime>
#include <QLocale>

namespace tw::app {

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setHits(std::vector<workbook::SearchHit> hits, const content::Curriculum* curriculum,
    const std::string& myId, const QString& partnerName)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_curriculum = curriculum;
    m_myId = myId;
    m_partnerName = partnerName;
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_curriculum = nullptr;
    m_myId.clear();
    m_partnerName.clear();
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultsModel::text(const workbook::SearchHit& hit, int column) const
{
    switch (column) {
    case ExerciseColumn: {
        const auto* exercise = m_curriculum ? m_curriculum->findExercise(hit.exerciseId) : nullptr;
        // An entry whose exercise left the curriculum stays findable under its id.
        return exercise ? QString::fromStdString(exercise->title) : QString::fromStdString(hit.exerciseId);
    }
    case DateColumn:
        return dayText(hit.createdAt);
    case VisibilityColumn:
        if (hit.visibility == workbook::Visibility::Private) {
            return tr("Private");
        }
        return hit.authorId == m_myId ? tr("Shared by you") : tr("Shared by %1").arg(m_partnerName);
    case SnippetColumn:
        return QString::fromStdString(hit.snippet).simplified();
    default:
        return {};
    }
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& hit = m_hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(hit, index.column());
    case Qt::ToolTipRole:
        // The snippet column is often cut; the whole snippet is one hover away.
        return index.column() == SnippetColumn ? text(hit, SnippetColumn) : QVariant();
    case Qt::AccessibleTextRole:
        // One sentence per row for a screen reader, whichever cell has focus.
        return tr("%1, %2, %3: %4")
            .arg(text(hit, ExerciseColumn), text(hit, DateColumn), text(hit, VisibilityColumn),
                text(hit, SnippetColumn));
    case ExerciseIdRole:
        return QString::fromStdString(hit.exerciseId);
    case EntryIdRole:
        return QString::fromStdString(hit.entryId);
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ExerciseColumn:
        return tr("Exercise");
    case DateColumn:
        return tr("Date");
    case VisibilityColumn:
        return tr("Private or shared");
    case SnippetColumn:
        return tr("Found in");
    default:
        return {};
    }
}

} // namespace tw::app
