// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the launch benchmark: the least a Qt Widgets program does before its first window
// is on screen (create the application, one window with one label, show it). Trustwork's launch is
// reported as a ratio to this, measured in the same run on the same X server.
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("A bare Qt Widgets window"), &window));
    window.resize(640, 480);
    window.show();
    return QApplication::exec();
}
