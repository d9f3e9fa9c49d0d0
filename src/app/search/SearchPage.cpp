// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchPage.h"

#include "Labels.h"
#include "SearchResultsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tw::app {
namespace {

constexpr std::size_t kMaxHits = 200;

} // namespace

SearchPage::SearchPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(boldLabel(tr("Search"), this, 1.6));
    auto* intro = new QLabel(tr("Searches your own entries, private or shared, and what your partner shared with "
                                "you. It happens in memory on this computer; nothing is stored."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Words to find"));
    m_field->setAccessibleName(tr("Search your workbook"));
    m_field->setClearButtonEnabled(true);
    // The built-in clear button has no name of its own; a screen reader would announce just "button".
    for (auto* button : m_field->findChildren<QToolButton*>()) {
        button->setAccessibleName(tr("Clear the search"));
    }
    layout->addWidget(m_field);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_model = new SearchResultsModel(this);
    m_results = new QTreeView(this);
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setAlternatingRowColors(true);
    m_results->setUniformRowHeights(true);
    m_results->setAccessibleName(tr("Search results; press Enter to open one"));
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);

    connect(m_field, &QLineEdit::textChanged, this, &SearchPage::search);
    // Enter in the field goes to the first result, so the keyboard path is type, Enter, Enter.
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentIndex(m_model->index(0, 0));
        }
    });
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(SearchResultsModel::ExerciseIdRole).toString();
        if (!id.isEmpty()) {
            emit openExercise(id);
        }
    });
    search(QString());
}

SearchPage::~SearchPage()
{
    close();
}

void SearchPage::open(EditorContext& context)
{
    m_context = &context;
    m_index.reload(context.session);
    search(m_field->text());
    m_field->setFocus();
    m_field->selectAll();
}

void SearchPage::close()
{
    m_context = nullptr;
    m_index.clear();
    m_model->clear();
    m_field->blockSignals(true);
    m_field->clear();
    m_field->blockSignals(false);
    m_status->clear();
}

void SearchPage::search(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (!m_context || trimmed.isEmpty()) {
        m_model->clear();
        m_status->setText(tr("Type a word or two. Every word has to appear in an entry for it to be found."));
        return;
    }
    auto hits = m_index.find(trimmed.toStdString(), kMaxHits);
    const auto count = hits.size();
    const auto* other = m_context->session.otherPartner();
    m_model->setHits(std::move(hits), &m_context->curriculum, m_context->session.me().id,
        other ? QString::fromStdString(other->name) : QString());
    if (count == 0) {
        m_status->setText(tr("Nothing found. Your partner's private entries are never searched."));
    } else if (count >= kMaxHits) {
        m_status->setText(
            tr("The newest %n entries found; add a word to narrow it down.", nullptr, static_cast<int>(count)));
    } else {
        m_status->setText(
            count == 1 ? tr("One entry found.") : tr("%n entries found.", nullptr, static_cast<int>(count)));
    }
}

QString SearchPage::statusText() const
{
    return m_status->text();
}

} // namespace tw::app
