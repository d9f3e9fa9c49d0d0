// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window loads SQLCipher at its first database, by the library's name (tw/storage/SqlcipherOnFirstUse.h).
// Sam shares the computer account and can write to Alex's workbook folder and to wherever she starts
// Trustwork from; a library he leaves there under that name must never be the one that is loaded.
// This program is linked the way the window is (TW_SQLCIPHER_ON_FIRST_USE).
#include "TempDir.h"
#include "tw/storage/Database.h"
#include "tw/storage/SqlcipherOnFirstUse.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace tw::storage;

namespace {

std::vector<std::string> mappedFiles()
{
    std::vector<std::string> files;
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash != std::string::npos) {
            files.push_back(line.substr(slash));
        }
    }
    return files;
}

// Puts back the working folder the test started in, whatever the test does.
class WorkingFolder {
public:
    explicit WorkingFolder(const fs::path& to)
        : m_before(fs::current_path())
    {
        fs::current_path(to);
    }
    ~WorkingFolder() { fs::current_path(m_before); }
    WorkingFolder(const WorkingFolder&) = delete;
    WorkingFolder& operator=(const WorkingFolder&) = delete;

private:
    fs::path m_before;
};

} // namespace

TEST(LibraryAttack, Attack01_ALibraryPlantedInAlexsWorkbookFolderOrWhereSheStartsTrustworkIsNeverLoaded)
{
    ASSERT_FALSE(sqlcipher::loaded());
    tw::test::TempDir workbook;
    tw::test::TempDir startedFrom;
    // Sam's copies, under the exact name the window asks the dynamic loader for.
    const std::string name = sqlcipher::builtAgainst();
    for (const fs::path& folder : {workbook.path(), startedFrom.path(), startedFrom.path() / "lib"}) {
        fs::create_directories(folder);
        fs::copy_file(TW_PLANTED_LIBRARY, folder / name, fs::copy_options::overwrite_existing);
    }
    {
        WorkingFolder cwd(startedFrom.path());
        Database db(workbook / "workbook.db", tw::crypto::SecretBytes::random(32), OpenOptions{.create = true});
        db.exec("CREATE TABLE t (x)");
        EXPECT_FALSE(db.cipherVersion().empty()) << "the library in use is not SQLCipher";
    }
    ASSERT_TRUE(sqlcipher::loaded());
    bool realLibraryMapped = false;
    for (const auto& file : mappedFiles()) {
        EXPECT_EQ(file.rfind(workbook.path().string(), 0), std::string::npos)
            << "loaded from the workbook folder: " << file;
        EXPECT_EQ(file.rfind(startedFrom.path().string(), 0), std::string::npos)
            << "loaded from the working folder: " << file;
        // Mapped under its real file name (libsqlcipher.so.0.8.6), which the library name starts.
        realLibraryMapped = realLibraryMapped || fs::path(file).filename().string().rfind(name, 0) == 0;
    }
    EXPECT_TRUE(realLibraryMapped) << name << " is not mapped at all";
}
