// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace tw::app {

class AppContext;
class DeviceListModel;
class SyncController;

/**
 * @brief "Two computers": the unlocked partner's sync folder (chosen with a folder dialog, kept in
 * their private store), Sync now, what the last sync said, and the workbook's devices with their
 * last change. A partner may remove their own other devices (a lost laptop), after a question;
 * the partner's devices are theirs to remove.
 */
class DevicesDialog : public QDialog {
    Q_OBJECT
public:
    DevicesDialog(AppContext& context, SyncController& controller, QWidget* parent = nullptr);

    [[nodiscard]] DeviceListModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* list() const { return m_list; }

private:
    void chooseFolder();
    void refresh();
    void removeSelected();
    void updateButtons();

    AppContext& m_context;
    SyncController& m_controller;
    QLineEdit* m_folder = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_intro = nullptr;
    QWidget* m_about = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_remove = nullptr;
    QTreeView* m_list = nullptr;
    DeviceListModel* m_model = nullptr;
};

} // namespace tw::app
