// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakSession.h"

#include "AppContext.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "QtLogBridge.h"
#include "Settings.h"
#include "exercises/EditorContext.h"
#include "exercises/ReflectionEditor.h"
#include "tw/base/Logging.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/Session.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

namespace tw::test {

void runAppSession(const std::filesystem::path& dataDir, const std::string& passphrase,
    const workbook::Options& options, Canaries& canaries)
{
    tw::log::init(dataDir);
    tw::app::installQtLogBridge();
    auto preferences = tw::app::Preferences::load();
    preferences.textSizePercent = 125;
    preferences.save();
    {
        tw::app::AppContext context(QString::fromStdString(dataDir.string()), options);
        tw::app::MainWindow window(context, curriculum());
        window.show();
        context.setSession(std::shared_ptr<workbook::Session>(
            workbook::Workbook::unlock(dataDir, "Alex", crypto::SecretBytes::fromString(passphrase), options)));
        QApplication::processEvents();
        auto& session = *context.session();

        tw::app::EditorContext editorContext{session, curriculum()};
        tw::app::ReflectionEditor editor(*curriculum().findExercise("step1.impact-letter"), editorContext);
        editor.show();
        auto* box = editor.findChild<QPlainTextEdit*>();
        ASSERT_NE(box, nullptr);
        box->insertPlainText(QString::fromStdString(canaries["reflection typed in the editor"]));
        editor.flush();
        EXPECT_EQ(editor.statusText(), QStringLiteral("Saved"));

        workbook::EntryService entries(session);
        entries.addLog(
            "step3.trigger-log", nlohmann::json{{"situation", canaries["log record"]}, {"intensity", 6}}.dump());
        entries.addCheckin("step4.trust-thermometer",
            nlohmann::json{{"trust", 6}, {"connected", 5}, {"appreciation", canaries["check-in appreciation"]},
                {"note", canaries["check-in note"]}}
                .dump(),
            workbook::Visibility::Shared);
        entries.addCommitment("step4.small-promises", canaries["commitment"], "2026-03-01");
        workbook::AgreementService(session).propose("step2.transparency", "messages", canaries["agreement item"]);
        session.automaticBackup("leak-scan");
        context.lock();
        QApplication::processEvents();
    }
    tw::log::shutdown();
}

std::vector<std::filesystem::path> placesToScan(const std::filesystem::path& dataDir)
{
    std::vector<std::filesystem::path> places{dataDir};
    for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "TMPDIR"}) {
        if (const char* value = std::getenv(variable)) {
            places.emplace_back(value);
        }
    }
    places.emplace_back("/tmp");
    places.emplace_back("/var/tmp");
    return places;
}

} // namespace tw::test
