// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

class SetupWizard;
struct EditorContext;

class IntroPage : public QWizardPage {
    Q_OBJECT
public:
    explicit IntroPage(QWidget* parent = nullptr);
};

class PartnersPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PartnersPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    QWidget* m_second = nullptr;
    QLineEdit* m_name1 = nullptr;
    QLineEdit* m_name2 = nullptr;
};

/** @brief One partner's passphrase, typed twice; the other partner can look away. */
class PassphrasePage : public QWizardPage {
    Q_OBJECT
public:
    PassphrasePage(int partner, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

private:
    int m_partner;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_hint = nullptr;
};

/** @brief Creates the workbook off the UI thread (Argon2id runs four times). */
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

class CodesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CodesPage(SetupWizard& wizard);
    void initializePage() override;

private:
    void saveToFile();
    void print();
    SetupWizard& m_wizard;
    QLabel* m_codes = nullptr;
};

/**
 * @brief One partner's private safety check, right after setup. Only that partner should see the
 * screen; the other is never told the answer. It can be skipped: Home asks again at first unlock.
 */
class SafetyPage : public QWizardPage {
    Q_OBJECT
public:
    SafetyPage(SetupWizard& wizard, int partnerIndex);
    ~SafetyPage() override;
    void initializePage() override;
    void cleanupPage() override;

private:
    SetupWizard& m_wizard;
    int m_index;
    QVBoxLayout* m_box = nullptr;
    std::unique_ptr<EditorContext> m_context;
};

class PrivacyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PrivacyPage(QWidget* parent = nullptr);
};

} // namespace tw::app
