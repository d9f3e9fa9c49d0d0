// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main screens run in German and no visible text is still an English source string: this catches
// text that lupdate cannot see (built outside tr(), or translated before the translator was installed).
#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "Language.h"
#include "MainWindow.h"
#include "PathModel.h"
#include "Settings.h"
#include "SetupWizard.h"
#include "TempDir.h"
#include "Workspace.h"
#include "settings/PartnerPreferences.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <set>

using namespace tw;

namespace {

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    // Shortcut markers differ between the languages; "&&" is a literal ampersand.
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'))
        .trimmed();
}

/** The English source strings whose German translation differs: seeing one on screen means it was missed. */
struct EnglishSources {
    std::set<QString> exact;
    std::vector<QRegularExpression> patterns; ///< sources with %1 and at least a word around it

    EnglishSources()
    {
        QFile file(QStringLiteral(TW_SOURCE_DIR "/translations/trustwork_de.ts"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (plain(translation) != plain(source)) {
                    add(plain(source));
                }
            }
        }
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        EXPECT_GT(exact.size(), 400u);
    }

    void add(const QString& source)
    {
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        if (!source.contains(placeholder)) {
            exact.insert(source);
            return;
        }
        QString words = source;
        words.remove(placeholder);
        if (words.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 4) {
            return;
        }
        QStringList pieces;
        for (const auto& piece : source.split(placeholder)) {
            pieces << QRegularExpression::escape(piece);
        }
        patterns.emplace_back(QStringLiteral("^") + pieces.join(QStringLiteral(".+")) + QStringLiteral("$"));
    }

    [[nodiscard]] bool matches(const QString& text) const
    {
        if (exact.count(text)) {
            return true;
        }
        for (const auto& pattern : patterns) {
            if (pattern.match(text).hasMatch()) {
                return true;
            }
        }
        return false;
    }
};

/** Every text a person can see or hear (accessible names) in @p root's visible widgets. */
QStringList visibleTexts(QWidget* root)
{
    QStringList texts{root->windowTitle()};
    auto widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (auto* w : widgets) {
        if (!w->isVisibleTo(root) && w != root) {
            continue;
        }
        texts << w->accessibleName() << w->toolTip();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text();
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            texts << group->title();
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            texts << edit->placeholderText();
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts << tabs->tabText(i);
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const auto* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const auto index = model->index(row, 0);
                texts << index.data().toString();
                for (int child = 0; child < model->rowCount(index); ++child) {
                    texts << model->index(child, 0, index).data().toString();
                }
            }
        }
        for (auto* action : w->actions()) {
            texts << action->text() << action->toolTip();
        }
    }
    QStringList result;
    for (const auto& text : texts) {
        if (!plain(text).isEmpty()) {
            result << plain(text);
        }
    }
    return result;
}

struct GermanInterface : ::testing::Test {
    test::TempDir dir;
    workbook::Options options;
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::MainWindow> window;
    const EnglishSources english;

    static const content::Curriculum& germanCurriculum()
    {
        static const auto loaded = content::loadCurriculum(TW_SOURCE_DIR "/content", "de", {});
        return loaded.curriculum;
    }

