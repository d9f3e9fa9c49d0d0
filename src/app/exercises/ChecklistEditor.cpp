// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistEditor.h"

#include "Dates.h"
#include "ReflectionEditor.h"
#include "tw/base/Error.h"
#include "tw/workbook/SafetyService.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

// QCheckBox text never wraps, and checklist sentences are long; so the box carries the sentence as
// its accessible name and a wrapping label beside it shows the text and toggles the box on click.
class ToggleLabel : public QLabel {
public:
    ToggleLabel(const QString& text, QCheckBox* box, QWidget* parent)
        : QLabel(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")), parent) // buddy: no mnemonics
        , m_box(box)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setBuddy(box);
    }

protected:
    // A label ignores presses by default, and then the release would never come back to it.
    void mousePressEvent(QMouseEvent* event) override { event->setAccepted(event->button() == Qt::LeftButton); }
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
            m_box->setFocus(Qt::MouseFocusReason);
            m_box->click();
        }
    }

private:
    QCheckBox* m_box;
};

QCheckBox* addCheckRow(QWidget* owner, QVBoxLayout* layout, const QString& text)
{
    auto* row = new QHBoxLayout();
    auto* box = new QCheckBox(owner);
    box->setAccessibleName(text);
    row->addWidget(box, 0, Qt::AlignTop);
    row->addWidget(new ToggleLabel(text, box, owner), 1);
    layout->addLayout(row);
    return box;
}

QCheckBox* findBox(const std::vector<std::pair<std::string, QCheckBox*>>& boxes, const std::string& id)
{
    for (const auto& [itemId, box] : boxes) {
        if (itemId == id) {
            return box;
        }
    }
    return nullptr;
}

} // namespace

ChecklistAnswerEditor::ChecklistAnswerEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : AnswerEditor(exercise, context, parent)
{
    for (const auto& item : exercise.checkItems) {
        auto* box = addCheckRow(this, m_layout, context.text(item.text));
        connect(box, &QCheckBox::toggled, this, &ChecklistAnswerEditor::edited);
        m_boxes.emplace_back(item.id, box);
    }
    if (exercise.followUp) {
        m_layout->addSpacing(6);
        m_followUp = addPromptBox(this, m_layout, context, *exercise.followUp);
        connect(m_followUp, &QPlainTextEdit::textChanged, this, &ChecklistAnswerEditor::edited);
    }
    finishSetup();
}

QCheckBox* ChecklistAnswerEditor::box(const std::string& itemId) const
{
    return findBox(m_boxes, itemId);
}

nlohmann::json ChecklistAnswerEditor::collect() const
{
    nlohmann::json ticked = nlohmann::json::array();
    for (const auto& [id, box] : m_boxes) {
        if (box->isChecked()) {
            ticked.push_back(id);
        }
    }
    nlohmann::json answer = {{"ticked", std::move(ticked)}};
    if (m_followUp) {
        answer["followUp"] = m_followUp->toPlainText().toStdString();
    }
    return answer;
}

void ChecklistAnswerEditor::apply(const nlohmann::json& answer)
{
    const auto ticked = answer.value("ticked", nlohmann::json::array());
    for (const auto& [id, box] : m_boxes) {
        box->setChecked(std::find(ticked.begin(), ticked.end(), nlohmann::json(id)) != ticked.end());
    }
    const auto followUp = answer.find("followUp");
    if (m_followUp && followUp != answer.end() && followUp->is_string()) {
        m_followUp->setPlainText(QString::fromStdString(followUp->get<std::string>()));
    }
}

SafetyCheckEditor::SafetyCheckEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent)
{
    for (const auto& item : exercise.checkItems) {
        auto* box = addCheckRow(this, m_layout, context.text(item.text));
        connect(box, &QCheckBox::toggled, this, [this] {
            m_status->setText(m_howSaved.isEmpty()
                    ? tr("Not saved yet. Nothing is kept until you choose \u201cSave my answers privately\u201d.")
                    : m_howSaved);
        });
        m_boxes.emplace_back(item.id, box);
    }
    m_layout->addSpacing(6);
    m_layout->addWidget(paragraph(tr("Only you can read these answers. Your partner never sees them and is not told "
                                     "whether you ticked anything, or nothing at all.")));
    auto* footer = new QHBoxLayout();
    m_save = new QPushButton(tr("Save my answers privately"), this);
    m_save->setAccessibleName(tr("Save my answers privately"));
    connect(m_save, &QPushButton::clicked, this, &SafetyCheckEditor::save);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setWordWrap(true);
    footer->addWidget(m_save, 0, Qt::AlignTop);
    footer->addWidget(m_status, 1);
    m_layout->addLayout(footer);
    buildConcernPanel();

    workbook::SafetyService safety(context.session);
    try {
        if (const auto check = safety.latest()) {
            for (const auto& id : check->ticked) {
                if (auto* box = findBox(m_boxes, id)) {
                    box->setChecked(true);
                }
            }
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(check->answeredAt);
            m_status->setText(tr("Saved privately on %1. You can change your answers whenever things change.")
                    .arg(dayText(check->answeredAt)));
            showConcern(check->concern, false, check->ticked);
            return;
        }
        m_status->setText(tr("Not answered yet. Nothing is kept until you choose to save."));
    } catch (const Error& e) {
        m_status->setText(tr("Your earlier answers could not be read: %1").arg(QString::fromStdString(e.what())));
    }
}

