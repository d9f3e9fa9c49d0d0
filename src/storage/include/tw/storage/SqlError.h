// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/base/Error.h"

#include <string>

namespace tw::storage {

/** @brief A failed SQLite call, carrying the extended result code (as SQLiteCpp's Exception does). */
class SqlError : public Error {
public:
    SqlError(ErrorKind kind, const std::string& message, int extendedCode)
        : Error(kind, message)
        , m_extendedCode(extendedCode)
    {
    }
    [[nodiscard]] int extendedCode() const { return m_extendedCode; }

private:
    int m_extendedCode;
};

} // namespace tw::storage
