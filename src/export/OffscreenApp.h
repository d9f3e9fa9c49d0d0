// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>

class QGuiApplication;

namespace tw::exporting {

/**
 * @brief Makes sure a QGuiApplication exists while a PDF is drawn (fonts need one). In the GUI the
 * app's own object is used; in trustwork-cli, tests and benchmarks, which have none, one is made on
 * the "offscreen" platform so no display is needed, and removed again afterwards. Throws
 * tw::Error(Internal) when the existing application object is a plain QCoreApplication.
 */
class OffscreenApp {
public:
    OffscreenApp();
    ~OffscreenApp();
    OffscreenApp(const OffscreenApp&) = delete;
    OffscreenApp& operator=(const OffscreenApp&) = delete;

private:
    std::unique_ptr<QGuiApplication> m_app;
    bool m_hadPlatform = false;
    QByteArray m_platform;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace tw::exporting
