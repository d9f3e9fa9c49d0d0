// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Times launch to first window: the clock starts just before fork() and stops when the X server
// reports the MapNotify of the child's first top-level window. The cases run interleaved, round
// after round, so drift in the machine's load hits all of them alike; the first case is the floor.
//
// Usage: bench_launch_timer [--runs N] [--warmup N] --case LABEL -- PROGRAM ARGS... [--case ...]
#include "LaunchCases.h"
#include "MapWatcher.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

using namespace tw::bench;
using namespace std::chrono_literals;

namespace {

std::filesystem::path freshDir()
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "tw-launch-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
        throw std::runtime_error("cannot create a temporary directory");
    }
    return tmpl;
}

// CPU time so far of every thread of @p pid, from the scheduler's own count (nanoseconds on a CPU,
// the first field of each /proc/PID/task/TID/schedstat). Threads that have already ended are not
// counted; at the first map none of Trustwork's or Qt's have.
double cpuMillisOf(pid_t pid)
{
    double total = 0.0;
    std::error_code error;
    for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", error)) {
        std::ifstream in(task.path() / "schedstat");
        unsigned long long ns = 0;
        if (in >> ns) {
            total += static_cast<double>(ns) / 1e6;
        }
    }
    return total;
}

void stop(pid_t pid)
{
    ::kill(pid, SIGTERM);
    for (int i = 0; i < 100; ++i) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid) {
            return;
        }
        ::usleep(20'000);
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
}

struct Launch {
    double millis = -1.0; ///< to the first mapped window; negative if none came
    double cpuMillis = 0.0; ///< the program's CPU time at that moment
    std::string title; ///< of the window that mapped
};

Launch launchOnce(MapWatcher& watcher, const LaunchCase& c)
{
    std::filesystem::path fresh;
    std::vector<std::string> argv = c.argv;
    for (auto& arg : argv) {
        if (arg == "{fresh}") {
            fresh = fresh.empty() ? freshDir() : fresh;
            arg = fresh.string();
        }
    }
    std::vector<char*> cargv;
    for (auto& arg : argv) {
        cargv.push_back(arg.data());
    }
    cargv.push_back(nullptr);

    const auto start = Clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_RDWR);
        ::dup2(devnull, STDOUT_FILENO);
        ::dup2(devnull, STDERR_FILENO);
        ::execvp(cargv[0], cargv.data());
        ::_exit(127);
    }
    const auto mapped = watcher.waitForWindowOf(pid, 30s);
    const double cpu = cpuMillisOf(pid);
    const std::string title = mapped ? watcher.lastWindowTitle() : std::string();
    stop(pid);
    if (!fresh.empty()) {
        std::filesystem::remove_all(fresh);
    }
    if (!mapped) {
        return {};
    }
    return {std::chrono::duration<double, std::milli>(*mapped - start).count(), cpu, title};
}

} // namespace

int main(int argc, char** argv)
{
    try {
        std::vector<std::string> args(argv + 1, argv + argc);
        int runs = 15;
        int warmup = 2;
        while (!args.empty() && (args.front() == "--runs" || args.front() == "--warmup") && args.size() > 1) {
            (args.front() == "--runs" ? runs : warmup) = std::stoi(args[1]);
            args.erase(args.begin(), args.begin() + 2);
        }
        auto cases = parseCases(args);
        MapWatcher watcher;
        // Warm-up rounds fill the page cache and Qt's caches; they are not counted.
        for (int round = 0; round < warmup + runs; ++round) {
            for (auto& c : cases) {
                const Launch launch = launchOnce(watcher, c);
                if (round < warmup) {
                    continue;
                }
                if (launch.millis < 0) {
                    ++c.failures;
                } else {
                    c.millis.push_back(launch.millis);
                    c.cpuMillis.push_back(launch.cpuMillis);
                    c.titles.insert(launch.title);
                }
            }
        }
        std::cout << report(cases);
        for (const auto& c : cases) {
            if (c.millis.empty()) {
                std::cerr << c.label << ": no window was mapped in any run\n";
                return 1;
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "bench_launch_timer: " << e.what() << "\n";
        return 2;
    }
}
