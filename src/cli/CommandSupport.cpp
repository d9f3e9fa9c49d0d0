// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSupport.h"

#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/content/ContentRoot.h"
#include "tw/content/Loader.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/UnlockNotice.h"

#include <cstdlib>
#include <ctime>
#include <iterator>

namespace tw::cli {

workbook::Options workbookOptions()
{
    // What users get, unless this is the test-only program built with ForTestsOptions.cpp.
    return buildOptions();
}

void tellNotices(const workbook::Session& session, std::ostream& err)
{
    for (const auto& notice : session.notices()) {
        err << "trustwork-cli: " << workbook::describe(notice) << "\n";
    }
    if (!session.isPractice() && session.needsRecoveryCode()) {
        err << "trustwork-cli: you have no recovery code yet. Make one, for your eyes only, with: trustwork-cli --as "
            << session.me().name << " recovery-code\n";
    }
}

std::unique_ptr<workbook::Session> unlockSession(Context& ctx)
{
    if (ctx.as.empty()) {
        throw Error(ErrorKind::Usage, "This command needs --as NAME (whose workbook view to open).");
    }
    auto passphrase = ctx.secrets.read("Passphrase for " + ctx.as);
    auto session = workbook::Workbook::unlock(ctx.dataDir, ctx.as, passphrase, workbookOptions());
    tellNotices(*session, ctx.err);
    return session;
}

std::string readTextSource(const std::string& source, std::istream& in)
{
    if (source == "-") {
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    const auto bytes = readFile(source);
    return {bytes.begin(), bytes.end()};
}

content::Curriculum loadCurriculumFor(Context& ctx)
{
    const auto root = content::locateContentRoot(ctx.contentDir, content::currentExecutableDir());
    if (!root) {
        throw Error(ErrorKind::Io,
            "Cannot find Trustwork's content folder (with schema/curriculum.schema.json and "
            "curriculum/en); give it with --content-dir DIR.");
    }
    auto result = content::loadCurriculum(*root, "en", content::discoverPacks(workbook::Paths(ctx.dataDir).packs));
    if (!result.rejectedPacks.empty()) {
        ctx.err << "trustwork-cli: " << result.rejectedPacks.size()
                << " content pack(s) could not be loaded and were left out; see trustwork-cli content validate.\n";
    }
    return std::move(result.curriculum);
}

workbook::LocalClock systemLocalClock()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (localtime_r(&now, &local) == nullptr) {
        return {};
    }
    return {static_cast<std::int32_t>(local.tm_gmtoff / 60)};
}

} // namespace tw::cli
