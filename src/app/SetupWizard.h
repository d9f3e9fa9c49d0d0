// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CurriculumLoader.h"
#include "tw/crypto/SecretBytes.h"
#include "tw/workbook/Workbook.h"

#include <QWizard>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace tw::workbook {
class Session;
}

namespace tw::app {

class AppContext;

/**
 * @brief First run: solo or couple, names and roles, then for each partner in turn their
 * passphrase and, right after it, their own recovery code (the other partner looks away); then
 * the workbook is created, privacy is explained, and each partner answers the private safety
 * check on a page of their own. Finishing opens the workbook for the partner who starts, without
 * asking for a passphrase again.
 *
 * Pages that show one partner's secrets are commit pages: once left, nobody can go Back to them.
 * Passphrases and codes live in guarded memory and are wiped when the wizard closes.
 */
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        IntroPage,
        PartnersPage,
        FirstPassphrasePage,
        FirstCodePage,
        SecondPassphrasePage,
        SecondCodePage,
        CreatePage,
        PrivacyPage,
        FirstSafetyPage,
        SecondSafetyPage,
        ReadyPage,
        JoinPage ///< instead of all the others: the workbook is already on another computer
    };

    SetupWizard(AppContext& context, CurriculumSource curriculum, QWidget* parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] bool isCouple() const;
    /** @brief The first page's "I am a therapist" was chosen and confirmed: run practice set-up instead. */
    [[nodiscard]] bool practiceChosen() const;
    [[nodiscard]] AppContext& context() { return m_context; }
    /** @brief Waits for the curriculum if it is still loading (only the safety pages need it). */
    [[nodiscard]] const content::Curriculum& curriculum() const { return m_curriculum.get(); }

    /** @brief Partner 1 or 2's name as typed on the partners page. */
    [[nodiscard]] QString partnerName(int partner) const;
    /** @brief Both names, which a guesser would try first. */
    [[nodiscard]] std::vector<std::string> personalWords() const;
    /** @brief Kept from the passphrase page until the workbook is created. */
    void setPassphrase(int partner, crypto::SecretBytes passphrase);
    [[nodiscard]] const crypto::SecretBytes& passphrase(int partner) const;
    /** @brief That partner's recovery code, made with crypto::makeRecoveryCode() on first use. */
    [[nodiscard]] const crypto::SecretBytes& recoveryCode(int partner);
    /** @brief Whether any passphrase or recovery code is still held (false once the wizard closed). */
    [[nodiscard]] bool holdsSecrets() const;
    /** @brief Wipes the passphrases and codes (after creation: they are not needed any more). */
    void wipeSecrets();

    /** @brief Each partner's session, opened right after creation for their private safety check. */
    std::vector<std::shared_ptr<workbook::Session>> sessions;
    /** @brief Which partner (0-based) opens the workbook at the end; set by the last page. */
    int startingPartner = 0;
    /**
     * @brief The session to open once the wizard is finished (the starting partner's), or null if
     * it was cancelled. Every other session is locked when the wizard closes.
     */
    [[nodiscard]] std::shared_ptr<workbook::Session> takeSession();

    int nextId() const override;

protected:
    void done(int result) override;

private:
    AppContext& m_context;
    CurriculumSource m_curriculum;
    std::array<crypto::SecretBytes, 2> m_passphrases;
    std::array<crypto::SecretBytes, 2> m_codes;
    std::shared_ptr<workbook::Session> m_opening;
};

} // namespace tw::app