    void SetUp() override
    {
        ASSERT_EQ(app::installTranslations(QStringLiteral("de_DE")), QStringLiteral("de"));
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        test::createCouple(dir.path(), options);
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir.path().string()), options);
        window = std::make_unique<app::MainWindow>(*context, germanCurriculum());
        window->show();
    }
    void TearDown() override
    {
        window.reset();
        context.reset();
        app::installTranslations(QStringLiteral("en"));
    }
    void openAs(const std::string& name)
    {
        context->setSession(std::shared_ptr<workbook::Session>(test::unlockPartner(dir.path(), name, options)));
    }
    void expectNoEnglish(QWidget* root, const char* screen)
    {
        const auto texts = visibleTexts(root);
        EXPECT_GT(texts.size(), 3) << screen;
        // TW_DUMP_TEXTS=1 lists what the check saw, to tell a missed widget from a missed string.
        if (qEnvironmentVariableIsSet("TW_DUMP_TEXTS")) {
            for (const auto& text : texts) {
                std::cerr << screen << ": " << text.toStdString() << '\n';
            }
        }
        // Module and exercise titles without a German text are English on purpose (and say so).
        QStringList fallbackTitles;
        for (const auto& module : germanCurriculum().modules) {
            if (module.locale == "en") {
                fallbackTitles << QString::fromStdString(module.title);
            }
            for (const auto& exercise : module.exercises) {
                if (exercise.locale == "en") {
                    fallbackTitles << QString::fromStdString(exercise.title);
                }
            }
        }
        for (QString text : texts) {
            for (const auto& title : fallbackTitles) {
                text.replace(title, QStringLiteral("\u2026"));
            }
            EXPECT_FALSE(english.matches(text)) << screen << ": \"" << text.toStdString() << "\" is English";
        }
    }
};

} // namespace

TEST(Language, SettingResolvesAndContentFollowsTheLanguagePart)
{
    EXPECT_EQ(app::resolveLanguage(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(app::resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    // Anything unknown follows the system, like "system" itself.
    EXPECT_EQ(app::resolveLanguage(QStringLiteral("klingon")), app::resolveLanguage(QStringLiteral("system")));
    EXPECT_EQ(app::contentLocale(QStringLiteral("de_AT")), "de");
    EXPECT_EQ(app::contentLocale(QStringLiteral("en")), "en");
    EXPECT_EQ(app::contentLocale(QStringLiteral("C")), "en");
}

TEST(Language, SettingIsStoredAsACodeAndBadValuesFallBackToSystem)
{
    app::Preferences preferences;
    EXPECT_EQ(preferences.language, QStringLiteral("system"));
    preferences.language = QStringLiteral("de");
    preferences.save();
    EXPECT_EQ(app::Preferences::load().language, QStringLiteral("de"));
    QSettings(app::Preferences::settingsPath(), QSettings::IniFormat)
        .setValue(QStringLiteral("appearance/language"), QStringLiteral("../../etc"));
    EXPECT_EQ(app::Preferences::load().language, QStringLiteral("system"));
}

TEST(Language, EnglishRemovesTheGermanTranslation)
{
    ASSERT_EQ(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(app::SettingsDialog::tr("Settings"), QStringLiteral("Einstellungen"));
    // Qt's own strings come along, so standard buttons match.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    EXPECT_EQ(app::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(app::SettingsDialog::tr("Settings"), QStringLiteral("Settings"));
    // A language without a translation shows English rather than failing.
    EXPECT_EQ(app::installTranslations(QStringLiteral("fr_FR")), QStringLiteral("en"));
    app::installTranslations(QStringLiteral("en"));
}

TEST(Language, TheWindowIconIsBuiltIn)
{
    EXPECT_FALSE(app::applicationIcon().isNull());
    EXPECT_FALSE(app::applicationIcon().pixmap(64, 64).isNull());
}

TEST_F(GermanInterface, UnlockScreenIsGerman)
{
    ASSERT_TRUE(window->showingUnlock());
    expectNoEnglish(window.get(), "unlock");
}

TEST_F(GermanInterface, HomeProgressAndSearchAreGerman)
{
    openAs("Alex");
    ASSERT_FALSE(window->showingUnlock());
    window->workspace()->showHome();
    expectNoEnglish(window.get(), "home");
    window->workspace()->showProgress();
    expectNoEnglish(window.get(), "progress");
    window->workspace()->showSearch();
    expectNoEnglish(window.get(), "search");
}

TEST_F(GermanInterface, TranslatedExerciseHasNoFallbackNote)
{
    openAs("Alex");
    const auto& start = *germanCurriculum().findModule("start");
    ASSERT_EQ(start.locale, "de");
    for (const auto& exercise : start.exercises) {
        ASSERT_EQ(exercise.locale, "de") << exercise.id;
        window->workspace()->openExercise(QString::fromStdString(exercise.id));
        expectNoEnglish(window.get(), exercise.id.c_str());
        EXPECT_FALSE(visibleTexts(window->workspace()->exerciseView())
                .contains(QStringLiteral("Diese Übung ist noch nicht übersetzt und wird auf Englisch angezeigt.")));
    }
}

TEST_F(GermanInterface, UntranslatedExerciseSaysItIsShownInEnglish)
{
    openAs("Alex");
    const auto* exercise = germanCurriculum().findExercise("step1.impact-letter");
    ASSERT_NE(exercise, nullptr);
    // The loader reports per exercise which language its text came from.
    ASSERT_EQ(exercise->locale, "en");
    window->workspace()->openExercise(QStringLiteral("step1.impact-letter"));
    EXPECT_TRUE(visibleTexts(window->workspace()->exerciseView())
            .contains(QStringLiteral("Diese Übung ist noch nicht übersetzt und wird auf Englisch angezeigt.")));
}

TEST_F(GermanInterface, PathSaysWhichModulesAreShownInEnglish)
{
    openAs("Alex");
    const auto* model = window->workspace()->pathModel();
    int fallbacks = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto index = model->index(row, 0);
        const QString text = model->data(index, Qt::DisplayRole).toString();
        const bool inEnglish = model->data(index, Qt::ToolTipRole).toString()
            == QStringLiteral("Dieses Modul ist noch nicht übersetzt und wird auf Englisch angezeigt.");
        const bool german = text.startsWith(QString::fromStdString(germanCurriculum().findModule("start")->title));
        EXPECT_EQ(inEnglish, !german) << text.toStdString();
        EXPECT_EQ(text.contains(QStringLiteral("auf Englisch")), !german) << text.toStdString();
        fallbacks += inEnglish ? 1 : 0;
    }
    EXPECT_GE(fallbacks, 4); // the four steps at least; Start is German

    // Home says it in words too, where the narrow path may cut the mark off.
    const auto texts = visibleTexts(window.get());
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(),
        [](const QString& t) { return t.startsWith(QStringLiteral("Noch ist nicht jedes Modul übersetzt")); }));
    // The journey names the step in German and its English title with the mark.
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [](const QString& t) {
        return t.startsWith(QStringLiteral("Acknowledge the hurt")) && t.endsWith(QStringLiteral(" (auf Englisch)"));
    }));
    EXPECT_TRUE(std::any_of(
        texts.begin(), texts.end(), [](const QString& t) { return t.startsWith(QStringLiteral("Schritt 1")); }));
}

