// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyCheckPanel.h"

#include "exercises/ChecklistEditor.h"
#include "exercises/EditorFactory.h"
#include "tw/workbook/SafetyService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tw::app {

SafetyCheckPanel::SafetyCheckPanel(workbook::Session& session, const content::Curriculum& curriculum, QWidget* parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
    , m_context(std::make_unique<EditorContext>(EditorContext{session, curriculum}))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    const auto* exercise = curriculum.findExercise("start.safety-check");
    if (!exercise) {
        return;
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 12, 12);
    layout->setSpacing(10);
    // Every paragraph of the introduction; the last is the emergency line and must not be lost.
    const QStringList paragraphs = m_context->text(exercise->intro).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        auto* label = new QLabel(paragraphs[i], inner);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setFocusPolicy(Qt::TabFocus);
        label->setAccessibleName(paragraphs[i]);
        if (i == paragraphs.size() - 1 && paragraphs.size() > 1) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setObjectName(QStringLiteral("emergencyLine"));
        }
        layout->addWidget(label);
    }
    auto* editor = createEditor(*exercise, *m_context, inner);
    m_editor = editor->findChild<SafetyCheckEditor*>();
    if (!m_editor) {
        m_editor = qobject_cast<SafetyCheckEditor*>(editor);
    }
    if (m_editor) {
        m_editor->setSavedByCaller(tr("Your answers are saved privately when you press Next."));
    }
    connect(editor, &ExerciseEditor::openExercise, this, &SafetyCheckPanel::openHelp);
    connect(editor, &ExerciseEditor::answered, scroll, [scroll] {
        // Bring the message after a concern into view.
        scroll->ensureVisible(0, scroll->widget()->height());
    });
    layout->addWidget(editor);
    layout->addStretch();
    scroll->setWidget(inner);
    outer->addWidget(scroll);
}

SafetyCheckPanel::~SafetyCheckPanel() = default;

SafetyCheckPanel::Saved SafetyCheckPanel::save()
{
    if (!m_editor || !m_editor->save()) {
        return m_editor ? Saved::Failed : Saved::NoConcern;
    }
    return workbook::SafetyService(m_context->session).needsIndividualPath() ? Saved::Concern : Saved::NoConcern;
}

void SafetyCheckPanel::openHelp(const QString& id)
{
    const auto* help = m_curriculum.findExercise(id.toStdString());
    if (!help) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(QString::fromStdString(help->title));
    auto* layout = new QVBoxLayout(&dialog);
    auto* scroll = new QScrollArea(&dialog);
    scroll->setWidgetResizable(true);
    scroll->setWidget(createEditor(*help, *m_context, scroll));
    layout->addWidget(scroll);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.resize(640, 560);
    dialog.exec();
}

} // namespace tw::app
