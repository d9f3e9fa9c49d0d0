// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"

#include <optional>
#include <string>

namespace tw::workbook {

/** @brief What the active partner may know about one reveal exercise. */
struct RevealState {
    /** @brief My answer as JSON object text (one key per prompt), if I answered. */
    std::optional<std::string> myAnswer;
    /** @brief The partner has answered (their signed marker says so); never what. */
    bool partnerHasAnswered = false;
    /** @brief Both have answered; the partner's text may still wait for their next unlock. */
    bool bothAnswered = false;
    /** @brief The partner's answer as it was revealed, only once both answered and both published. */
    std::optional<std::string> partnerAnswer;
    /** @brief My answer has been copied into the shared space; from then on it is frozen. */
    bool myAnswerPublished = false;
    /** @brief My answer as it was revealed, if it was published (it never changes afterwards). */
    std::optional<std::string> myPublishedAnswer;
    /** @brief What I changed after the reveal, shown to both as "edited after the reveal". */
    std::optional<std::string> myRevision;
    /** @brief What the partner changed after the reveal. */
    std::optional<std::string> partnerRevision;
    /**
     * @brief The partner's revealed answer is not the one they had committed to when my answer
     * became readable: they changed it after they could have read mine.
     */
    bool partnerChangedAfterSeeingMine = false;
    /** @brief A workbook with one partner: nobody else will answer until a partner joins. */
    bool solo = false;
};

/**
 * @brief Reveal exercises: both partners answer privately; the answers appear side by side once
 * both have answered. My answer is a row of my private store (kind "reveal-answer"), which the
 * partner's keys cannot open. What the partner learns before the reveal is my signed "answered"
 * marker, which carries a commitment to my answer (a keyed hash only my key can recompute), never
 * the answer.
 *
 * My session publishes my answer (kind "reveal-published", parent = my answer) only once the
 * partner has answered: right away if they answered first, otherwise on publishPending() after my
 * next unlock. The published copy names the partner's commitment that stood when mine became
 * readable, and is never changed afterwards: an edit goes into a "reveal-revision" row that both
 * see as edited after the reveal. So a partner who answers with a placeholder, reads mine with a
 * tool of their own and then changes theirs is shown as having changed it after seeing mine.
 */
class RevealService {
public:
    static constexpr const char* kAnswerKind = "reveal-answer";
    static constexpr const char* kPublishedKind = "reveal-published";
    static constexpr const char* kRevisionKind = "reveal-revision";

    explicit RevealService(Session& session);

    /**
     * @brief Where the exercise stands for me. If both have answered and mine is not yet published,
     * it is published (and so frozen) first: the partner's answer is never shown beside an answer
     * of mine that could still change.
     */
    [[nodiscard]] RevealState state(const std::string& exerciseId);

    /**
     * @brief Saves my answer (a JSON object as text) and publishes it when the partner has answered.
     * After publishing, the change is kept as a revision beside the frozen published answer.
     */
    void answer(const std::string& exerciseId, const std::string& bodyJson);

    /** @brief Publishes every answer of mine whose partner has answered since. Call after unlock. */
    int publishPending();

    /** @brief Sets my "answered" marker with the commitment to @p answerRow's text (also for rows moved from an older
     * version). */
    static void markAnswered(Session& session, const Entry& answerRow);

private:
    [[nodiscard]] std::optional<Entry> myAnswerRow(const std::string& exerciseId) const;
    [[nodiscard]] std::optional<Entry> published(const std::string& exerciseId, const std::string& authorId) const;
    bool publishIfDue(const Entry& answerRow);

    Session& m_session;
};

} // namespace tw::workbook
