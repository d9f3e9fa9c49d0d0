// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tw::app {

class SyncController;

/**
 * @brief The sync status at the foot of the window while a partner is unlocked: "Up to date with
 * laptop, 14:02", then anything that needs them (a damaged change file, a clock that is off, a
 * passphrase changed elsewhere, an entry kept in two versions), and a way to the devices. Hidden
 * while locked and for a partner who syncs nowhere.
 */
class SyncStatusLine : public QWidget {
    Q_OBJECT
public:
    SyncStatusLine(SyncController& controller, QWidget* parent = nullptr);

    /** @brief Every sentence shown, one per line. */
    [[nodiscard]] QString text() const;

signals:
    void devicesRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void fitHeight();

    SyncController& m_controller;
    QLabel* m_summary = nullptr;
    QLabel* m_attention = nullptr;
    QPushButton* m_devices = nullptr;
};

} // namespace tw::app
