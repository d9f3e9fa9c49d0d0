// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackConsent.h"

#include "tw/base/Error.h"
#include "tw/workbook/Session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace tw::app {
namespace {

std::string settingKey(const std::string& packId)
{
    return "pack-consent." + packId;
}

/** @brief "use:<digest>" or "skip:<digest>"; the digest the answer was given for. */
std::optional<std::pair<bool, std::string>> answer(const workbook::Session& session, const std::string& packId)
{
    std::optional<std::string> value;
    try {
        value = session.privateSetting(settingKey(packId));
    } catch (const Error&) {
        return std::nullopt;
    }
    if (!value) {
        return std::nullopt;
    }
    const auto colon = value->find(':');
    if (colon == std::string::npos) {
        return std::nullopt;
    }
    return std::make_pair(value->substr(0, colon) == "use", value->substr(colon + 1));
}

std::string digestOf(const content::PackInfo& pack)
{
    return pack.digest.empty() ? packDigest(pack.source) : pack.digest;
}

} // namespace

std::string packDigest(const std::string& source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString root = QString::fromStdString(source);
    const QFileInfo info(root);
    QStringList files;
    if (info.isDir()) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
        files.sort();
    } else {
        files << root;
    }
    for (const QString& path : files) {
        // The name counts too: renaming a module file changes the pack.
        const QByteArray name = QDir(info.isDir() ? root : info.path()).relativeFilePath(path).toUtf8();
        hash.addData(QByteArray(QByteArray::number(name.size()) + ':' + name));
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':' + bytes));
        }
    }
    return hash.result().toHex().toStdString();
}

void computePackDigests(content::Curriculum& curriculum)
{
    for (auto& pack : curriculum.packs) {
        if (pack.digest.empty() && !pack.source.empty()) {
            pack.digest = packDigest(pack.source);
        }
    }
}

std::vector<PackQuestion> packsToAsk(const content::Curriculum& curriculum, const workbook::Session& session)
{
    std::vector<PackQuestion> questions;
    for (const auto& pack : curriculum.packs) {
        const std::string digest = digestOf(pack);
        const auto given = answer(session, pack.id);
        if (!given || given->second != digest) {
            questions.push_back(
                {pack.id, QString::fromStdString(pack.title), QString::fromStdString(pack.author), digest});
        }
    }
    return questions;
}

void decidePack(workbook::Session& session, const PackQuestion& pack, bool use)
{
    session.setPrivateSetting(settingKey(pack.id), (use ? "use:" : "skip:") + pack.digest);
}

content::Curriculum visibleCurriculum(const content::Curriculum& full, const workbook::Session& session)
{
    std::set<std::string> accepted;
    for (const auto& pack : full.packs) {
        const auto given = answer(session, pack.id);
        if (given && given->first && given->second == digestOf(pack)) {
            accepted.insert(pack.id);
        }
    }
    content::Curriculum visible;
    visible.locale = full.locale;
    for (const auto& pack : full.packs) {
        if (accepted.count(pack.id)) {
            visible.packs.push_back(pack);
        }
    }
    for (const auto& module : full.modules) {
        if (module.packId.empty() || accepted.count(module.packId)) {
            visible.modules.push_back(module);
        }
    }
    return visible;
}

} // namespace tw::app
