// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tw::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Trustwork"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(48, 48, 48, 48);
    auto* title = new QLabel(tr("Trustwork"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("A quiet place to rebuild trust, at your own pace.\n"
                               "Nothing you write here leaves this computer."),
        central);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
    setCentralWidget(central);
    resize(960, 640);
}

} // namespace tw::app
