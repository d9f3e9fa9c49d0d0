// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtLogBridge.h"

#include "tw/base/Logging.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace tw::app {
namespace {

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static auto logger = tw::log::get("qt");
    const QByteArray text = message.toUtf8();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
    case QtInfoMsg:
        logger->debug("[{}] {}", category, text.constData());
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text.constData());
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category, text.constData());
        break;
    }
}

} // namespace

void installQtLogBridge()
{
    qInstallMessageHandler(handler);
}

} // namespace tw::app
