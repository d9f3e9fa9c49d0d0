// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace tw::content {
struct Curriculum;
struct Exercise;
struct Module;
} // namespace tw::content

namespace tw::app {

/**
 * @brief The path as a tree: modules in curriculum order, and under each the exercises this partner
 * sees (role filter). Progress comes in as sets of exercise ids, so the model never touches the
 * workbook and the views never see SQL.
 */
class PathModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Roles {
        ExerciseIdRole = Qt::UserRole + 1,
        DoneByMeRole,
        DoneByPartnerRole,
        AvailableRole,
        SharedByPartnerRole
    };

    /** @brief An exercise a therapist assigned: its due day for display ("" for none), and whether it is late. */
    struct AssignedMark {
        QString due;
        bool overdue = false;
    };

    explicit PathModel(QObject* parent = nullptr);
    /** @brief @p individualOnly hides couple exercises (after a safety check that raised a concern). */
    void reset(const content::Curriculum* curriculum, const std::string& role, bool individualOnly);
    void setProgress(std::set<std::string> doneByMe, std::set<std::string> doneByPartner, const QString& partnerName);
    /** @brief Exercises where the other partner shared an answer: their rows say so, and lead there. */
    void setSharedByPartner(std::set<std::string> exerciseIds);
    /** @brief Marks assigned exercises by id (therapist mode); an empty map clears the marks. */
    void setAssigned(std::map<std::string, AssignedMark> assigned);
    [[nodiscard]] QModelIndex indexOfExercise(const std::string& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row {
        const content::Module* module;
        std::vector<const content::Exercise*> exercises;
        bool inEnglish = false; ///< no text in the interface's language: shown in English
    };
    static constexpr quintptr kTopLevel = ~quintptr{0};
    std::vector<Row> m_rows;
    std::set<std::string> m_doneByMe;
    std::set<std::string> m_doneByPartner;
    std::set<std::string> m_sharedByPartner;
    QString m_partnerName;
    std::map<std::string, AssignedMark> m_assigned;
};

} // namespace tw::app
