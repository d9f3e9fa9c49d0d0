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
    /** @brief Metadata only: the partner's answer itself stays sealed under their personal key. */
    bool partnerHasAnswered = false;
    /** @brief Both have answered; the partner's text may still wait for their next unlock. */
    bool bothAnswered = false;
    /** @brief The partner's answer, only once both answered and the partner's session published it. */
    std::optional<std::string> partnerAnswer;
    /** @brief My answer has been copied into the shared space. */
    bool myAnswerPublished = false;
    /** @brief A workbook with one partner: nobody else will answer until a partner joins. */
    bool solo = false;
};

/**
 * @brief Reveal exercises: both partners answer privately; the answers appear side by side once
 * both have answered. The gate is cryptographic, not a UI rule: my answer is a private row sealed
 * under my personal key (kind "reveal-answer"), so the partner's keys cannot open it. Only my own
 * session can publish it, as a shared row (kind "reveal-published", parent = my answer) holding the
 * same text, and it does so only once the partner has answered: right away if they answered first,
 * otherwise on publishPending() after my next unlock.
 *
 * The partner can learn that I answered (row metadata, as Session::hasEntry shows), never what.
 */
class RevealService {
public:
    static constexpr const char* kAnswerKind = "reveal-answer";
    static constexpr const char* kPublishedKind = "reveal-published";

    explicit RevealService(Session& session);

    [[nodiscard]] RevealState state(const std::string& exerciseId) const;

    /**
     * @brief Saves my answer (a JSON object as text) and publishes it when the partner has answered.
     * Editing stays possible after publishing; both of my rows are updated then.
     */
    void answer(const std::string& exerciseId, const std::string& bodyJson);

    /**
     * @brief Publishes every answer of mine whose partner has answered since, and repairs a
     * published copy that differs from its private answer (each row is its own transaction, so an
     * interrupted edit can leave them apart). Call after unlock. Returns the rows written.
     */
    int publishPending();

private:
    [[nodiscard]] std::optional<Entry> myAnswerRow(const std::string& exerciseId) const;
    bool syncPublished(const Entry& answerRow);

    Session& m_session;
};

} // namespace tw::workbook
