// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalServices.h"

#include "style/Components.h"
#include "style/Metrics.h"
#include "tw/base/Error.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

namespace tw::app {
namespace {

using nlohmann::json;

std::string s(const QString& text)
{
    return text.trimmed().toStdString();
}

QString q(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

namespace localServices {

std::vector<LocalService> load(const workbook::Session& session)
{
    std::vector<LocalService> services;
    const auto stored = session.privateSetting(kSettingKey);
    if (!stored) {
        return services;
    }
    const json list = json::parse(*stored, nullptr, false);
    if (!list.is_array()) {
        return services;
    }
    for (const auto& item : list) {
        if (item.is_object()) {
            services.push_back({q(item, "kind"), q(item, "name"), q(item, "contact"), q(item, "note")});
        }
    }
    return services;
}

void save(workbook::Session& session, const std::vector<LocalService>& services)
{
    json list = json::array();
    for (const auto& service : services) {
        list.push_back({{"kind", s(service.kind)}, {"name", s(service.name)}, {"contact", s(service.contact)},
            {"note", s(service.note)}});
    }
    session.setPrivateSetting(kSettingKey, list.dump());
}

} // namespace localServices

std::vector<LocalService> therapistSuggestedServices(workbook::Session& session)
{
    // Assignments carry no suggested services yet; see the declaration.
    (void)session;
    return {};
}

LocalServicesCard::LocalServicesCard(EditorContext& context, const QStringList& kinds, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
{
    setProperty("card", QStringLiteral("true"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::space::m, style::space::m, style::space::m, style::space::m);
    layout->setSpacing(style::space::s);
    layout->addWidget(style::text(style::TextRole::Heading, tr("My local services"), this));
    layout->addWidget(style::text(style::TextRole::Body,
        context.session.isSolo()
            ? tr("Write down the services you would turn to, with a number or an address. Only you can see this list.")
            : tr("Write down the services you would turn to, with a number or an address. Only you can see this list: "
                 "%1 cannot open it, and each of you keeps your own.")
                  .arg(context.partnerName()),
        this));
    m_empty = style::text(style::TextRole::Body,
        tr("Nothing written down yet. Fill it in on a calm day, so it is there "
           "on a hard one."),
        this);
    style::setTone(m_empty, "muted");
    layout->addWidget(m_empty);
    m_list = new QVBoxLayout();
    m_list->setSpacing(style::space::s);
    layout->addLayout(m_list);

    layout->addSpacing(style::space::s);
    layout->addWidget(style::emphasis(tr("Add a service"), this));
    auto* form = new QFormLayout();
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_kind = new QComboBox(this);
    m_kind->addItems(kinds);
    m_kind->addItem(tr("Other"));
    m_kind->setAccessibleName(tr("Kind of help"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name of the service"));
    m_contact = new QLineEdit(this);
    m_contact->setAccessibleName(tr("How to reach them"));
    m_contact->setPlaceholderText(tr("A number, an address, opening hours"));
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("A note for yourself"));
    form->addRow(tr("&Kind of help"), m_kind);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("How to &reach them"), m_contact);
    form->addRow(tr("N&ote"), m_note);
    layout->addLayout(form);
    auto* row = new QHBoxLayout();
    m_add = new QPushButton(tr("Add to my list"), this);
    m_add->setAccessibleName(tr("Add to my list"));
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setAccessibleName(tr("Undo removing the service"));
    m_undo->hide();
    row->addWidget(m_add);
    row->addWidget(m_undo);
    row->addStretch();
    layout->addLayout(row);
    m_status = style::text(style::TextRole::Caption, QString(), this);
    m_status->setAccessibleName(tr("Save status"));
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &LocalServicesCard::add);
    connect(m_undo, &QPushButton::clicked, this, &LocalServicesCard::undoRemove);
    try {
        m_services = localServices::load(context.session);
    } catch (const Error& e) {
        m_status->setText(tr("Your list could not be read: %1").arg(QString::fromStdString(e.what())));
    }
    refresh();
}

QString LocalServicesCard::statusText() const
{
    return m_status->text();
}

QStringList LocalServicesCard::shownEntries() const
{
    QStringList lines;
    for (const auto& service : m_services) {
        lines << QStringLiteral("%1 | %2 | %3 | %4").arg(service.kind, service.name, service.contact, service.note);
    }
    return lines;
}

void LocalServicesCard::refresh()
{
    while (QLayoutItem* item = m_list->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (std::size_t i = 0; i < m_services.size(); ++i) {
        const auto& service = m_services[i];
        auto* entry = new QWidget(this);
        auto* row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        auto* text = new QVBoxLayout();
        text->setSpacing(0);
        text->addWidget(style::emphasis(service.name.isEmpty() ? service.kind : service.name, entry));
        if (!service.contact.isEmpty()) {
            auto* contact = style::text(style::TextRole::Body, service.contact, entry);
            contact->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            text->addWidget(contact);
        }
        QStringList small{service.kind};
        if (!service.note.isEmpty()) {
            small << service.note;
        }
        text->addWidget(style::text(style::TextRole::Caption, small.join(QStringLiteral(" \u00b7 ")), entry));
        row->addLayout(text, 1);
        auto* removeButton = new QPushButton(tr("Remove"), entry);
        removeButton->setAccessibleName(tr("Remove %1").arg(service.name.isEmpty() ? service.kind : service.name));
        connect(removeButton, &QPushButton::clicked, this, [this, i] { remove(static_cast<int>(i)); });
        row->addWidget(removeButton, 0, Qt::AlignTop);
        m_list->addWidget(entry);
    }
    m_empty->setVisible(m_services.empty());
}

void LocalServicesCard::store(const QString& done)
{
    try {
        localServices::save(m_context.session, m_services);
        m_status->setText(done);
    } catch (const Error& e) {
        m_status->setText(tr("Not saved: %1").arg(QString::fromStdString(e.what())));
    }
    refresh();
}

void LocalServicesCard::add()
{
    if (m_name->text().trimmed().isEmpty() && m_contact->text().trimmed().isEmpty()) {
        m_status->setText(tr("Write a name or how to reach them first."));
        m_name->setFocus();
        return;
    }
    m_services.push_back(
        {m_kind->currentText(), m_name->text().trimmed(), m_contact->text().trimmed(), m_note->text().trimmed()});
    for (auto* field : {m_name, m_contact, m_note}) {
        field->clear();
    }
    m_removed.clear();
    m_undo->hide();
    store(tr("Added. Only you can see it."));
    m_name->setFocus();
}

void LocalServicesCard::remove(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_services.size()) {
        return;
    }
    m_removed = {m_services[static_cast<std::size_t>(index)]};
    m_services.erase(m_services.begin() + index);
    store(tr("Removed. You can undo this until you leave the page."));
    m_undo->show();
    m_undo->setFocus();
}

void LocalServicesCard::undoRemove()
{
    m_services.insert(m_services.end(), m_removed.begin(), m_removed.end());
    m_removed.clear();
    m_undo->hide();
    store(tr("Put back."));
}

} // namespace tw::app
