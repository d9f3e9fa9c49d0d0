// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportConsentDialog.h"

#include "Labels.h"
#include "tw/base/Error.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/AssignmentService.h"
#include "tw/workbook/ReportService.h"
#include "tw/workbook/Session.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <set>

namespace tw::app::therapist {
namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QCheckBox* choice(const QString& text, const QString& explanation, QVBoxLayout* layout, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setAccessibleName(text.split(QLatin1Char('&')).join(QString()));
    box->setAccessibleDescription(explanation);
    layout->addWidget(box);
    auto* label = paragraph(explanation, parent);
    label->setContentsMargins(24, 0, 0, 6);
    layout->addWidget(label);
    return box;
}

// The start of an entry for the list, in words: a structured answer is stored as JSON, and its
// first written answer says more to a person than its field names. The preview below the list
// still shows exactly what is sent.
QString readableStart(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    QString words = text;
    if (doc.isObject()) {
        std::function<QString(const QJsonValue&)> firstText = [&](const QJsonValue& v) -> QString {
            if (v.isString() && !v.toString().trimmed().isEmpty()) {
                return v.toString();
            }
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (QString found = firstText(it.value()); !found.isEmpty()) {
                        return found;
                    }
                }
            }
            if (v.isArray()) {
                for (const auto& item : v.toArray()) {
                    if (QString found = firstText(item); !found.isEmpty()) {
                        return found;
                    }
                }
            }
            return {};
        };
        words = firstText(doc.object());
    }
    return words.simplified().left(80);
}

} // namespace

ReportConsentDialog::ReportConsentDialog(workbook::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Send a report to your therapist"));
    // Everything but the buttons scrolls: at large text or on a small screen the choices would
    // otherwise be squeezed on top of each other, and Save pushed off the screen.
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto therapist = workbook::AssignmentService(session).therapist();
    const QString therapistName = therapist ? QString::fromStdString(therapist->identity.name) : QString();
    layout->addWidget(headingLabel(tr("What goes in your report to %1").arg(therapistName), this));
    layout->addWidget(paragraph(
        tr("This report is yours alone: it holds only what you tick below, and it is signed "
           "by you, so your therapist can tell it came from you. It is encrypted so that only "
           "%1 can open it, with the key whose fingerprint you confirmed: %2. Not even you can "
           "read the file back.")
            .arg(therapistName, therapist ? QString::fromStdString(therapist->identity.fingerprint) : QString()),
        this));
    // The practice pins this key on the first report: the two of them can compare it in a session.
    layout->addWidget(
        paragraph(tr("Your signing key's fingerprint, to compare with your therapist: %1")
                      .arg(QString::fromStdString(crypto::fingerprint(session.signingKeys().publicKey, {}))),
            this));
    m_completion = choice(tr("Which assigned exercises I have done, with their due dates"),
        tr("Always included: the report is about the assignment."), layout, this);
    m_completion->setChecked(true);
    m_completion->setEnabled(false);
    m_checkins = choice(tr("My &check-in trends"),
        tr("The weekly average of each number in your own check-ins; no notes you wrote in them."), layout, this);
    m_shared = choice(tr("My shared &entries"),
        tr("The full text of the entries you shared with your partner. Your partner's shared entries go in "
           "their own report, if they choose."),
        layout, this);
    m_private = choice(tr("Some of my &private entries"),
        tr("Only the private entries you tick one by one in the list below; your partner cannot read them. Tick one "
           "only if you want your therapist to read it."),
        layout, this);
    m_entries = new QListWidget(this);
    m_entries->setAccessibleName(tr("Entries that can go in the report"));
    m_entries->setMinimumHeight(120);
    layout->addWidget(m_entries);
    const auto candidates = workbook::ReportService(session).candidates();
    for (const auto& c : candidates) {
        QString first = readableStart(QString::fromStdString(c.text));
        auto* item = new QListWidgetItem((c.shared ? tr("Shared") : tr("Private")) + QStringLiteral(" \u00b7 ")
                + QString::fromStdString(c.exerciseId) + QStringLiteral(" \u00b7 ") + first,
            m_entries);
        item->setData(Qt::UserRole, QString::fromStdString(c.id));
        item->setData(Qt::UserRole + 1, c.shared);
        item->setData(Qt::UserRole + 2, QString::fromStdString(c.text));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        // Shared entries follow the shared box; a private entry is in only when ticked on its own.
        item->setCheckState(c.shared ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_entries, &QListWidget::itemChanged, this, &ReportConsentDialog::updatePreview);
    layout->addWidget(paragraph(tr("Never included: your partner's private entries, your safety check, and "
                                   "anything about when or how long you used Trustwork."),
        this));
    layout->addSpacing(8);
    layout->addWidget(headingLabel(tr("The report will hold"), this));
    m_preview = paragraph(QString(), this);
    m_preview->setAccessibleName(tr("Report preview"));
    layout->addWidget(m_preview);
    m_texts = new QPlainTextEdit(this);
    m_texts->setReadOnly(true);
    m_texts->setAccessibleName(tr("Exactly the texts that will be sent"));
    m_texts->setMinimumHeight(120);
    layout->addWidget(m_texts);
    m_error = paragraph(QString(), this);
    m_error->setAccessibleName(tr("Report error"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save report…"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save report"));
    buttons->addButton(QDialogButtonBox::Cancel);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportConsentDialog::chooseAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto* box : {m_checkins, m_shared, m_private}) {
        connect(box, &QCheckBox::toggled, this, &ReportConsentDialog::updatePreview);
    }
    updatePreview();
    // The first choice a person makes; Save is last in the tab order, after reading.
    m_checkins->setFocus();
    // Wide enough for what cannot wrap (the heading, a fingerprint) at the current text size, so
    // the scrolling part never cuts words off at the right; never wider or taller than the screen.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const int wanted = content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()
        + outer->contentsMargins().left() + outer->contentsMargins().right();
    resize(std::min(std::max(620, wanted), room.width() * 9 / 10), std::min(600, room.height() * 9 / 10));
}

