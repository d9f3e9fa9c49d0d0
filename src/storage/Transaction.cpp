// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/storage/Transaction.h"

#include "tw/storage/Database.h"
#include "tw/storage/Statement.h"

namespace tw::storage {

namespace {

// Through the statement cache rather than sqlite3_exec, which parses the text again each time:
// every autosave is one transaction, so that was two statements prepared per keystroke pause.
void run(Database& db, const char* sql)
{
    Statement stmt(db, sql);
    stmt.run();
}

} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
{
    run(m_db, "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back from the journal on next open.
        }
    }
}

void Transaction::commit()
{
    run(m_db, "COMMIT");
    m_done = true;
}

} // namespace tw::storage
