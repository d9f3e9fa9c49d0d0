// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/PackConsent.h"
#include "tw/workbook/UnlockNotice.h"

#include <QFrame>
#include <QString>

#include <cstdint>
#include <vector>

class QVBoxLayout;

namespace tw::app {

/** @brief One UnlockNotice in calm, plain words, in the interface language. */
QString noticeText(const workbook::UnlockNotice& notice);
/** @brief "Last time you were here: 1 Dec 2026 at 22:14." (empty for a first visit). */
QString lastVisitText(std::int64_t lastVisitMs);
/** @brief A day and time ("1 Dec 2026 at 22:14"). */
QString momentText(std::int64_t ms);

/**
 * @brief What a partner is told right after unlocking, above their workbook: when they were last
 * here (so a workbook swapped for an old copy stands out), what changed outside Trustwork, and
 * whether to use a content pack that appeared in the data folder. Closed with one button; gone at
 * the next lock.
 */
class UnlockNoticeBar : public QFrame {
    Q_OBJECT
public:
    explicit UnlockNoticeBar(QWidget* parent = nullptr);

    void showFor(std::int64_t lastVisitMs, const std::vector<workbook::UnlockNotice>& notices,
        const std::vector<PackQuestion>& packs);
    void clear();
    /** @brief Every sentence on the bar, one per line (tests, screen readers). */
    [[nodiscard]] QString text() const;

signals:
    /** @brief The partner answered "A content pack ... was added. Use it?". */
    void packDecided(const tw::app::PackQuestion& pack, bool use);

private:
    void addLine(const QString& text, bool emphasis);
    QVBoxLayout* m_lines = nullptr;
};

} // namespace tw::app
