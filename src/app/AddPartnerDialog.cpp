// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddPartnerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {

AddPartnerDialog::AddPartnerDialog(const QString& myName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add your partner"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Your partner can join this workbook now. Everything you wrote privately stays "
                                "private; only what you have shared, or share later, is visible to them.\n\n"
                                "Trustwork locks your workbook first, so nothing of yours is on screen. Then hand the "
                                "computer to your partner: they choose their own passphrase, and get their recovery "
                                "code and their private safety check the first time they open the workbook."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    m_name = new QLineEdit(this);
    m_name->setMaxLength(40);
    m_name->setAccessibleName(tr("Partner's name"));
    form->addRow(tr("Your partner's &name"), m_name);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(tr("&Lock and hand over"), QDialogButtonBox::AcceptRole);
    m_go->setAccessibleName(tr("Lock and hand over"));
    m_go->setDefault(true);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, myName] {
        const QString name = partnerName();
        m_go->setEnabled(!name.isEmpty() && name.compare(myName, Qt::CaseInsensitive) != 0);
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    // As tall as the words need at this width, at any text size: a fixed height left a tall empty
    // band above the buttons at 100 % and could cut the text at 200 %.
    const int width = std::max(520, minimumSizeHint().width());
    const int height = heightForWidth(width);
    resize(width, height > 0 ? height : sizeHint().height());
}

QString AddPartnerDialog::partnerName() const
{
    return m_name->text().trimmed();
}

} // namespace tw::app
