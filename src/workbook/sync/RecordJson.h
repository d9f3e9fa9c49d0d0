// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the sync layer: how records are written inside change files, shared by the files
// of Replica (rows and markers in Replica.cpp, device records in ReplicaDevices.cpp).

#include "Replica.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace tw::workbook::sync {

/** Base64 member @p key of @p n; throws a json error for anything else (reported as damage). */
std::vector<std::uint8_t> bytesOf(const nlohmann::json& n, const char* key);
nlohmann::json deviceJson(const DeviceRecord& d);
DeviceRecord deviceFrom(const nlohmann::json& n);
/** The key of generation @p version in @p chain, if it has one. */
const std::vector<std::uint8_t>* keyOf(const std::vector<store::PartnerKey>& chain, std::uint32_t version);

} // namespace tw::workbook::sync
