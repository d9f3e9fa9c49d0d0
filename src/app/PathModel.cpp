// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathModel.h"

#include "exercises/EditorContext.h"
#include "style/Icons.h"
#include "tw/content/Curriculum.h"

namespace tw::app {
namespace {

QString modeText(content::Mode mode)
{
    switch (mode) {
    case content::Mode::Alone:
        return PathModel::tr("on your own");
    case content::Mode::Together:
        return PathModel::tr("together");
    case content::Mode::Either:
        return PathModel::tr("alone or together");
    }
    return {};
}

} // namespace

PathModel::PathModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void PathModel::reset(const content::Curriculum* curriculum, const std::string& role, bool individualOnly)
{
    beginResetModel();
    m_rows.clear();
    if (curriculum) {
        for (const auto& module : curriculum->modules) {
            // A module without a text in the asked language is shown in English, and says so.
            const bool inEnglish = curriculum->locale != "en" && module.locale != curriculum->locale;
            Row row{&module, {}, inEnglish};
            for (const auto& exercise : module.exercises) {
                if (!exercise.visibleTo(role)) {
                    continue;
                }
                if (individualOnly && isCoupleExercise(exercise)) {
                    continue;
                }
                row.exercises.push_back(&exercise);
            }
            if (!row.exercises.empty()) {
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
}

void PathModel::setProgress(
    std::set<std::string> doneByMe, std::set<std::string> doneByPartner, const QString& partnerName)
{
    m_doneByMe = std::move(doneByMe);
    m_doneByPartner = std::move(doneByPartner);
    m_partnerName = partnerName;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
        for (int i = 0; i < rowCount(); ++i) {
            const QModelIndex parentIndex = index(i, 0);
            if (rowCount(parentIndex) > 0) {
                emit dataChanged(index(0, 0, parentIndex), index(rowCount(parentIndex) - 1, 0, parentIndex));
            }
        }
    }
}

void PathModel::setSharedByPartner(std::set<std::string> exerciseIds)
{
    m_sharedByPartner = std::move(exerciseIds);
    for (int i = 0; i < rowCount(); ++i) {
        const QModelIndex parentIndex = index(i, 0);
        if (rowCount(parentIndex) > 0) {
            emit dataChanged(index(0, 0, parentIndex), index(rowCount(parentIndex) - 1, 0, parentIndex));
        }
    }
}

void PathModel::setAssigned(std::map<std::string, AssignedMark> assigned)
{
    m_assigned = std::move(assigned);
    for (int i = 0; i < rowCount(); ++i) {
        const QModelIndex parentIndex = index(i, 0);
        if (rowCount(parentIndex) > 0) {
            emit dataChanged(index(0, 0, parentIndex), index(rowCount(parentIndex) - 1, 0, parentIndex));
        }
    }
}

QModelIndex PathModel::indexOfExercise(const std::string& id) const
{
    for (std::size_t m = 0; m < m_rows.size(); ++m) {
        const auto& exercises = m_rows[m].exercises;
        for (std::size_t e = 0; e < exercises.size(); ++e) {
            if (exercises[e]->id == id) {
                return createIndex(static_cast<int>(e), 0, static_cast<quintptr>(m));
            }
        }
    }
    return {};
}

QModelIndex PathModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < static_cast<int>(m_rows.size()) ? createIndex(row, 0, kTopLevel) : QModelIndex();
    }
    if (parent.internalId() != kTopLevel || parent.row() >= static_cast<int>(m_rows.size())) {
        return {};
    }
    const auto& exercises = m_rows[static_cast<std::size_t>(parent.row())].exercises;
    return row < static_cast<int>(exercises.size()) ? createIndex(row, 0, static_cast<quintptr>(parent.row()))
                                                    : QModelIndex();
}

QModelIndex PathModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId()), 0, kTopLevel);
}

int PathModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_rows.size());
    }
    if (parent.column() != 0 || parent.internalId() != kTopLevel) {
        return 0;
    }
    return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())].exercises.size());
}

int PathModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant PathModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == kTopLevel) {
        const Row& row = m_rows[static_cast<std::size_t>(index.row())];
        // Counted as on Home: the safety check is not one of the steps of the work.
        int done = 0;
        int total = 0;
        for (const auto* e : row.exercises) {
            if (!e->safety) {
                ++total;
                done += m_doneByMe.count(e->id) ? 1 : 0;
            }
        }
        const QString title = QString::fromStdString(row.module->title);
        switch (role) {
        case Qt::DisplayRole:
            //: A path row of a module that has no translation yet; %1 is its English title.
            return row.inEnglish ? tr("%1  (%2 of %3, in English)").arg(title).arg(done).arg(total)
                                 : tr("%1  (%2 of %3)").arg(title).arg(done).arg(total);
        case Qt::AccessibleTextRole:
            return row.inEnglish
                ? tr("%1, %2 of %3 done, not translated yet and shown in English").arg(title).arg(done).arg(total)
                : tr("%1, %2 of %3 done").arg(title).arg(done).arg(total);
        case Qt::ToolTipRole:
            return row.inEnglish ? tr("This module is not translated yet and is shown in English.") : QVariant();
        default:
            return {};
        }
    }
    const auto* exercise
        = m_rows[static_cast<std::size_t>(index.internalId())].exercises[static_cast<std::size_t>(index.row())];
    const bool mine = m_doneByMe.count(exercise->id) > 0;
    // Whether the partner took the safety check is not shown: it is theirs to tell.
    const bool theirs = !exercise->safety && m_doneByPartner.count(exercise->id) > 0;
    const QString title = QString::fromStdString(exercise->title);
    // In words, not colour alone; first in the row, so a narrow path panel never cuts it off.
    QString assignedText;
    QString assignedTitle;
    if (const auto mark = m_assigned.find(exercise->id); mark != m_assigned.end()) {
        const auto& [due, overdue] = mark->second;
        assignedText = due.isEmpty() ? tr("assigned")
            : overdue                ? tr("overdue, was due %1").arg(due)
                                     : tr("due %1").arg(due);
        //: Path rows of exercises a therapist assigned; %1 is the title, %2 the due day.
        assignedTitle = due.isEmpty() ? tr("Assigned: %1").arg(title)
            : overdue                 ? tr("Overdue: %1").arg(title)
                                      : tr("Due %2: %1").arg(title, due);
    }
    const bool shared = !m_partnerName.isEmpty() && m_sharedByPartner.count(exercise->id) > 0;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = assignedTitle.isEmpty() ? title : assignedTitle;
        if (mine) {
            text += QStringLiteral("  ✓");
        }
        if (theirs && !m_partnerName.isEmpty()) {
            text += QStringLiteral("  ") + tr("(%1 ✓)").arg(m_partnerName);
        }
        if (shared) {
            //: A path row whose exercise holds an answer the partner shared; %1 is the partner's name.
            text += QStringLiteral("  \u00b7 ") + tr("%1 shared").arg(m_partnerName);
        }
        return text;
    }
    case Qt::DecorationRole:
        return style::kindIcon(exercise->kind);
    case Qt::AccessibleTextRole: {
        QString text = assignedText.isEmpty()
            ? tr("%1, %2").arg(title, mine ? tr("done") : tr("not done yet"))
            : tr("%1, %2, %3").arg(title, mine ? tr("done") : tr("not done yet"), assignedText);
        if (shared) {
            text += QStringLiteral(", ") + tr("%1 shared an answer").arg(m_partnerName);
        }
        return text;
    }
    case SharedByPartnerRole:
        return shared;
    case Qt::ToolTipRole:
        return tr("%1\n%2, %3").arg(title, aboutMinutes(exercise->minutes), modeText(exercise->mode));
    case ExerciseIdRole:
        return QString::fromStdString(exercise->id);
    case DoneByMeRole:
        return mine;
    case DoneByPartnerRole:
        return theirs;
    default:
        return {};
    }
}

Qt::ItemFlags PathModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace tw::app
