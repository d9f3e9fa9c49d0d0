// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartRequests.h"

namespace tw::app {
namespace {

std::vector<charts::WeekValue> trustValues(const workbook::TrendSeries& series)
{
    std::vector<charts::WeekValue> values;
    values.reserve(series.points.size());
    for (const auto& p : series.points) {
        values.push_back({p.weekStart, p.trust});
    }
    return values;
}

std::vector<charts::WeekCounts> weekCounts(const std::vector<workbook::ConsistencyWeek>& weeks)
{
    std::vector<charts::WeekCounts> counts;
    counts.reserve(weeks.size());
    for (const auto& w : weeks) {
        counts.push_back({w.weekStart, w.due, w.kept});
    }
    return counts;
}

} // namespace

charts::Request trustChart(const workbook::Dashboard& dashboard, const QString& partnerName)
{
    charts::TrustInput input;
    input.mine = trustValues(dashboard.myTrend);
    input.partner = trustValues(dashboard.partnerTrend);
    for (const auto& g : dashboard.gap) {
        input.gap.push_back({g.weekStart, g.gap});
    }
    input.partnerName = partnerName;
    return input;
}

charts::Request consistencyChart(const workbook::Dashboard& dashboard, const QString& partnerName)
{
    return charts::ConsistencyInput{
        weekCounts(dashboard.myConsistency), weekCounts(dashboard.partnerConsistency), partnerName};
}

charts::Request stepsChart(const std::vector<StepRow>& rows, const QString& partnerName)
{
    charts::StepsInput input;
    for (const auto& r : rows) {
        input.steps.push_back({r.step, r.exercises, r.doneByMe, r.doneByPartner});
    }
    input.hasPartner = !rows.empty() && rows.front().hasPartner;
    input.partnerName = partnerName;
    return input;
}

charts::Request countsChart(const QStringList& categories, const std::vector<int>& counts, const QString& setName)
{
    return charts::CountsInput{categories, counts, setName};
}

} // namespace tw::app
