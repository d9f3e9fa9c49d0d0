# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails if any library below src/app (or the CLI) includes a Qt header or the network module.
foreach(layer base crypto storage content workbook cli)
    file(GLOB_RECURSE files "${ROOT}/src/${layer}/*.h" "${ROOT}/src/${layer}/*.cpp")
    foreach(f ${files})
        file(STRINGS "${f}" hits REGEX "#include <Q|#include <Qt")
        if(hits)
            message(FATAL_ERROR "${f} uses Qt, but only src/app may: ${hits}")
        endif()
    endforeach()
endforeach()
file(GLOB_RECURSE all "${ROOT}/src/*.h" "${ROOT}/src/*.cpp" "${ROOT}/src/*.txt")
foreach(f ${all})
    file(STRINGS "${f}" hits REGEX "QNetwork|Qt6::Network|QTcpSocket|QUdpSocket|curl_easy")
    if(hits)
        message(FATAL_ERROR "${f} contains network code; Trustwork has none by design: ${hits}")
    endif()
endforeach()
