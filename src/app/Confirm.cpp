// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Confirm.h"

#include "style/Components.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace tw::app {

void confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes, const QString& no,
    const std::function<void()>& onYes)
{
    // On the window, not on @p parent: the action may rebuild the widgets around @p parent. If
    // @p parent goes first (the view changed, the workbook locked), the question goes with it.
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent->window());
    QObject::connect(parent, &QObject::destroyed, box, &QWidget::close);
    box->setObjectName(QStringLiteral("confirm"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    auto* yesButton = box->addButton(yes, QMessageBox::AcceptRole);
    yesButton->setAccessibleName(yes);
    style::makeDanger(yesButton);
    auto* noButton = box->addButton(no, QMessageBox::RejectRole);
    noButton->setAccessibleName(no);
    box->setDefaultButton(noButton);
    box->setEscapeButton(noButton);
    const QPointer<QWidget> alive(parent);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [alive, yesButton, onYes](QAbstractButton* clicked) {
        if (clicked == yesButton && alive) {
            onYes();
        }
    });
    box->open();
    noButton->setFocus();
}

} // namespace tw::app
