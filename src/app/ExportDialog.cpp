// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "Labels.h"
#include "progress/DashboardData.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/export/PdfJournal.h"
#include "tw/workbook/Journal.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <span>

namespace tw::app {
namespace {

ExportDialog::PathChooser& chooserSlot()
{
    static ExportDialog::PathChooser chooser;
    return chooser;
}

QString askForPath(QWidget* parent, const QString& suggested, const QString& filter)
{
    if (chooserSlot()) {
        return chooserSlot()(parent, suggested, filter);
    }
    return QFileDialog::getSaveFileName(parent, ExportDialog::tr("Export my journal"), suggested, filter);
}

} // namespace

ExportDialog::ExportDialog(EditorContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Export my journal"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(headingLabel(tr("Export my journal"), this));
    auto* about = new QLabel(tr("The export holds your own entries, private and shared, and what your partner shared "
                                "with you, with your progress. Your partner's private entries are never in it."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* warning = new QLabel(tr("The exported file is not encrypted. Keep it where only you can open it, and "
                                  "delete it when you no longer need it."),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    m_pdf = new QRadioButton(tr("&PDF, to read or print"), this);
    m_pdf->setAccessibleName(tr("PDF, to read or print"));
    m_json = new QRadioButton(tr("&JSON, for your own records or another program"), this);
    m_json->setAccessibleName(tr("JSON, for your own records or another program"));
    m_pdf->setChecked(true);
    layout->addWidget(m_pdf);
    layout->addWidget(m_json);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy: how long a PDF takes is not known in advance
    m_busy->setAccessibleName(tr("Exporting"));
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    m_export->setAccessibleName(tr("Choose where to save, then export"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    m_export->setDefault(true);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::finished);
    setMinimumWidth(520);
}

ExportDialog::~ExportDialog()
{
    // The worker holds its own copy of the journal; waiting keeps a closing dialog from leaving a
    // half-written temp file behind when the application quits right after.
    m_watcher.waitForFinished();
}

void ExportDialog::setPathChooser(PathChooser chooser)
{
    chooserSlot() = std::move(chooser);
}

QString ExportDialog::suggestedFileName(Format format)
{
    return QStringLiteral("trustwork-journal-") + QDate::currentDate().toString(Qt::ISODate)
        + (format == Format::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".json"));
}

void ExportDialog::setFormat(Format format)
{
    (format == Format::Pdf ? m_pdf : m_json)->setChecked(true);
}

ExportDialog::Format ExportDialog::format() const
{
    return m_json->isChecked() ? Format::Json : Format::Pdf;
}

bool ExportDialog::isBusy() const
{
    return m_watcher.isRunning();
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

void ExportDialog::chooseAndExport()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    const bool pdf = format() == Format::Pdf;
    QString path = askForPath(this, folder + QLatin1Char('/') + suggestedFileName(format()),
        pdf ? tr("PDF files (*.pdf)") : tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("json");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + suffix;
    }
    exportTo(path);
}

void ExportDialog::exportTo(const QString& path)
{
    if (isBusy()) {
        return;
    }
    m_succeeded = false;
    m_path = path;
    workbook::Journal journal;
    try {
        journal = workbook::collectJournal(
            m_context.session, m_context.curriculum, dashboardSources(m_context.curriculum), systemClock());
    } catch (const Error& e) {
        m_result->setText(tr("Nothing was exported: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    const Format chosen = format();
    const std::filesystem::path output(path.toStdString());
    m_export->setEnabled(false);
    m_pdf->setEnabled(false);
    m_json->setEnabled(false);
    m_busy->setVisible(true);
    m_result->setText(tr("Exporting..."));
    m_watcher.setFuture(QtConcurrent::run([journal = std::move(journal), output, chosen]() {
        Outcome outcome;
        try {
            if (chosen == Format::Pdf) {
                outcome.pages = exporting::writePdfJournal(journal, output);
            } else {
                const std::string text = workbook::journalToJson(journal);
                writeFileAtomically(output,
                    std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
            }
            outcome.ok = true;
        } catch (const Error& e) {
            outcome.message = QString::fromStdString(e.what());
        } catch (const std::exception&) {
            outcome.message = tr("Something went wrong inside Trustwork. Your workbook is unchanged.");
        }
        return outcome;
    }));
}

void ExportDialog::finished()
{
    const Outcome outcome = m_watcher.result();
    m_busy->setVisible(false);
    m_export->setEnabled(true);
    m_pdf->setEnabled(true);
    m_json->setEnabled(true);
    m_succeeded = outcome.ok;
    if (!outcome.ok) {
        m_result->setText(tr("The journal was not exported: %1").arg(outcome.message));
        tw::log::get("app")->warn("journal export failed");
        return;
    }
    tw::log::get("app")->info("journal exported ({})", outcome.pages > 0 ? "pdf" : "json");
    if (outcome.pages == 1) {
        m_result->setText(tr("Exported one page to %1.").arg(m_path));
    } else if (outcome.pages > 1) {
        m_result->setText(tr("Exported %1 pages to %2.").arg(outcome.pages).arg(m_path));
    } else {
        m_result->setText(tr("Exported to %1.").arg(m_path));
    }
    m_close->setFocus();
}

} // namespace tw::app
