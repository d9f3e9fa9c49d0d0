// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The charts module's entry (see ChartsApi.h): the only symbol trustwork-charts.so exports.
#include "ChartBuilders.h"
#include "ChartsApi.h"

#include <QChart>
#include <QChartView>

#include <variant>

namespace tw::app::charts {
namespace {

class Module final : public Api {
public:
    QWidget* newView(QWidget* parent) const override
    {
        auto* view = new QChartView(parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        view->setFocusPolicy(Qt::NoFocus);
        return view;
    }

    void show(QWidget* view, const Request& request) const override
    {
        auto* chartView = qobject_cast<QChartView*>(view);
        if (!chartView) {
            return;
        }
        QChart* chart = std::visit(
            [](const auto& input) -> QChart* {
                using Input = std::decay_t<decltype(input)>;
                if constexpr (std::is_same_v<Input, TrustInput>) {
                    return trustChart(input);
                } else if constexpr (std::is_same_v<Input, ConsistencyInput>) {
                    return consistencyChart(input);
                } else if constexpr (std::is_same_v<Input, StepsInput>) {
                    return stepsChart(input);
                } else {
                    return countsChart(input);
                }
            },
            request);
        styleChart(chart);
        QChart* old = chartView->chart();
        chartView->setChart(chart);
        // setChart leaves the previous chart to us; the view's default empty chart included.
        delete old;
    }
};

} // namespace
} // namespace tw::app::charts

extern "C" Q_DECL_EXPORT const tw::app::charts::Api* tw_charts_api_v1()
{
    static const tw::app::charts::Module module;
    return &module;
}
