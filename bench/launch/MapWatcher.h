// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>

struct xcb_connection_t;

namespace tw::bench {

using Clock = std::chrono::steady_clock;

/**
 * @brief Listens on the X server for windows being mapped. It subscribes to SubstructureNotify on
 * the root window when constructed, so a program started afterwards cannot map a window before the
 * watcher hears of it, and it waits on the connection's socket: no polling, no sleeping.
 */
class MapWatcher {
public:
    MapWatcher(); ///< connects to $DISPLAY; throws std::runtime_error without one
    ~MapWatcher();
    MapWatcher(const MapWatcher&) = delete;
    MapWatcher& operator=(const MapWatcher&) = delete;

    /**
     * @brief Blocks until a top-level window of @p pid is mapped (directly on the root, or inside a
     * window manager's frame) and returns when the MapNotify arrived; nullopt after @p timeout.
     */
    std::optional<Clock::time_point> waitForWindowOf(pid_t pid, std::chrono::milliseconds timeout);
    /**
     * @brief The title of the window the last waitForWindowOf() found, read after the clock stopped:
     * the report names what was timed, so an error box in place of the first window shows.
     */
    [[nodiscard]] std::string lastWindowTitle();

private:
    [[nodiscard]] bool belongsTo(unsigned window, pid_t pid, int depth);
    [[nodiscard]] std::optional<pid_t> pidOf(unsigned window);

    xcb_connection_t* m_conn = nullptr;
    unsigned m_root = 0;
    unsigned m_pidAtom = 0;
    unsigned m_nameAtom = 0; ///< _NET_WM_NAME
    unsigned m_utf8Atom = 0; ///< UTF8_STRING
    unsigned m_found = 0; ///< the program's own window in the last map waited for
};

} // namespace tw::bench
