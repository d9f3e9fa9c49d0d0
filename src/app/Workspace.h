// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QVBoxLayout;

namespace tw::app {

class ExerciseView;
class HomeView;
class PathModel;
class ProgressView;
class SearchPage;

/** @brief The unlocked workbook: the path on the left; Home or one exercise on the right. */
class Workspace : public QWidget {
    Q_OBJECT
public:
    Workspace(const content::Curriculum& curriculum, QWidget* parent = nullptr);
    ~Workspace() override;

    /** @brief Starts a session view for @p session (after unlock). */
    void open(workbook::Session& session);
    /** @brief Saves pending edits and forgets the session (before lock). */
    void close();
    void showHome();
    /** @brief Puts the keyboard on the first control of the workspace, where an unlock leaves it. */
    void takeFocus();
    void openExercise(const QString& id);
    /** @brief The progress view: trust over weeks, consistency, steps, agreements, my triggers. */
    void showProgress();
    /** @brief Search over what this partner may read; the in-memory index is rebuilt each time. */
    void showSearch();
    /** @brief Shows again what is on screen (saving first), after changes arrived from another device. */
    void reload();
    /** @brief The unlocked session's editor context, or nullptr while locked (export uses it). */
    [[nodiscard]] EditorContext* editorContext() const { return m_context.get(); }

    [[nodiscard]] ExerciseView* exerciseView() const { return m_exerciseView; }
    [[nodiscard]] HomeView* homeView() const { return m_home; }
    /** @brief Built on the first showProgress(); nullptr before. */
    [[nodiscard]] ProgressView* progressView() const { return m_progress; }
    /** @brief Built on the first showSearch(); nullptr before. */
    [[nodiscard]] SearchPage* searchPage() const { return m_search; }
    [[nodiscard]] PathModel* pathModel() const { return m_model; }
    /**
     * @brief Whether Home shows the note about individual work: a concern was raised and its
     * partner chose to see the note there. The path and counts never change with it (discretion).
     */
    [[nodiscard]] bool individualOnly() const { return m_safetyNote; }
    /**
     * @brief Starts (@p companion, the other partner's session) or ends (nullptr) together time:
     * only shared and together material is shown while it lasts. Back to Home either way.
     */
    void setTogether(workbook::Session* companion);
    [[nodiscard]] bool together() const { return m_context && m_context->together(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /** @brief Home was refreshed and shows @p count reminders. */
    void remindersChanged(int count);
    /** @brief "End together time" was chosen on Home. */
    void endTogetherRequested();

private:
    /** @brief My "done" on pages whose every answer is private stays mine alone (older versions showed it). */
    void keepPrivatePagesDoneToMyself(workbook::Session& session);
    [[nodiscard]] bool safetyNoteWanted() const;
    void refreshProgress();
    void refreshPath();

    const content::Curriculum& m_curriculum;
    std::unique_ptr<EditorContext> m_context;
    PathModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QStackedWidget* m_stack = nullptr;
    HomeView* m_home = nullptr;
    QPushButton* m_homeButton = nullptr;
    ExerciseView* m_exerciseView = nullptr;
    ProgressView* m_progress = nullptr;
    SearchPage* m_search = nullptr;
    bool m_safetyNote = false;
};

} // namespace tw::app
