// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/base/AtomicFile.h"

#include "tw/base/Error.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace tw {
namespace {

[[noreturn]] void fail(int errorNumber, const std::string& what, const std::filesystem::path& path)
{
    const ErrorKind kind = errorKindForErrno(errorNumber);
    std::string hint;
    if (kind == ErrorKind::DiskFull) {
        hint = " The disk is full: free some space and try again.";
    } else if (kind == ErrorKind::ReadOnly) {
        hint = " The location is read-only or not yours: check its permissions.";
    }
    throw Error(kind, "Could not " + what + " " + path.string() + ": " + std::strerror(errorNumber) + "." + hint);
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    [[nodiscard]] int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

} // namespace

void syncDirectory(const std::filesystem::path& dir)
{
    FileDescriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) {
        fail(errno, "sync the folder", dir);
    }
}

void writeFileAtomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes)
{
    const auto dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    FileDescriptor fd(::mkostemp(tmpl.data(), O_CLOEXEC));
    if (fd.get() < 0) {
        fail(errno, "create a temporary file next to", path);
    }
    const std::filesystem::path tmpPath(tmpl);
    auto cleanup = [&tmpPath] {
        std::error_code ignored;
        std::filesystem::remove(tmpPath, ignored);
    };
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int e = errno;
            cleanup();
            fail(e, "write", path);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) {
        const int e = errno;
        cleanup();
        fail(e, "sync", path);
    }
    if (::close(fd.release()) != 0) {
        const int e = errno;
        cleanup();
        fail(e, "close", path);
    }
    if (::rename(tmpPath.c_str(), path.c_str()) != 0) {
        const int e = errno;
        cleanup();
        fail(e, "replace", path);
    }
    syncDirectory(dir);
}

std::vector<std::uint8_t> readFile(const std::filesystem::path& path)
{
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        fail(errno, "open", path);
    }
    std::vector<std::uint8_t> out;
    std::uint8_t buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(errno, "read", path);
        }
        if (n == 0) {
            break;
        }
        out.insert(out.end(), buffer, buffer + n);
    }
    return out;
}

} // namespace tw
