// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapWatcher.h"

#include <poll.h>
#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace tw::bench {
namespace {

// xcb hands out malloc'ed replies and events.
template <typename T> using XcbPtr = std::unique_ptr<T, decltype(&std::free)>;
template <typename T> XcbPtr<T> own(T* p)
{
    return XcbPtr<T>(p, &std::free);
}

} // namespace

MapWatcher::MapWatcher()
{
    int screenNumber = 0;
    m_conn = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(m_conn)) {
        xcb_disconnect(m_conn);
        throw std::runtime_error("cannot connect to the X server in DISPLAY");
    }
    auto it = xcb_setup_roots_iterator(xcb_get_setup(m_conn));
    for (int i = 0; i < screenNumber; ++i) {
        xcb_screen_next(&it);
    }
    m_root = it.data->root;

    const auto intern = [this](const char* name) {
        auto atom = own(xcb_intern_atom_reply(
            m_conn, xcb_intern_atom(m_conn, 0, static_cast<std::uint16_t>(std::strlen(name)), name), nullptr));
        return atom ? atom->atom : static_cast<xcb_atom_t>(XCB_ATOM_NONE);
    };
    m_pidAtom = intern("_NET_WM_PID");
    m_nameAtom = intern("_NET_WM_NAME");
    m_utf8Atom = intern("UTF8_STRING");

    const std::uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    auto cookie = xcb_change_window_attributes_checked(m_conn, m_root, XCB_CW_EVENT_MASK, &mask);
    // A checked request is a round trip: once it returns, the server delivers every later map to us.
    if (auto error = own(xcb_request_check(m_conn, cookie))) {
        throw std::runtime_error("cannot listen for windows on the root window");
    }
}

MapWatcher::~MapWatcher()
{
    xcb_disconnect(m_conn);
}

std::optional<Clock::time_point> MapWatcher::waitForWindowOf(pid_t pid, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (true) {
        while (auto event = own(xcb_poll_for_event(m_conn))) {
            const auto arrived = Clock::now();
            if ((event->response_type & 0x7f) != XCB_MAP_NOTIFY) {
                continue;
            }
            const auto* map = reinterpret_cast<const xcb_map_notify_event_t*>(event.get());
            if (map->event == m_root && belongsTo(map->window, pid, 0)) {
                return arrived;
            }
        }
        if (xcb_connection_has_error(m_conn)) {
            throw std::runtime_error("lost the connection to the X server");
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            return std::nullopt;
        }
        pollfd fd{xcb_get_file_descriptor(m_conn), POLLIN, 0};
        ::poll(&fd, 1, static_cast<int>(left.count()));
    }
}

std::string MapWatcher::lastWindowTitle()
{
    for (const auto& [property, type] : {std::pair<unsigned, unsigned>{m_nameAtom, m_utf8Atom},
             std::pair<unsigned, unsigned>{XCB_ATOM_WM_NAME, XCB_ATOM_STRING}}) {
        auto reply = own(
            xcb_get_property_reply(m_conn, xcb_get_property(m_conn, 0, m_found, property, type, 0, 256), nullptr));
        if (reply && xcb_get_property_value_length(reply.get()) > 0) {
            return std::string(static_cast<const char*>(xcb_get_property_value(reply.get())),
                static_cast<std::size_t>(xcb_get_property_value_length(reply.get())));
        }
    }
    return "(no title)";
}

std::optional<pid_t> MapWatcher::pidOf(unsigned window)
{
    auto reply = own(xcb_get_property_reply(
        m_conn, xcb_get_property(m_conn, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr));
    if (!reply || xcb_get_property_value_length(reply.get()) != 4) {
        return std::nullopt;
    }
    return static_cast<pid_t>(*static_cast<const std::uint32_t*>(xcb_get_property_value(reply.get())));
}

// Under a reparenting window manager the mapped root child is the manager's frame; the program's
// own window, which carries _NET_WM_PID, is inside it.
bool MapWatcher::belongsTo(unsigned window, pid_t pid, int depth)
{
    if (pidOf(window) == pid) {
        m_found = window;
        return true;
    }
    if (depth >= 2) {
        return false;
    }
    auto tree = own(xcb_query_tree_reply(m_conn, xcb_query_tree(m_conn, window), nullptr));
    if (!tree) {
        return false;
    }
    const xcb_window_t* children = xcb_query_tree_children(tree.get());
    const int count = xcb_query_tree_children_length(tree.get());
    for (int i = 0; i < count; ++i) {
        if (belongsTo(children[i], pid, depth + 1)) {
            return true;
        }
    }
    return false;
}

} // namespace tw::bench
