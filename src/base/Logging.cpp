// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/base/Logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <system_error>
#include <vector>

namespace tw::log {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;

constexpr std::size_t kMaxLogBytes = 1024 * 1024;
constexpr std::size_t kMaxLogFiles = 3;

std::vector<spdlog::sink_ptr>& sinks()
{
    if (g_sinks.empty()) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        g_sinks.push_back(console);
    }
    return g_sinks;
}

} // namespace

void init(const std::filesystem::path& dataDir, bool verbose)
{
    std::lock_guard lock(g_mutex);
    spdlog::drop_all();
    g_sinks.clear();
    sinks();
    if (verbose) {
        g_sinks.front()->set_level(spdlog::level::debug);
    }
    if (!dataDir.empty()) {
        std::error_code ec;
        const auto logDir = dataDir / "logs";
        std::filesystem::create_directories(logDir, ec);
        if (!ec) {
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    (logDir / "trustwork.log").string(), kMaxLogBytes, kMaxLogFiles);
                file->set_level(spdlog::level::info);
                g_sinks.push_back(file);
                std::filesystem::permissions(
                    logDir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
            } catch (const spdlog::spdlog_ex&) {
                // A read-only data directory must not stop the program; the console still works.
            }
        }
    }
}

std::shared_ptr<spdlog::logger> get(const std::string& name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    auto& s = sinks();
    auto logger = std::make_shared<spdlog::logger>(name, s.begin(), s.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

void shutdown()
{
    std::lock_guard lock(g_mutex);
    spdlog::drop_all();
    g_sinks.clear();
}

} // namespace tw::log