TEST_F(GermanInterface, SettingsDialogIsGermanAndOffersTheLanguages)
{
    const app::PartnerPreferences mine;
    app::SettingsDialog dialog(app::Preferences{}, &mine, QStringLiteral("Alex"));
    dialog.show();
    expectNoEnglish(&dialog, "settings");
    const auto texts = visibleTexts(&dialog);
    EXPECT_TRUE(texts.contains(QStringLiteral("Deutsch")));
    EXPECT_TRUE(texts.contains(QStringLiteral("English")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Eine neue Sprache gilt ab dem nächsten Start von Trustwork.")));
}

TEST_F(GermanInterface, SetupWizardIsGerman)
{
    test::TempDir fresh;
    app::AppContext freshContext(QString::fromStdString(fresh.path().string()), options);
    app::SetupWizard wizard(freshContext, germanCurriculum());
    wizard.show();
    expectNoEnglish(&wizard, "wizard intro");
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::PartnersPage);
    expectNoEnglish(&wizard, "wizard partners");
    const auto names = wizard.currentPage()->findChildren<QLineEdit*>();
    ASSERT_GE(names.size(), 2);
    names[0]->setText(QStringLiteral("Alex"));
    names[1]->setText(QStringLiteral("Sam"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::FirstPassphrasePage);
    expectNoEnglish(&wizard, "wizard passphrase");
    for (auto* field : wizard.currentPage()->findChildren<QLineEdit*>()) {
        field->setText(QStringLiteral("kupfer walross faltet karten"));
    }
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::FirstCodePage);
    expectNoEnglish(&wizard, "wizard code");
}