workbook::ReportChoices ReportConsentDialog::choices() const
{
    workbook::ReportChoices c;
    c.checkins = m_checkins->isChecked();
    c.shared = m_shared->isChecked();
    for (int i = 0; i < m_entries->count(); ++i) {
        const auto* item = m_entries->item(i);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        const std::string id = item->data(Qt::UserRole).toString().toStdString();
        if (item->data(Qt::UserRole + 1).toBool()) {
            if (c.shared) {
                c.sharedEntryIds.push_back(id);
            }
        } else if (m_private->isChecked()) {
            c.privateEntryIds.push_back(id);
        }
    }
    // Shared ticked but every shared entry unticked: nothing shared goes, which the list cannot say alone.
    if (c.shared && c.sharedEntryIds.empty()) {
        c.shared = false;
    }
    return c;
}

bool ReportConsentDialog::setEntryChecked(const QString& id, bool checked)
{
    for (int i = 0; i < m_entries->count(); ++i) {
        if (m_entries->item(i)->data(Qt::UserRole).toString() == id) {
            m_entries->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QString ReportConsentDialog::previewTexts() const
{
    return m_texts->toPlainText();
}

QString ReportConsentDialog::previewText() const
{
    return m_preview->text();
}

QString ReportConsentDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ReportConsentDialog::updatePreview()
{
    try {
        const auto report = workbook::ReportService(m_session).build(choices());
        const auto done = std::count_if(
            report.items.begin(), report.items.end(), [](const workbook::ReportItem& item) { return item.done; });
        std::set<std::string> weeks;
        for (const auto& trend : report.checkins) {
            weeks.insert(trend.weekStart);
        }
        QStringList lines;
        lines << tr("Assigned exercises: %1, of which you have done %2").arg(report.items.size()).arg(done);
        lines << (report.includesCheckins ? tr("Check-in trends: %n week(s)", nullptr, static_cast<int>(weeks.size()))
                                          : tr("Check-in trends: not included"));
        lines << (report.includesShared ? tr("Your shared entries: %1").arg(report.sharedEntries.size())
                                        : tr("Your shared entries: not included"));
        lines << (report.includesPrivate ? tr("Your private entries: %1").arg(report.privateEntries.size())
                                         : tr("Your private entries: not included"));
        m_preview->setText(lines.join(QLatin1Char('\n')));
        QStringList texts;
        for (const auto* list : {&report.sharedEntries, &report.privateEntries}) {
            for (const auto& e : *list) {
                texts << (e.visibility == "shared" ? tr("Shared, %1:").arg(QString::fromStdString(e.exerciseId))
                                                   : tr("Private, %1:").arg(QString::fromStdString(e.exerciseId)))
                      << QString::fromStdString(e.text) << QString();
            }
        }
        m_texts->setPlainText(
            texts.isEmpty() ? tr("No entries: only what is ticked above.") : texts.join(QLatin1Char('\n')));
        m_save->setEnabled(true);
    } catch (const Error& e) {
        m_preview->setText(QString::fromStdString(e.what()));
        m_save->setEnabled(false);
    }
}

bool ReportConsentDialog::saveTo(const QString& path)
{
    try {
        workbook::ReportService(m_session).exportTo(choices(), path.toStdString());
        m_error->setVisible(false);
        return true;
    } catch (const Error& e) {
        m_error->setText(QString::fromStdString(e.what()));
        m_error->setVisible(true);
        return false;
    }
}

void ReportConsentDialog::chooseAndSave()
{
    // The suggested name says nothing about who wrote it.
    const QString suggested
        = QStringLiteral("trustwork-report-%1.twreport").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested,
        tr("Trustwork reports (*.twreport)"), nullptr, QFileDialog::DontUseNativeDialog);
    // Locking while the picker was open closed this dialog, and the session is gone.
    if (path.isEmpty() || !isVisible()) {
        return;
    }
    if (saveTo(path)) {
        accept();
    }
}

} // namespace tw::app::therapist
