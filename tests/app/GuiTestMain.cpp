// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI suites need a QApplication; offscreen so they run on CI without a display. It is set up as
// the app sets itself up: English text with its plural forms, and Trustwork's own look.
#include "Language.h"
#include "style/Appearance.h"

#include <QApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char** argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    // Tests change preferences and open file dialogs; both write under the config directory, and
    // that must never be the developer's real ~/.config/trustwork.
    QTemporaryDir configHome;
    if (!configHome.isValid()) {
        return 2;
    }
    setenv("XDG_CONFIG_HOME", configHome.path().toLocal8Bit().constData(), 1);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trustwork-tests"));
    tw::app::installTranslations(QStringLiteral("en"));
    tw::app::style::applyAppearance(QStringLiteral("light"), 100);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
