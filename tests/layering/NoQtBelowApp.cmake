# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails if any library below src/app (or the CLI) includes a Qt header or the network module.
# src/export is the one exception, limited to QtGui (see below).
foreach(layer base crypto storage content workbook cli)
    file(GLOB_RECURSE files "${ROOT}/src/${layer}/*.h" "${ROOT}/src/${layer}/*.cpp")
    foreach(f ${files})
        file(STRINGS "${f}" hits REGEX "#include <Q|#include <Qt")
        if(hits)
            message(FATAL_ERROR "${f} uses Qt, but only src/app may: ${hits}")
        endif()
    endforeach()
endforeach()
# Deviation from design.md ("app owns everything Qt"): src/export draws PDFs with QtGui's QPdfWriter
# and QPainter, because trustwork-cli (plain C++) must export too. It may use QtCore and QtGui only,
# never Widgets, Charts or Network, and its public headers stay Qt-free so the CLI can include them.
file(GLOB_RECURSE export_headers "${ROOT}/src/export/include/*.h")
foreach(f ${export_headers})
    file(STRINGS "${f}" hits REGEX "#include <Q|#include <Qt")
    if(hits)
        message(FATAL_ERROR "${f} is a public header of tw_export and must stay Qt-free: ${hits}")
    endif()
endforeach()
file(GLOB_RECURSE export_files "${ROOT}/src/export/*.h" "${ROOT}/src/export/*.cpp" "${ROOT}/src/export/*.txt")
foreach(f ${export_files})
    file(STRINGS "${f}" hits REGEX "QtWidgets|QWidget|QApplication|Qt6::Widgets|QtCharts|Qt6::Charts|QChart")
    if(hits)
        message(FATAL_ERROR "${f}: src/export may use QtCore and QtGui only: ${hits}")
    endif()
endforeach()
file(GLOB_RECURSE all "${ROOT}/src/*.h" "${ROOT}/src/*.cpp" "${ROOT}/src/*.txt")
foreach(f ${all})
    file(STRINGS "${f}" hits REGEX "QNetwork|Qt6::Network|QTcpSocket|QUdpSocket|curl_easy")
    if(hits)
        message(FATAL_ERROR "${f} contains network code; Trustwork has none by design: ${hits}")
    endif()
endforeach()
