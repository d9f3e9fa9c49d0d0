// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The leak scans' main: before Qt or anything else reads the environment, HOME, the XDG folders and
// TMPDIR point into one private folder, so the settings, caches, recent-files list and temp files
// of this process and of the trustwork-cli it starts all land where the scan looks, and no other
// test or person's files are mixed in. TW_LEAK_ROOT names that folder.
#include <QApplication>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <string>

int main(int argc, char** argv)
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "tw-leak-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
        return 2;
    }
    const std::filesystem::path root = tmpl;
    const auto dir = [&](const char* variable, const std::filesystem::path& path) {
        std::filesystem::create_directories(path);
        ::setenv(variable, path.c_str(), 1);
    };
    dir("TW_LEAK_ROOT", root);
    dir("HOME", root / "home");
    dir("XDG_CONFIG_HOME", root / "home" / ".config");
    dir("XDG_CACHE_HOME", root / "home" / ".cache");
    dir("XDG_DATA_HOME", root / "home" / ".local" / "share");
    dir("XDG_RUNTIME_DIR", root / "runtime");
    ::chmod((root / "runtime").c_str(), 0700);
    dir("TMPDIR", root / "tmp");
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);

    int status = 0;
    {
        QApplication app(argc, argv);
        // The app's own names, so QSettings and QStandardPaths use the folders the app would.
        QApplication::setApplicationName(QStringLiteral("trustwork"));
        QApplication::setDesktopFileName(QStringLiteral("org.trustwork.Trustwork"));
        ::testing::InitGoogleTest(&argc, argv);
        status = RUN_ALL_TESTS();
    }
    std::error_code ec;
    std::filesystem::remove_all(root, ec);
    return status;
}
