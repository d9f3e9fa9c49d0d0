// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepJourney.h"

#include "style/Components.h"
#include "style/Metrics.h"
#include "style/Theme.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

// The station's number in a circle: filled where I am now, outlined elsewhere, ticked when done.
class Badge : public QWidget {
public:
    Badge(int number, bool current, bool done, QWidget* parent)
        : QWidget(parent)
        , m_number(number)
        , m_current(current)
        , m_done(done)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    QSize sizeHint() const override
    {
        const int side = fontMetrics().height() * 2;
        return {side, side};
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        const auto& t = style::currentTheme();
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(width(), height()) - 3.0;
        QRectF circle(0, 0, side, side);
        circle.moveCenter(QRectF(rect()).center());
        p.setPen(QPen(t.accent, 2));
        p.setBrush(m_current || m_done ? t.accent : t.raised);
        p.drawEllipse(circle);
        QFont font = this->font();
        font.setBold(true);
        p.setFont(font);
        p.setPen(m_current || m_done ? t.onAccent : t.accent);
        p.drawText(circle, Qt::AlignCenter, m_done ? QStringLiteral("\u2713") : QString::number(m_number));
    }

private:
    int m_number;
    bool m_current;
    bool m_done;
};

QWidget* progressRow(const QString& who, int done, int total, bool partner, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::xs);
    //: A step's progress on Home, e.g. "You: 3 of 8" or "Sam: 2 of 8".
    auto* text
        = style::text(style::TextRole::Caption, StepJourney::tr("%1: %2 of %3").arg(who).arg(done).arg(total), row);
    layout->addWidget(text);
    layout->addWidget(new ProgressLine(done, total, partner, row));
    return row;
}

} // namespace

ProgressLine::ProgressLine(int done, int total, bool partner, QWidget* parent)
    : QWidget(parent)
    , m_done(done)
    , m_total(total)
    , m_partner(partner)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize ProgressLine::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, std::max(6, fontMetrics().height() / 3)};
}

void ProgressLine::paintEvent(QPaintEvent*)
{
    const auto& t = style::currentTheme();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = bar.height() / 2;
    p.setPen(QPen(t.border, 1));
    p.setBrush(t.sunken);
    p.drawRoundedRect(bar, radius, radius);
    if (m_total > 0 && m_done > 0) {
        QRectF fill = bar;
        fill.setWidth(std::max(bar.height(), bar.width() * std::min(m_done, m_total) / m_total));
        p.setPen(Qt::NoPen);
        p.setBrush(m_partner ? t.partner : t.accent);
        p.drawRoundedRect(fill, radius, radius);
    }
}

StepJourney::StepJourney(QWidget* parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(style::space::m);
    m_grid->setVerticalSpacing(style::space::m);
    setAccessibleName(tr("The four steps"));
}

void StepJourney::setSteps(const std::vector<JourneyStep>& steps, const QString& partnerName)
{
    for (auto* station : m_stations) {
        delete station;
    }
    m_stations.clear();
    m_badges.clear();
    const auto current
        = std::find_if(steps.begin(), steps.end(), [](const JourneyStep& s) { return s.doneByMe < s.total; });
    int number = 0;
    for (const auto& step : steps) {
        ++number;
        const bool here = current != steps.end() && &step == &*current;
        const bool done = step.total > 0 && step.doneByMe >= step.total;
        auto* station = style::card(this);
        auto* layout = style::cardLayout(station);
        auto* top = new QHBoxLayout();
        auto* badge = new Badge(number, here, done, station);
        top->addWidget(badge, 0, Qt::AlignLeft | Qt::AlignVCenter);
        auto* label = style::text(
            style::TextRole::Caption, here ? tr("%1 \u00b7 You are here").arg(step.label) : step.label, station);
        top->addWidget(label, 1);
        layout->addLayout(top);
        layout->addWidget(style::emphasis(step.title, station));
        layout->addWidget(progressRow(tr("You"), step.doneByMe, step.total, false, station));
        QString spoken = tr("%1, %2: you have done %3 of %n exercise(s)", nullptr, step.total)
                             .arg(step.label, step.title)
                             .arg(step.doneByMe);
        if (!partnerName.isEmpty()) {
            layout->addWidget(progressRow(partnerName, step.doneByPartner, step.total, true, station));
            spoken += tr("; %1 has done %2").arg(partnerName).arg(step.doneByPartner);
        }
        layout->addStretch();
        if (!step.nextExerciseId.isEmpty()) {
            auto* open = new QPushButton(done ? tr("Look again") : here ? tr("Continue") : tr("Open"), station);
            open->setAccessibleName(tr("Open %1: %2").arg(step.label, step.title));
            open->setAccessibleDescription(spoken);
            connect(open, &QPushButton::clicked, this, [this, id = step.nextExerciseId] { emit openExercise(id); });
            layout->addWidget(open, 0, Qt::AlignLeft);
        }
        station->setAccessibleName(spoken);
        m_stations.push_back(station);
        m_badges.push_back(badge);
    }
    m_columns = 0;
    arrange();
}

int StepJourney::stationMinimumWidth() const
{
    // Room for "You: 12 of 12" and a short title per line, at the current text size.
    return fontMetrics().averageCharWidth() * 18 + 2 * style::space::m;
}

void StepJourney::arrange()
{
    const int count = static_cast<int>(m_stations.size());
    if (count == 0) {
        return;
    }
    const int fit
        = std::max(1, (width() + m_grid->horizontalSpacing()) / (stationMinimumWidth() + m_grid->horizontalSpacing()));
    const int columns = fit >= count ? count : fit >= 2 ? 2 : 1;
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (auto* station : m_stations) {
        m_grid->removeWidget(station);
    }
    for (int i = 0; i < count; ++i) {
        m_grid->addWidget(m_stations[static_cast<std::size_t>(i)], i / columns, i % columns);
    }
    for (int c = 0; c < 4; ++c) {
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
    update();
}

void StepJourney::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void StepJourney::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        m_columns = 0;
        arrange();
    }
    QWidget::changeEvent(event);
}

void StepJourney::paintEvent(QPaintEvent*)
{
    // The path: a line from each station's badge to the next, behind the cards, so the steps read
    // as one way forward rather than four boxes.
    if (m_badges.size() < 2) {
        return;
    }
    const auto& t = style::currentTheme();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(t.accent, 2, Qt::DashLine, Qt::RoundCap));
    for (std::size_t i = 0; i + 1 < m_badges.size(); ++i) {
        const QPoint a = m_badges[i]->mapTo(this, m_badges[i]->rect().center());
        const QPoint b = m_badges[i + 1]->mapTo(this, m_badges[i + 1]->rect().center());
        if (a.y() == b.y()) {
            p.drawLine(a, b);
        }
    }
}

} // namespace tw::app
