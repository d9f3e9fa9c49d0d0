// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentBuilder.h"

#include "Dates.h"
#include "Labels.h"
#include "TherapistText.h"
#include "tw/base/Error.h"
#include "tw/content/Curriculum.h"
#include "tw/workbook/PackTransfer.h"
#include "tw/workbook/PracticeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tw::app::therapist {
namespace {

enum Roles { IdRole = Qt::UserRole + 1, DueRole, NoteRole, TitleRole };
enum Columns { ExerciseColumn, DueColumn, NoteColumn };

} // namespace

AssignmentBuilder::AssignmentBuilder(workbook::Session& session, const content::Curriculum& curriculum,
    std::filesystem::path packsDir, const QString& client, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_curriculum(curriculum)
    , m_packsDir(std::move(packsDir))
{
    setWindowTitle(tr("New assignment"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout();
    m_client = new QComboBox(this);
    m_client->setAccessibleName(tr("Client"));
    for (const auto& c : workbook::PracticeService(session).clients()) {
        m_client->addItem(QString::fromStdString(c.label));
    }
    setClient(client);
    top->addRow(tr("&Client"), m_client);
    auto* templateRow = new QHBoxLayout();
    m_templates = new QComboBox(this);
    m_templates->setAccessibleName(tr("Templates"));
    m_templates->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* load = new QPushButton(tr("&Use template"), this);
    load->setAccessibleName(tr("Use the chosen template"));
    templateRow->addWidget(m_templates);
    templateRow->addWidget(load);
    // A row holding a layout gets no buddy from QFormLayout, so the label names its combo box itself.
    auto* templateLabel = new QLabel(tr("&Template"), this);
    templateLabel->setBuddy(m_templates);
    top->addRow(templateLabel, templateRow);
    layout->addLayout(top);

    layout->addWidget(headingLabel(tr("Exercises"), this));
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Modules and exercises to assign"));
    m_tree->setHeaderLabels({tr("Exercise"), tr("Due"), tr("Note")});
    m_tree->setAlternatingRowColors(true);
    // Titles are short; notes are what needs the room.
    m_tree->setColumnWidth(ExerciseColumn, 420);
    m_tree->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    for (const auto& module : curriculum.modules) {
        auto* moduleItem = new QTreeWidgetItem(m_tree);
        QString moduleTitle = QString::fromStdString(module.title);
        if (!module.packId.empty()) {
            //: A module from the therapist's own content pack; %2 is the pack's id.
            moduleTitle = tr("%1 (pack %2)").arg(moduleTitle, QString::fromStdString(module.packId));
        }
        moduleItem->setText(ExerciseColumn, moduleTitle);
        moduleItem->setFlags(
            Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        moduleItem->setCheckState(ExerciseColumn, Qt::Unchecked);
        for (const auto& exercise : module.exercises) {
            // The safety check is each partner's private matter, never homework.
            if (exercise.safety) {
                continue;
            }
            auto* item = new QTreeWidgetItem(moduleItem);
            item->setText(ExerciseColumn, QString::fromStdString(exercise.title));
            item->setData(ExerciseColumn, IdRole, QString::fromStdString(exercise.id));
            item->setData(ExerciseColumn, TitleRole, QString::fromStdString(exercise.title));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(ExerciseColumn, Qt::Unchecked);
        }
        if (moduleItem->childCount() == 0) {
            delete moduleItem;
        }
    }
    layout->addWidget(m_tree, 1);

    m_detailsTitle = boldLabel(tr("Choose an exercise to give it a due date and a note."), this);
    layout->addWidget(m_detailsTitle);
    auto* details = new QFormLayout();
    auto* dueRow = new QHBoxLayout();
    m_hasDue = new QCheckBox(tr("&Due on"), this);
    m_hasDue->setAccessibleName(tr("Has a due date"));
    m_due = new QDateEdit(today().addDays(7), this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(dayFormat());
    m_due->setAccessibleName(tr("Due date"));
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch();
    details->addRow(dueRow);
    m_itemNote = new QLineEdit(this);
    m_itemNote->setAccessibleName(tr("Note for this exercise"));
    m_itemNote->setMaxLength(2000);
    details->addRow(tr("N&ote for this exercise"), m_itemNote);
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note for the whole assignment"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    details->addRow(tr("Note for the &whole assignment"), m_note);
    layout->addLayout(details);
    auto* openFile = new QLabel(tr("Anyone who has the file can read it; your signature shows it comes from you. Keep "
                                   "notes free of anything private."),
        this);
    openFile->setWordWrap(true);
    layout->addWidget(openFile);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    auto* exportButton = buttons->addButton(tr("&Save assignment…"), QDialogButtonBox::AcceptRole);
    exportButton->setAccessibleName(tr("Save assignment"));
    auto* saveTemplateButton = buttons->addButton(tr("Keep as te&mplate…"), QDialogButtonBox::ActionRole);
    saveTemplateButton->setAccessibleName(tr("Keep as template"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { showDetails(item); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) { refreshRow(item); });
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        storeDetails();
    });
    connect(m_due, &QDateEdit::dateChanged, this, &AssignmentBuilder::storeDetails);
    connect(m_itemNote, &QLineEdit::textEdited, this, &AssignmentBuilder::storeDetails);
    connect(load, &QPushButton::clicked, this, [this] { loadTemplate(m_templates->currentIndex()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignmentBuilder::chooseAndExport);
    connect(saveTemplateButton, &QPushButton::clicked, this, &AssignmentBuilder::askTemplateName);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showDetails(nullptr);
    refreshTemplates();
    m_tree->setFocus();
    resize(820, 720);
}

QDate AssignmentBuilder::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_session.nowMs()).date();
}

QTreeWidgetItem* AssignmentBuilder::findExercise(const std::string& exerciseId) const
{
    const QString id = QString::fromStdString(exerciseId);
    for (int m = 0; m < m_tree->topLevelItemCount(); ++m) {
        auto* module = m_tree->topLevelItem(m);
        for (int e = 0; e < module->childCount(); ++e) {
            if (module->child(e)->data(ExerciseColumn, IdRole).toString() == id) {
                return module->child(e);
            }
        }
    }
    return nullptr;
}

void AssignmentBuilder::setExerciseChecked(const std::string& exerciseId, bool checked)
{
    if (auto* item = findExercise(exerciseId)) {
        item->setCheckState(ExerciseColumn, checked ? Qt::Checked : Qt::Unchecked);
        m_tree->setCurrentItem(item);
    }
}

void AssignmentBuilder::setCurrentDetails(const QDate& due, const QString& note)
{
    m_hasDue->setChecked(due.isValid());
    if (due.isValid()) {
        m_due->setDate(due);
    }
    m_itemNote->setText(note);
    storeDetails();
}

void AssignmentBuilder::setWholeNote(const QString& note)
{
    m_note->setPlainText(note);
}

void AssignmentBuilder::setClient(const QString& label)
{
    const int index = m_client->findText(label);
    if (index >= 0) {
        m_client->setCurrentIndex(index);
    }
}

void AssignmentBuilder::showDetails(QTreeWidgetItem* item)
{
    m_current = item && item->parent() ? item : nullptr;
    m_loading = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_hasDue, m_itemNote}) {
        w->setEnabled(m_current != nullptr);
    }
    if (m_current) {
        m_detailsTitle->setText(
            tr("Due date and note for \"%1\"").arg(m_current->data(ExerciseColumn, TitleRole).toString()));
        const QDate due = QDate::fromString(m_current->data(ExerciseColumn, DueRole).toString(), Qt::ISODate);
        m_hasDue->setChecked(due.isValid());
        m_due->setDate(due.isValid() ? due : today().addDays(7));
        m_itemNote->setText(m_current->data(ExerciseColumn, NoteRole).toString());
    } else {
        m_detailsTitle->setText(tr("Choose an exercise to give it a due date and a note."));
        m_hasDue->setChecked(false);
        m_itemNote->clear();
    }
    m_due->setEnabled(m_current && m_hasDue->isChecked());
    m_loading = false;
}

void AssignmentBuilder::storeDetails()
{
    if (m_loading || !m_current) {
        return;
    }
    m_current->setData(
        ExerciseColumn, DueRole, m_hasDue->isChecked() ? m_due->date().toString(Qt::ISODate) : QString());
    m_current->setData(ExerciseColumn, NoteRole, m_itemNote->text().trimmed());
    // Giving an exercise a date or a note means it is meant to be assigned.
    if (m_hasDue->isChecked() || !m_itemNote->text().trimmed().isEmpty()) {
        m_current->setCheckState(ExerciseColumn, Qt::Checked);
    }
    refreshRow(m_current);
}

void AssignmentBuilder::refreshRow(QTreeWidgetItem* item)
{
    if (!item || !item->parent()) {
        return;
    }
    const QSignalBlocker blocker(m_tree);
    const bool on = item->checkState(ExerciseColumn) == Qt::Checked;
    const QString due = item->data(ExerciseColumn, DueRole).toString();
    item->setText(DueColumn, on && !due.isEmpty() ? dayText(due.toStdString()) : QString());
    item->setText(NoteColumn, on ? item->data(ExerciseColumn, NoteRole).toString() : QString());
}

workbook::AssignmentDraft AssignmentBuilder::draft() const
{
    workbook::AssignmentDraft draft;
    draft.clientLabel = m_client->currentText().toStdString();
    draft.note = m_note->toPlainText().trimmed().toStdString();
    for (int m = 0; m < m_tree->topLevelItemCount(); ++m) {
        auto* module = m_tree->topLevelItem(m);
        for (int e = 0; e < module->childCount(); ++e) {
            const auto* item = module->child(e);
            if (item->checkState(ExerciseColumn) != Qt::Checked) {
                continue;
            }
            draft.items.push_back({item->data(ExerciseColumn, IdRole).toString().toStdString(),
                item->data(ExerciseColumn, TitleRole).toString().toStdString(),
                item->data(ExerciseColumn, DueRole).toString().toStdString(),
                item->data(ExerciseColumn, NoteRole).toString().toStdString()});
        }
    }
    return draft;
}

void AssignmentBuilder::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString AssignmentBuilder::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString AssignmentBuilder::suggestedFileName(const QString& client, const QDate& day)
{
    // The client's label in the name, so the practice's folder tells the files apart at a glance;
    // only letters, digits and dashes, so every file system and mail program takes it.
    QString label;
    for (const QChar c : client.trimmed()) {
        label += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    while (label.contains(QStringLiteral("--"))) {
        label.replace(QStringLiteral("--"), QStringLiteral("-"));
    }
    label = label.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty);
    return label.isEmpty() ? QStringLiteral("assignment-%1.twassign").arg(day.toString(Qt::ISODate))
                           : QStringLiteral("assignment-%1-%2.twassign").arg(label, day.toString(Qt::ISODate));
}

bool AssignmentBuilder::exportTo(const QString& path)
{
    auto assignment = draft();
    if (assignment.clientLabel.empty()) {
        showError(tr("Add a client first: an assignment is for one client."));
        return false;
    }
    if (assignment.items.empty()) {
        showError(tr("Tick at least one exercise to assign."));
        return false;
    }
    // A due day that has already passed would arrive overdue: refused, with what to change.
    for (const auto& item : assignment.items) {
        const QDate due = QDate::fromString(QString::fromStdString(item.due), Qt::ISODate);
        if (due.isValid() && due < today()) {
            showError(tr("\u201c%1\u201d is due on %2, which has already passed. Choose a later day, or no due date.")
                    .arg(QString::fromStdString(item.title), dayText(item.due)));
            if (auto* row = findExercise(item.exerciseId)) {
                m_tree->setCurrentItem(row);
            }
            return false;
        }
    }
    try {
        // The couple may not have the practice's own pack: it travels in the file, signed with it.
        assignment.packJson = workbook::packToEmbed(m_curriculum, assignment.items, m_packsDir);
        workbook::PracticeService(m_session).exportAssignment(assignment, path.toStdString());
    } catch (const Error& e) {
        showError(QString::fromStdString(e.what()));
        return false;
    }
    showError({});
    return true;
}

bool AssignmentBuilder::saveTemplate(const QString& name)
{
    auto kept = draft();
    kept.clientLabel.clear();
    if (name.trimmed().isEmpty() || kept.items.empty()) {
        showError(tr("A template needs a name and at least one ticked exercise."));
        return false;
    }
    try {
        workbook::PracticeService(m_session).saveTemplate(name.trimmed().toStdString(), kept);
    } catch (const Error& e) {
        showError(QString::fromStdString(e.what()));
        return false;
    }
    showError({});
    refreshTemplates();
    m_templates->setCurrentIndex(m_templates->findText(name.trimmed()));
    return true;
}

void AssignmentBuilder::refreshTemplates()
{
    m_templates->clear();
    for (const auto& t : workbook::PracticeService(m_session).templates()) {
        m_templates->addItem(QString::fromStdString(t.name));
    }
    m_templates->setEnabled(m_templates->count() > 0);
    if (m_templates->count() == 0) {
        m_templates->setPlaceholderText(tr("No templates yet"));
    }
}

void AssignmentBuilder::loadTemplate(int index)
{
    const auto templates = workbook::PracticeService(m_session).templates();
    if (index < 0 || static_cast<std::size_t>(index) >= templates.size()) {
        return;
    }
    applyDraft(templates[static_cast<std::size_t>(index)].draft);
}

void AssignmentBuilder::applyDraft(const workbook::AssignmentDraft& draft)
{
    for (int m = 0; m < m_tree->topLevelItemCount(); ++m) {
        m_tree->topLevelItem(m)->setCheckState(ExerciseColumn, Qt::Unchecked);
    }
    for (const auto& item : draft.items) {
        if (auto* row = findExercise(item.exerciseId)) {
            row->setData(ExerciseColumn, DueRole, QString::fromStdString(item.due));
            row->setData(ExerciseColumn, NoteRole, QString::fromStdString(item.note));
            row->setCheckState(ExerciseColumn, Qt::Checked);
            refreshRow(row);
        }
    }
    m_note->setPlainText(QString::fromStdString(draft.note));
    showDetails(m_tree->currentItem());
}

void AssignmentBuilder::chooseAndExport()
{
    const QString suggested = suggestedFileName(m_client->currentText(), QDate::currentDate());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the assignment"), suggested,
        tr("Trustwork assignments (*.twassign)"), nullptr, QFileDialog::DontUseNativeDialog);
    // Locking while the picker was open closed this dialog, and the session is gone.
    if (path.isEmpty() || !isVisible()) {
        return;
    }
    if (exportTo(path)) {
        QMessageBox::information(this, tr("Assignment saved"),
            tr("The assignment is signed and saved. Send the file to the couple any way you like; they check your "
               "fingerprint the first time they import one."));
        accept();
    }
}

void AssignmentBuilder::askTemplateName()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Keep as template"), tr("Template name"), QLineEdit::Normal, QString(), &ok);
    if (ok && isVisible()) {
        saveTemplate(name);
    }
}

} // namespace tw::app::therapist
