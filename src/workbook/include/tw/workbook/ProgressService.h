// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"

#include <string>
#include <vector>

namespace tw::workbook {

/** @brief Where one exercise stands. About the partner, only done or not done. */
struct ExerciseProgress {
    bool startedByMe = false; ///< any entry of mine exists for it
    bool doneByMe = false;
    bool doneByPartner = false; ///< always false in a solo workbook
};

/** @brief Counts over a module's exercises (the caller passes the module's exercise ids). */
struct ModuleProgress {
    int exercises = 0;
    int startedByMe = 0;
    int doneByMe = 0;
    int doneByPartner = 0;
    bool hasPartner = false;
};

/**
 * @brief Progress per partner and exercise. "Done" is an explicit private row of its partner
 * (kind "progress", padded constant body): the partner cannot read private bodies, so a "done"
 * marker inside an answer's body could never be shown to them, while the existence of a row is
 * exactly the one bit the partner is allowed to see. The row is private rather than shared so that
 * Session::entries() never hands the partner its timestamps: no read receipts, no "last opened".
 * The partner's "started", times and counts of entries are never reported.
 *
 * The safety check is the exception: it is done once answered (SafetyService), whatever the
 * answer, and markDone() ignores it, so "done" can never be made to depend on the result.
 */
class ProgressService {
public:
    static constexpr const char* kKind = "progress";
    /** @brief "Done" that only its partner sees: no marker, so nothing in the shared file. */
    static constexpr const char* kPrivateKind = "progress-private";

    /**
     * @brief Who learns that I have done an exercise. OnlyToMe is for pages whose every answer is
     * never shared, such as "My local help numbers": in a controlling relationship, knowing that
     * someone wrote down where they would go for help can be as dangerous as the numbers.
     */
    enum class DoneShown { ToPartner, OnlyToMe };

    explicit ProgressService(Session& session);

    /** @brief Marks an exercise done for me; marking it again changes nothing (but see keepDoneToMyself). */
    void markDone(const std::string& exerciseId, DoneShown shown = DoneShown::ToPartner);
    /**
     * @brief If my "done" for @p exerciseId is shown to my partner, withdraws that and keeps it for
     * me alone. For a page that became private after it was marked done (an older version showed
     * every "done"); nothing happens when it is not done or already kept to myself.
     */
    void keepDoneToMyself(const std::string& exerciseId);
    /** @brief Marks an exercise not done for me (my entries for it stay). */
    void markNotDone(const std::string& exerciseId);

    [[nodiscard]] ExerciseProgress exercise(const std::string& exerciseId) const;
    [[nodiscard]] ModuleProgress module(const std::vector<std::string>& exerciseIds) const;
    /**
     * @brief Only the two "done" bits of exercise(), without "started" (which reads my rows of the
     * exercise): what Home and the path show, at a fraction of the cost with years of check-ins.
     * doneByPartner is false in a solo workbook.
     */
    [[nodiscard]] ExerciseProgress doneMarks(const std::string& exerciseId) const;

private:
    [[nodiscard]] bool isDone(const std::string& partnerId, const std::string& exerciseId) const;

    Session& m_session;
};

} // namespace tw::workbook
