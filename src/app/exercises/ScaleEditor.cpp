// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScaleEditor.h"

#include "ReflectionEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSlider>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace tw::app {
namespace {

constexpr int kMin = 0;
constexpr int kMax = 10;

// Scrolling the page with the mouse wheel must never change a rating the pointer passes over, so
// the wheel only moves a slider that the reader has deliberately focused.
class ScaleSlider : public QSlider {
public:
    using QSlider::QSlider;

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (!hasFocus()) {
            event->ignore();
            return;
        }
        QSlider::wheelEvent(event);
    }
};

} // namespace

ScaleEditor::ScaleEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : AnswerEditor(exercise, context, parent)
{
    m_layout->addWidget(paragraph(tr("Move each slider with the arrow keys or the mouse. Only the items you rate "
                                     "are saved.")));
    for (const auto& item : exercise.scaleItems) {
        addItem(item);
    }
    if (exercise.followUp) {
        m_followUp = addPromptBox(this, m_layout, context, *exercise.followUp);
        connect(m_followUp, &QPlainTextEdit::textChanged, this, &ScaleEditor::edited);
    }
    finishSetup();
}

void ScaleEditor::addItem(const content::ScaleItem& item)
{
    Row& row = m_rows[item.id];
    row.item = &item;
    const QString text = m_context.text(item.label);

    auto* header = new QHBoxLayout();
    // The label has a buddy, so a literal '&' in content would otherwise turn into a mnemonic.
    auto* title = new QLabel(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    row.value = new QLabel(this);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setAlignment(Qt::AlignRight | Qt::AlignTop);
    header->addWidget(title, 1);
    header->addWidget(row.value);
    m_layout->addSpacing(6);
    m_layout->addLayout(header);

    row.slider = new ScaleSlider(Qt::Horizontal, this);
    row.slider->setRange(kMin, kMax);
    row.slider->setSingleStep(1);
    row.slider->setPageStep(2);
    row.slider->setTickPosition(QSlider::TicksBelow);
    row.slider->setTickInterval(1);
    row.slider->setFocusPolicy(Qt::StrongFocus);
    row.slider->setAccessibleName(text);
    title->setBuddy(row.slider);
    m_layout->addWidget(row.slider);

    auto* anchors = new QHBoxLayout();
    auto* low = new QLabel(tr("0: %1").arg(QString::fromStdString(item.low)), this);
    auto* high = new QLabel(tr("10: %1").arg(QString::fromStdString(item.high)), this);
    for (auto* anchor : {low, high}) {
        anchor->setWordWrap(true);
        anchor->setTextFormat(Qt::PlainText);
        anchors->addWidget(anchor, 1);
    }
    high->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->addLayout(anchors);

    // Any deliberate action counts as rating, including pressing Left at 0 or clicking the handle
    // where it already is: otherwise 0 could never be chosen on a fresh slider.
    const std::string id = item.id;
    connect(row.slider, &QSlider::actionTriggered, this, [this, id] { rate(m_rows.at(id)); });
    connect(row.slider, &QSlider::sliderPressed, this, [this, id] { rate(m_rows.at(id)); });
    connect(row.slider, &QSlider::valueChanged, this, [this, id] { rate(m_rows.at(id)); });
    showValue(row);
}

void ScaleEditor::rate(Row& row)
{
    row.rated = true;
    showValue(row);
    edited();
}

void ScaleEditor::showValue(Row& row)
{
    const QString anchors = tr("0 means %1; 10 means %2.")
                                .arg(QString::fromStdString(row.item->low), QString::fromStdString(row.item->high));
    if (!row.rated) {
        row.value->setText(tr("Not rated yet"));
        row.slider->setAccessibleDescription(tr("Not rated yet. %1").arg(anchors));
        return;
    }
    const int value = row.slider->value();
    row.value->setText(tr("%1 of 10").arg(value));
    row.slider->setAccessibleDescription(tr("Rated %1 of 10. %2").arg(value).arg(anchors));
}

QSlider* ScaleEditor::slider(const std::string& itemId) const
{
    const auto it = m_rows.find(itemId);
    return it == m_rows.end() ? nullptr : it->second.slider;
}

bool ScaleEditor::isRated(const std::string& itemId) const
{
    const auto it = m_rows.find(itemId);
    return it != m_rows.end() && it->second.rated;
}

nlohmann::json ScaleEditor::collect() const
{
    nlohmann::json items = nlohmann::json::object();
    for (const auto& [id, row] : m_rows) {
        if (row.rated) {
            items[id] = row.slider->value();
        }
    }
    nlohmann::json answer = {{"items", std::move(items)}};
    if (m_followUp) {
        answer["followUp"] = m_followUp->toPlainText().toStdString();
    }
    return answer;
}

void ScaleEditor::apply(const nlohmann::json& answer)
{
    const auto items = answer.value("items", nlohmann::json::object());
    for (auto& [id, row] : m_rows) {
        const auto it = items.find(id);
        if (it != items.end() && it->is_number_integer()) {
            row.slider->setValue(std::clamp(it->get<int>(), kMin, kMax));
            row.rated = true;
            showValue(row);
        }
    }
    const auto followUp = answer.find("followUp");
    if (m_followUp && followUp != answer.end() && followUp->is_string()) {
        m_followUp->setPlainText(QString::fromStdString(followUp->get<std::string>()));
    }
}

} // namespace tw::app
