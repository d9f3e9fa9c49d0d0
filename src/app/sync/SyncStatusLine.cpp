// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStatusLine.h"

#include "SyncController.h"
#include "style/Components.h"
#include "style/Metrics.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tw::app {

SyncStatusLine::SyncStatusLine(SyncController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatusLine"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(style::space::s, style::space::xs, style::space::s, style::space::xs);
    row->setSpacing(style::space::m);
    auto* lines = new QVBoxLayout();
    lines->setSpacing(style::space::xs);
    lines->addStretch();
    m_summary = style::text(style::TextRole::Caption, QString(), this);
    m_summary->setAccessibleName(tr("Sync status"));
    // Reachable with Tab, so a screen reader user hears the status where a sighted user glances at it.
    m_summary->setFocusPolicy(Qt::TabFocus);
    lines->addWidget(m_summary);
    m_attention = style::emphasis(QString(), this);
    m_attention->setAccessibleName(tr("Sync needs your attention"));
    m_attention->setFocusPolicy(Qt::TabFocus);
    lines->addWidget(m_attention);
    lines->addStretch();
    row->addLayout(lines, 1);
    m_devices = new QPushButton(tr("&Devices…"), this);
    m_devices->setFlat(true);
    m_devices->setAccessibleName(tr("Devices and sync folder"));
    m_devices->setToolTip(tr("The sync folder, Sync now, and the devices of this workbook"));
    row->addWidget(m_devices, 0, Qt::AlignVCenter);
    connect(m_devices, &QPushButton::clicked, this, &SyncStatusLine::devicesRequested);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncStatusLine::refresh);
    refresh();
}

void SyncStatusLine::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void SyncStatusLine::fitHeight()
{
    // The status bar asks for a size hint, which guesses the width of wrapped lines and comes out
    // several lines too tall; the lines need only their height at the width they really have.
    const int height = layout()->hasHeightForWidth() ? layout()->heightForWidth(width()) : sizeHint().height();
    if (height > 0 && height != maximumHeight()) {
        setFixedHeight(height);
    }
}

QString SyncStatusLine::text() const
{
    return m_controller.status().text();
}

void SyncStatusLine::refresh()
{
    const auto& status = m_controller.status();
    m_summary->setText(status.summary);
    m_summary->setAccessibleDescription(status.summary);
    style::setTone(m_summary, status.state == SyncStatus::State::Stopped ? "danger" : "muted");
    // setTone repolishes visible labels only; this one may be about to show.
    m_summary->style()->unpolish(m_summary);
    m_summary->style()->polish(m_summary);
    m_attention->setText(status.attention.join(QLatin1Char('\n')));
    m_attention->setAccessibleDescription(m_attention->text());
    m_attention->setVisible(!status.attention.isEmpty());
    setVisible(status.state != SyncStatus::State::Off);
    fitHeight();
}

} // namespace tw::app
