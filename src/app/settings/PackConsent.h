// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"

#include <QString>

#include <string>
#include <vector>

namespace tw::workbook {
class Session;
}

namespace tw::app {

/**
 * @brief Content packs are used for a partner only after that partner said yes in their own
 * session. Anyone with access to the data folder can drop a pack into packs/; without consent, a
 * partner could slip exercises (or wording) into the other's path. The answer is remembered per
 * partner in their private store, by pack id and a digest of the pack's files, so a changed pack
 * asks again.
 */
struct PackQuestion {
    std::string id;
    QString title;
    QString author;
    std::string digest;
};

/** @brief SHA-256 over the pack's files (names and contents, in a fixed order), as hex. */
std::string packDigest(const std::string& source);

/** @brief Fills PackInfo::digest for every pack that has a source and no digest yet. */
void computePackDigests(content::Curriculum& curriculum);

/** @brief Packs this partner has not answered for in their current form. */
std::vector<PackQuestion> packsToAsk(const content::Curriculum& curriculum, const workbook::Session& session);

/** @brief Records this partner's answer for the pack as it is now (@p digest). */
void decidePack(workbook::Session& session, const PackQuestion& pack, bool use);

/** @brief The curriculum as this partner sees it: the default content plus the packs they accepted. */
content::Curriculum visibleCurriculum(const content::Curriculum& full, const workbook::Session& session);

} // namespace tw::app
