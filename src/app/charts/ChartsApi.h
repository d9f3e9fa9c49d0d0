// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <variant>
#include <vector>

class QWidget;

/**
 * The progress charts live in a module of their own (trustwork-charts.so), loaded when the progress
 * view is first built: Qt Charts and the OpenGL libraries it needs are then not loaded, relocated
 * and bound before the first window (docs/performance.md). This header is all the two sides share:
 * plain numbers in, a chart view out. It names no workbook type and no Qt Charts type.
 */
namespace tw::app::charts {

/** @brief One week's value: a mean of check-ins, or the gap between two means. */
struct WeekValue {
    std::string weekStart; ///< Monday, "YYYY-MM-DD"
    double value = 0;
};

/** @brief Commitments due and kept in one week. */
struct WeekCounts {
    std::string weekStart;
    int due = 0;
    int kept = 0;
};

/** @brief Trust over weeks: mine, the partner's when shared, and the gap where both exist. */
struct TrustInput {
    std::vector<WeekValue> mine;
    std::vector<WeekValue> partner;
    std::vector<WeekValue> gap;
    QString partnerName;
};

/** @brief The consistency record: due and kept per week, mine and the partner's shared ones. */
struct ConsistencyInput {
    std::vector<WeekCounts> mine;
    std::vector<WeekCounts> partner;
    QString partnerName;
};

/** @brief Exercises done per step. */
struct StepBar {
    QString step;
    int exercises = 0;
    int doneByMe = 0;
    int doneByPartner = 0;
};
struct StepsInput {
    std::vector<StepBar> steps;
    bool hasPartner = false;
    QString partnerName;
};

/** @brief One bar per category (trigger patterns). */
struct CountsInput {
    QStringList categories;
    std::vector<int> counts;
    QString setName;
};

/** @brief What a chart panel is asked to draw. */
using Request = std::variant<TrustInput, ConsistencyInput, StepsInput, CountsInput>;

/** @brief What the module offers. One instance lives in the module for the life of the process. */
class Api {
public:
    virtual ~Api() = default;
    /** @brief An empty chart view under @p parent (a QChartView), sized and styled for a panel. */
    [[nodiscard]] virtual QWidget* newView(QWidget* parent) const = 0;
    /** @brief Draws @p request in @p view (one newView() made), in the current palette. */
    virtual void show(QWidget* view, const Request& request) const = 0;
};

/** @brief The module's one exported function: `const Api* tw_charts_api_v1()`. */
inline constexpr char kEntry[] = "tw_charts_api_v1";
/** @brief The module's file name, in the module folder (modules/Modules.h). */
inline constexpr char kFile[] = "trustwork-charts.so";

} // namespace tw::app::charts