void SafetyCheckEditor::buildConcernPanel()
{
    m_concern = new QFrame(this);
    m_concern->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(m_concern);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    auto* heading = new QLabel(tr("What your answers mean"), m_concern);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    heading->setFont(font);
    heading->setFocusPolicy(Qt::TabFocus);
    heading->setAccessibleName(heading->text());
    layout->addWidget(heading);
    m_concernHeading = heading;
    // The rest depends on what was ticked, so it is filled in by fillConcern on every save.
    m_concernBody = new QWidget(m_concern);
    auto* body = new QVBoxLayout(m_concernBody);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(10);
    layout->addWidget(m_concernBody);
    m_layout->addWidget(m_concern);
    m_concern->hide();
}

void SafetyCheckEditor::fillConcern(const std::vector<std::string>& ticked)
{
    auto* layout = static_cast<QVBoxLayout*>(m_concernBody->layout());
    while (auto* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Paragraphs are separate, focusable labels, as in readings, so a screen reader reads them one by one.
    const auto addParagraph = [&](const QString& part, bool bold) {
        auto* label = paragraph(part);
        label->setFocusPolicy(Qt::TabFocus);
        label->setAccessibleName(part);
        if (bold) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
        }
        layout->addWidget(label);
        label->show(); // a child added to a visible panel is otherwise only shown by the next event loop pass
    };
    // Said first and in its own words, whatever the content says: this is what someone in danger needs to know.
    addParagraph(tr("Your partner has not been told about this check or your answers, and will not be."), true);
    // One message per group of ticked items (content format 2), so the words fit what was ticked.
    std::vector<std::string> resources;
    for (const auto& message : content::concernMessages(m_exercise, ticked)) {
        if (!message.title.empty()) {
            addParagraph(QString::fromStdString(message.title), true);
        }
        const QString text = message.message
            ? m_context.text(*message.message)
            : tr("Thank you for answering honestly. When there is fear, threats, control or harm in a relationship, "
                 "couple exercises are not the right tool for now. Your safety comes first.");
        for (const QString& part : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            addParagraph(part, false);
        }
        if (!message.resources.empty()
            && std::find(resources.begin(), resources.end(), message.resources) == resources.end()) {
            resources.push_back(message.resources);
        }
    }
    // Home and the path stay as anyone's, so someone who makes this partner unlock learns nothing.
    addParagraph(tr("Home and the path look the same as before, so nobody can tell from them. Start with the exercises "
                    "you do on your own; couple exercises can wait."),
        false);
    for (const auto& id : resources) {
        const auto* help = m_context.curriculum.findExercise(id);
        if (!help) {
            continue;
        }
        const QString title = QString::fromStdString(help->title);
        auto* open = new QPushButton(tr("Open \u201c%1\u201d").arg(title), m_concernBody);
        open->setAccessibleName(tr("Open %1").arg(title));
        connect(open, &QPushButton::clicked, this,
            [this, helpId = help->id] { emit openExercise(QString::fromStdString(helpId)); });
        layout->addWidget(open, 0, Qt::AlignLeft);
        open->show();
    }
}

void SafetyCheckEditor::showConcern(bool visible, bool justSaved, const std::vector<std::string>& ticked)
{
    if (visible) {
        fillConcern(ticked);
    }
    m_concern->setVisible(visible);
    if (!visible || !justSaved) {
        return;
    }
    // Bring the message into view and to the screen reader at once: it matters more than the checkboxes.
    m_concernHeading->setFocus(Qt::OtherFocusReason);
    // The panel was hidden until now, so its place is known only after the page is laid out again; its
    // top goes to the top of the view, since the whole message rarely fits.
    QTimer::singleShot(0, this, [this] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (QWidget* p = parentWidget(); p; p = p->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(p); area && area->widget()) {
                area->verticalScrollBar()->setValue(m_concern->mapTo(area->widget(), QPoint(0, 0)).y() - 12);
                break;
            }
        }
    });
}

QCheckBox* SafetyCheckEditor::box(const std::string& itemId) const
{
    return findBox(m_boxes, itemId);
}

QString SafetyCheckEditor::statusText() const
{
    return m_status->text();
}

void SafetyCheckEditor::setSavedByCaller(const QString& howSaved)
{
    m_howSaved = howSaved;
    m_save->hide();
    m_status->setText(howSaved);
}

bool SafetyCheckEditor::save()
{
    std::vector<std::string> ticked;
    for (const auto& [id, box] : m_boxes) {
        if (box->isChecked()) {
            ticked.push_back(id);
        }
    }
    std::vector<std::string> concerns;
    for (const auto& item : m_exercise.checkItems) {
        if (item.concern) {
            concerns.push_back(item.id);
        }
    }
    try {
        workbook::SafetyService safety(m_context.session);
        safety.record(ticked, concerns);
        const bool concern = safety.needsIndividualPath();
        m_status->setText(concern ? tr("Saved privately.")
                                  : tr("Saved privately. Thank you. You can come back to this check whenever "
                                       "things change."));
        showConcern(concern, true, ticked);
        emit answered();
        return true;
    } catch (const Error& e) {
        m_status->setText(
            tr("Not saved: %1 Your ticks are still here; please try again.").arg(QString::fromStdString(e.what())));
        return false;
    }
}

ChecklistEditor::ChecklistEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent)
{
    ExerciseEditor* inner = nullptr;
    if (exercise.safety) {
        inner = m_safety = new SafetyCheckEditor(exercise, context, this);
    } else {
        inner = m_answer = new ChecklistAnswerEditor(exercise, context, this);
    }
    connect(inner, &ExerciseEditor::openExercise, this, &ExerciseEditor::openExercise);
    connect(inner, &ExerciseEditor::answered, this, &ExerciseEditor::answered);
    m_layout->addWidget(inner);
}

void ChecklistEditor::flush()
{
    if (m_answer) {
        m_answer->flush();
    }
}

} // namespace tw::app
