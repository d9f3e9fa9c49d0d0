// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

namespace tw::app {

class LocalServicesCard;

/**
 * @brief The help page ("Getting help now", the reading the safety check points to), laid out to
 * be scanned in a hard moment: one card per kind of help, the partner's own local services (see
 * LocalServicesCard), services a therapist suggested, then the rest of the page as short sections
 * with their own headings. The words are the content's; only the layout is read from it: a list
 * item "Kind: what it is for" becomes a card, a paragraph that opens with a short sentence ("Your
 * devices.") becomes a section under that heading.
 */
class HelpEditor : public ExerciseEditor {
    Q_OBJECT
public:
    HelpEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] LocalServicesCard* localServices() const { return m_services; }
    /** @brief The kinds of help found in the content, in order (one card each). */
    [[nodiscard]] const QStringList& kinds() const { return m_kinds; }

    /** @brief Whether @p exercise is a help page: the reading a safety check names as its resources. */
    static bool isHelpPage(const content::Exercise& exercise, const content::Curriculum& curriculum);

private:
    void addKinds(const QStringList& items);
    void addServices();
    void addSection(const QString& block);

    LocalServicesCard* m_services = nullptr;
    QStringList m_kinds;
};

} // namespace tw::app
