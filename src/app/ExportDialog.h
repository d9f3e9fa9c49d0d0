// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace tw::app {

/**
 * @brief "Export my journal": the active partner's own entries and the shared ones, as a PDF or as
 * the documented JSON. The entries are gathered on the UI thread (the session is not shared between
 * threads); writing the file, the slow part, runs on a worker with a busy indicator.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Pdf, Json };
    /** @brief Asks where to save; returns an empty string when the user cancels. A seam for tests. */
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggested, const QString& filter)>;

    ExportDialog(EditorContext& context, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /** @brief Replaces the file dialog (tests); an empty chooser restores it. */
    static void setPathChooser(PathChooser chooser);
    /** @brief A file name with the date and no user text, so it reveals nothing in a file list. */
    static QString suggestedFileName(Format format);

    void setFormat(Format format);
    [[nodiscard]] Format format() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] QString resultText() const;

    /** @brief Gathers the journal and writes it to @p path on a worker thread. */
    void exportTo(const QString& path);

private:
    struct Outcome {
        bool ok = false;
        int pages = 0;
        QString message;
    };
    void chooseAndExport();
    void finished();

    EditorContext& m_context;
    QRadioButton* m_pdf = nullptr;
    QRadioButton* m_json = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
    bool m_succeeded = false;
};

} // namespace tw::app
