// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secrets.h"

#include "tw/base/Error.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace tw::cli {
namespace {

constexpr std::size_t kMaxSecret = 1024;

// Restores the terminal even if reading throws.
class EchoOff {
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        m_ok = tcgetattr(fd, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(fd, TCSAFLUSH, &quiet);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    ~EchoOff()
    {
        if (m_ok) {
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        }
    }

private:
    int m_fd;
    termios m_saved{};
    bool m_ok = false;
};

} // namespace

SecretSource::SecretSource(bool fromStdin, std::istream& in)
    : m_fromStdin(fromStdin)
    , m_in(in)
{
}

crypto::SecretBytes SecretSource::readLine(const std::function<int()>& nextChar)
{
    crypto::SecretBytes buffer(kMaxSecret);
    std::size_t length = 0;
    bool any = false;
    for (int c = nextChar(); c != EOF; c = nextChar()) {
        any = true;
        if (c == '\n') {
            break;
        }
        if (length == kMaxSecret) {
            throw Error(ErrorKind::Usage, "That passphrase is too long (over 1024 characters).");
        }
        buffer.data()[length++] = static_cast<std::uint8_t>(c);
    }
    if (!any) {
        throw Error(ErrorKind::Usage, "Standard input ended before every passphrase was given.");
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    return {buffer.data(), length};
}

crypto::SecretBytes SecretSource::read(const std::string& prompt)
{
    if (m_fromStdin) {
        return readLine([this] { return m_in.get(); });
    }
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        throw Error(ErrorKind::Usage, "No terminal to ask for the passphrase. Use --passphrase-stdin.");
    }
    const std::string question = prompt + ": ";
    (void)!::write(fd, question.data(), question.size());
    crypto::SecretBytes secret;
    try {
        EchoOff quiet(fd);
        secret = readLine([fd] {
            char c = 0;
            return ::read(fd, &c, 1) == 1 ? static_cast<unsigned char>(c) : EOF;
        });
    } catch (...) {
        ::close(fd);
        throw;
    }
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    return secret;
}

crypto::SecretBytes SecretSource::readNew(const std::string& prompt)
{
    auto first = read(prompt);
    if (first.empty()) {
        throw Error(ErrorKind::Usage, "A passphrase cannot be empty.");
    }
    if (m_fromStdin) {
        return first;
    }
    auto again = read("Type it again");
    if (!first.equals(again)) {
        throw Error(ErrorKind::Usage, "The two passphrases differ. Nothing was changed; try again.");
    }
    return first;
}

} // namespace tw::cli
