// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "TempDir.h"
#include "exercises/EditorContext.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

namespace tw::test {

/** @brief Workbook options for window tests: cheap key derivation, short passphrases allowed. */
inline workbook::Options quickOptions()
{
    workbook::Options options;
    options.kdf = crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    return options;
}

/**
 * @brief The couple every GUI suite uses: Alex (hurt) and Sam (involved), cheap key derivation.
 * Each has a recovery code already, as after the set-up wizard, so unlocking opens the workbook
 * rather than a partner's first pages.
 */
inline void createCouple(const std::filesystem::path& dir, const workbook::Options& options)
{
    std::vector<workbook::NewPartner> partners;
    partners.push_back(
        {"Alex", workbook::Role::Hurt, crypto::SecretBytes::fromString("alex passphrase"), crypto::makeRecoveryCode()});
    partners.push_back({"Sam", workbook::Role::Involved, crypto::SecretBytes::fromString("sam passphrase"),
        crypto::makeRecoveryCode()});
    workbook::Workbook::create(dir, std::move(partners), options);
}

/** @brief Unlocks as Alex or Sam with their test passphrase. */
inline std::unique_ptr<workbook::Session> unlockPartner(
    const std::filesystem::path& dir, const std::string& name, const workbook::Options& options)
{
    const char* passphrase = name == "Alex" ? "alex passphrase" : "sam passphrase";
    return workbook::Workbook::unlock(dir, name, crypto::SecretBytes::fromString(passphrase), options);
}

/** @brief A fixture with that couple's workbook open in a real main window, still locked. */
struct CoupleWindow : ::testing::Test {
    TempDir dir;
    workbook::Options options;
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::MainWindow> window;

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        createCouple(dir.path(), options);
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir.path().string()), options);
        window = std::make_unique<app::MainWindow>(*context, curriculum());
        window->show();
    }
    /** @brief Opens the session directly, as a finished unlock would (the unlock screen has its own tests). */
    void openAs(const std::string& name)
    {
        context->lock();
        context->setSession(std::shared_ptr<workbook::Session>(unlockPartner(dir.path(), name, options)));
    }
};

/** @brief One editor on its own over one partner's session; pending saves are flushed on close. */
template <typename Editor> struct OpenedEditor {
    using EditorType = Editor;
    std::unique_ptr<workbook::Session> session;
    std::unique_ptr<app::EditorContext> context;
    std::unique_ptr<Editor> editor;

    OpenedEditor() = default;
    OpenedEditor(const OpenedEditor&) = delete;
    OpenedEditor& operator=(const OpenedEditor&) = delete;
    ~OpenedEditor()
    {
        if (editor) {
            editor->flush();
        }
    }
};

/** @brief The couple's workbook with a clock that moves on a second at every read (late February 2026). */
struct CoupleEditorTest : ::testing::Test {
    TempDir dir;
    workbook::Options options;
    std::int64_t clock = 1'772'000'000'000;

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        options.dailyBackup = false;
        options.now = [this] { return clock += 1000; };
        createCouple(dir.path(), options);
    }
    /** @brief Unlocks as @p name and shows @p Opened's editor for @p exerciseId. */
    template <typename Opened>
    std::unique_ptr<Opened> openEditor(const std::string& name, const std::string& exerciseId)
    {
        auto opened = std::make_unique<Opened>();
        opened->session = unlockPartner(dir.path(), name, options);
        opened->context = std::make_unique<app::EditorContext>(app::EditorContext{*opened->session, curriculum()});
        opened->editor
            = std::make_unique<typename Opened::EditorType>(*curriculum().findExercise(exerciseId), *opened->context);
        opened->editor->show();
        return opened;
    }
};

} // namespace tw::test
