// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldForm.h"

#include "Autosave.h"
#include "tw/base/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSlider>
#include <QVBoxLayout>

namespace tw::app {
namespace {

using nlohmann::json;

// Drafts are private rows whose sealed length the partner can see in the raw table, so they are
// padded to a size bucket like the workbook services pad theirs: the length says little about the text.
std::string padded(json body)
{
    body["pad"] = "";
    const std::size_t bare = body.dump(-1, ' ', false, json::error_handler_t::replace).size();
    std::size_t target = 1024;
    while (target < bare) {
        target *= 2;
    }
    body["pad"] = std::string(target - bare, ' ');
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

QString fromJson(const json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace

FieldForm::FieldForm(
    const std::vector<content::Field>& fields, QDate defaultDate, QWidget* parent, const std::string& role)
    : QWidget(parent)
    , m_fields(fields)
    , m_defaultDate(defaultDate)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (const auto& field : fields) {
        if (&field != &fields.front()) {
            layout->addSpacing(8); // each question stands apart from the anchors of the one above
        }
        const QString name = QString::fromStdString(field.labelFor(role));
        auto* label = new QLabel(name, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        QWidget* input = nullptr;
        switch (field.type) {
        case content::FieldType::Text: {
            auto* box = new QPlainTextEdit(this);
            box->setTabChangesFocus(true);
            // Room for a few lines, not a page: short notes are the point, and the form stays in view.
            box->setMinimumHeight(box->fontMetrics().lineSpacing() * 3 + 12);
            box->setMaximumHeight(box->fontMetrics().lineSpacing() * 5 + 12);
            connect(box, &QPlainTextEdit::textChanged, this, &FieldForm::changed);
            layout->addWidget(box);
            input = box;
            break;
        }
        case content::FieldType::Scale:
            input = addScale(field, layout);
            break;
        case content::FieldType::Choice: {
            auto* combo = new QComboBox(this);
            // An explicit "not chosen" so nobody's answer is decided by whichever option came first.
            combo->addItem(tr("Not chosen"));
            for (const auto& option : field.options) {
                combo->addItem(QString::fromStdString(option));
            }
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(12);
            connect(combo, &QComboBox::currentIndexChanged, this, &FieldForm::changed);
            layout->addWidget(combo);
            input = combo;
            break;
        }
        case content::FieldType::Date: {
            auto* date = new QDateEdit(defaultDate, this);
            date->setCalendarPopup(true);
            date->setDisplayFormat(tr("d MMMM yyyy"));
            connect(date, &QDateEdit::dateChanged, this, &FieldForm::changed);
            auto* row = new QHBoxLayout();
            row->addWidget(date);
            row->addStretch();
            layout->addLayout(row);
            input = date;
            break;
        }
        }
        input->setAccessibleName(name);
        if (field.type != content::FieldType::Text) {
            input->setFocusPolicy(Qt::StrongFocus);
            input->installEventFilter(this);
        }
        label->setBuddy(input);
        m_inputs[field.id] = input;
    }
}

void FieldForm::allowNoDate(const std::string& fieldId, const QString& text, const QString& accessibleName)
{
    auto* date = qobject_cast<QDateEdit*>(input(fieldId));
    auto* box = new QCheckBox(text, this);
    box->setAccessibleName(accessibleName);
    // Right after its date, in the same row, so Tab reaches the two together.
    for (int i = 0; i < layout()->count(); ++i) {
        if (auto* row = qobject_cast<QHBoxLayout*>(layout()->itemAt(i)->layout()); row && row->indexOf(date) >= 0) {
            row->insertWidget(1, box);
        }
    }
    setTabOrder(date, box);
    connect(box, &QCheckBox::toggled, this, [this, date](bool none) {
        date->setEnabled(!none);
        changed();
    });
    m_noDate[fieldId] = box;
}

QWidget* FieldForm::addScale(const content::Field& field, QVBoxLayout* layout)
{
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(0, 10);
    slider->setValue(5);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(1);
    auto* value = new QLabel(this);
    auto* row = new QHBoxLayout();
    row->addWidget(slider, 1);
    row->addWidget(value);
    layout->addLayout(row);
    const QString low = QString::fromStdString(field.low);
    const QString high = QString::fromStdString(field.high);
    if (!low.isEmpty() || !high.isEmpty()) {
        auto* anchors = new QHBoxLayout();
        auto* lowLabel = new QLabel(tr("0: %1").arg(low), this);
        auto* highLabel = new QLabel(tr("10: %1").arg(high), this);
        for (auto* anchor : {lowLabel, highLabel}) {
            anchor->setWordWrap(true);
            anchor->setTextFormat(Qt::PlainText);
        }
        highLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
        anchors->addWidget(lowLabel, 1);
        anchors->addWidget(highLabel, 1);
        layout->addLayout(anchors);
    }
    // The number is read aloud with what its ends mean, so the scale makes sense without seeing it.
    const auto describe = [slider, value, low, high](int v) {
        value->setText(tr("%1 of 10").arg(v));
        slider->setAccessibleDescription(tr("%1 of 10. 0 means %2; 10 means %3.").arg(v).arg(low, high));
    };
    describe(slider->value());
    connect(slider, &QSlider::valueChanged, this, [this, describe](int v) {
        describe(v);
        changed();
    });
    return slider;
}

json FieldForm::values() const
{
    json out = json::object();
    for (const auto& field : m_fields) {
        QWidget* input = m_inputs.at(field.id);
        if (auto* box = qobject_cast<QPlainTextEdit*>(input)) {
            if (!box->toPlainText().trimmed().isEmpty()) {
                out[field.id] = box->toPlainText().toStdString();
            }
        } else if (auto* slider = qobject_cast<QSlider*>(input)) {
            out[field.id] = slider->value();
        } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
            const int index = combo->currentIndex() - 1;
            if (index >= 0 && static_cast<std::size_t>(index) < field.options.size()) {
                out[field.id] = field.options[static_cast<std::size_t>(index)];
            }
        } else if (auto* date = qobject_cast<QDateEdit*>(input);
            date && !(m_noDate.count(field.id) && m_noDate.at(field.id)->isChecked())) {
            out[field.id] = date->date().toString(Qt::ISODate).toStdString();
        }
    }
    return out;
}

void FieldForm::setValues(const json& values)
{
    if (!values.is_object() || values.empty()) {
        return; // nothing saved: the defaults stand, including an unticked "no date"
    }
    m_quiet = true;
    for (const auto& field : m_fields) {
        if (const auto none = m_noDate.find(field.id); none != m_noDate.end()) {
            none->second->setChecked(!values.contains(field.id));
        }
        if (!values.contains(field.id)) {
            continue;
        }
        const json& v = values.at(field.id);
        QWidget* input = m_inputs.at(field.id);
        if (auto* box = qobject_cast<QPlainTextEdit*>(input); box && v.is_string()) {
            box->setPlainText(fromJson(v));
        } else if (auto* slider = qobject_cast<QSlider*>(input); slider && v.is_number_integer()) {
            slider->setValue(v.get<int>());
        } else if (auto* combo = qobject_cast<QComboBox*>(input); combo && v.is_string()) {
            combo->setCurrentIndex(std::max(0, combo->findText(fromJson(v))));
        } else if (auto* date = qobject_cast<QDateEdit*>(input); date && v.is_string()) {
            const QDate day = QDate::fromString(fromJson(v), Qt::ISODate);
            date->setDate(day.isValid() ? day : m_defaultDate);
        }
    }
    m_quiet = false;
}

void FieldForm::reset()
{
    m_quiet = true;
    for (const auto& [id, input] : m_inputs) {
        if (auto* box = qobject_cast<QPlainTextEdit*>(input)) {
            box->clear();
        } else if (auto* slider = qobject_cast<QSlider*>(input)) {
            slider->setValue(5);
        } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
            combo->setCurrentIndex(0);
        } else if (auto* date = qobject_cast<QDateEdit*>(input)) {
            date->setDate(m_defaultDate);
        }
    }
    for (const auto& [id, box] : m_noDate) {
        box->setChecked(false);
    }
    m_quiet = false;
}

bool FieldForm::eventFilter(QObject* watched, QEvent* event)
{
    // Scrolling the page must never change an answer (a trust rating moved by the mouse wheel on the
    // way down): the wheel only turns an input that has focus; otherwise it goes on to the page.
    if (event->type() == QEvent::Wheel && qobject_cast<QWidget*>(watched)
        && !qobject_cast<QWidget*>(watched)->hasFocus()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FieldForm::changed()
{
    if (m_quiet) {
        return;
    }
    emit edited();
    if (m_autosave && !m_paused) {
        m_autosave->schedule();
    }
}

void FieldForm::keepDraft(EditorContext& context, const std::string& exerciseId)
{
    m_context = &context;
    m_exerciseId = exerciseId;
    m_autosave = new Autosave([this] { writeDraft(values()); }, this);
    connect(m_autosave, &Autosave::saved, this, &FieldForm::draftSaved);
    connect(m_autosave, &Autosave::failed, this, &FieldForm::draftFailed);
    restoreDraft();
}

void FieldForm::restoreDraft()
{
    reset();
    try {
        const auto mine = m_context->session.entries(
            {.exerciseId = m_exerciseId, .kind = kDraftKind, .authorId = m_context->session.me().id});
        if (!mine.empty()) {
            m_draftId = mine.back().id;
            const json body = json::parse(mine.back().body, nullptr, false);
            setValues(body.is_object() ? body.value("values", json::object()) : json::object());
        }
    } catch (const Error&) {
        // An unreadable draft only means an empty form; the records themselves are read elsewhere.
    }
}

void FieldForm::flushDraft()
{
    if (m_autosave) {
        m_autosave->flush();
    }
}

void FieldForm::clearDraft()
{
    flushDraft();
    if (!m_draftId.empty()) {
        writeDraft(json::object());
    }
}

void FieldForm::writeDraft(const json& values)
{
    const std::string body = padded({{"values", values}});
    if (m_draftId.empty()) {
        m_draftId = m_context->session.addEntry({m_exerciseId, kDraftKind, workbook::Visibility::Private, "", body});
    } else {
        m_context->session.updateEntry(m_draftId, body);
    }
}

bool FieldForm::hasWriting() const
{
    const json v = values();
    return std::any_of(m_fields.begin(), m_fields.end(), [&v](const content::Field& f) {
        return (f.type == content::FieldType::Text || f.type == content::FieldType::Choice) && v.contains(f.id);
    });
}

} // namespace tw::app
