// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/BuiltWhenShownPage.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QCheckBox;
class QPlainTextEdit;
class QVBoxLayout;

namespace tw::app {

class NewPassphraseFields;
class SafetyCheckPanel;
class SetupWizard;

class IntroPage : public QWizardPage {
    Q_OBJECT
public:
    explicit IntroPage(QWidget* parent = nullptr);
};

class PartnersPage : public BuiltWhenShownPage {
    Q_OBJECT
public:
    explicit PartnersPage(QWidget* parent = nullptr);
    bool isComplete() const override;

private:
    void build() override;
    void prepare() override;

    QWidget* m_second = nullptr;
    QLineEdit* m_name1 = nullptr;
    QLineEdit* m_name2 = nullptr;
};

/**
 * @brief One partner's passphrase, typed twice, judged with the same minimum as the CLI; the
 * second partner may not choose the first one's. The passphrase leaves the fields (into guarded
 * memory) when Next is pressed.
 */
class PassphrasePage : public BuiltWhenShownPage {
    Q_OBJECT
public:
    PassphrasePage(SetupWizard& wizard, int partner);
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void build() override;
    void prepare() override;

    SetupWizard& m_wizard;
    int m_partner;
    NewPassphraseFields* m_fields = nullptr;
};

/** @brief Creates the workbook off the UI thread (Argon2id runs for each passphrase and code). */
class CreatePage : public QWizardPage {
    Q_OBJECT
public:
    explicit CreatePage(SetupWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    SetupWizard& m_wizard;
    QLabel* m_status = nullptr;
    QFutureWatcher<QString> m_watcher;
    bool m_done = false;
};

/**
 * @brief One partner's private safety check, right after set-up. Only that partner should see the
 * screen; the other is never told the answer. Next saves it; after a concern the page stays once,
 * so the message that follows is read before moving on.
 */
class SafetyPage : public QWizardPage {
    Q_OBJECT
public:
    SafetyPage(SetupWizard& wizard, int partnerIndex);
    ~SafetyPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

private:
    SetupWizard& m_wizard;
    int m_index;
    QVBoxLayout* m_box = nullptr;
    SafetyCheckPanel* m_panel = nullptr;
    bool m_concernShown = false;
};

/** @brief How private and shared spaces work; worded for one person when starting alone. */
class PrivacyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PrivacyPage(SetupWizard& wizard);
    void initializePage() override;

private:
    SetupWizard& m_wizard;
    QLabel* m_text = nullptr;
};

/** @brief A couple's last page: who starts. The workbook then opens for them, with no second prompt. */
class ReadyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReadyPage(SetupWizard& wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    SetupWizard& m_wizard;
    QRadioButton* m_first = nullptr;
    QRadioButton* m_second = nullptr;
};

} // namespace tw::app
