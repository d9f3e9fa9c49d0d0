// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewriteEditor.h"

#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tw::app {
namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

} // namespace

RewriteEditor::RewriteEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : AnswerEditor(exercise, context, parent)
{
    if (!exercise.guidance.empty()) {
        m_layout->addWidget(heading(tr("How to rewrite"), this));
        for (const QString& part : context.text(exercise.guidance).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            m_layout->addWidget(paragraph(part));
        }
    }
    addExamples();

    m_layout->addSpacing(6);
    m_layout->addWidget(heading(tr("Your turn"), this));
    m_layout->addWidget(paragraph(context.session.isSolo()
            ? tr("Write it as it would come out on a bad day; nobody else reads it. Then find a gentler way to say "
                 "the same thing.")
            : tr("Write it as it would come out on a bad day; nobody else reads it unless you share it. Then find a "
                 "gentler way to say the same thing.")));
    m_harsh = addBox(tr("What I might say when hurt"), tr("The sentence as it would come out"));
    m_gentle = addBox(tr("A gentler way to say it"), tr("I feel \u2026 about \u2026 and I would like \u2026"));
    finishSetup();
}

void RewriteEditor::addExamples()
{
    if (m_exercise.rewriteExamples.empty()) {
        return;
    }
    m_layout->addSpacing(6);
    m_layout->addWidget(heading(tr("Examples"), this));
    // Indented and kept together, so the examples read as a set apart from the reader's own words.
    auto* frame = new QFrame(this);
    auto* list = new QVBoxLayout(frame);
    list->setContentsMargins(18, 0, 0, 0);
    list->setSpacing(4);
    for (const auto& example : m_exercise.rewriteExamples) {
        auto* harsh = paragraph(tr("Instead of: \u201c%1\u201d").arg(QString::fromStdString(example.harsh)));
        QFont italic = harsh->font();
        italic.setItalic(true);
        harsh->setFont(italic);
        list->addWidget(harsh);
        list->addWidget(paragraph(tr("Try: \u201c%1\u201d").arg(QString::fromStdString(example.gentle))));
        list->addSpacing(8);
    }
    m_layout->addWidget(frame);
}

QPlainTextEdit* RewriteEditor::addBox(const QString& label, const QString& placeholder)
{
    auto* title = heading(label, this);
    m_layout->addWidget(title);
    auto* box = new QPlainTextEdit(this);
    box->setTabChangesFocus(true);
    // Room for a sentence or two; at large text sizes the box grows with the font.
    const int line = box->fontMetrics().lineSpacing();
    box->setMinimumHeight(line * 3 + 12);
    box->setMaximumHeight(line * 6 + 12);
    box->setPlaceholderText(placeholder);
    box->setAccessibleName(label);
    box->setAccessibleDescription(placeholder);
    title->setBuddy(box);
    connect(box, &QPlainTextEdit::textChanged, this, &RewriteEditor::edited);
    m_layout->addWidget(box);
    return box;
}

nlohmann::json RewriteEditor::collect() const
{
    return {{"harsh", m_harsh->toPlainText().toStdString()}, {"gentle", m_gentle->toPlainText().toStdString()}};
}

void RewriteEditor::apply(const nlohmann::json& answer)
{
    for (const auto& [key, box] : {std::pair{"harsh", m_harsh}, std::pair{"gentle", m_gentle}}) {
        const auto it = answer.find(key);
        if (it != answer.end() && it->is_string()) {
            box->setPlainText(QString::fromStdString(it->get<std::string>()));
        }
    }
}

} // namespace tw::app
