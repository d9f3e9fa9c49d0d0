# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DIN=file -DOUT=file.gz -P gzip-file.cmake
# Compresses for packaging: best compression and no name or timestamp in the header (gzip -9n),
# so the package is reproducible and lintian finds no timestamped gzip.
if(NOT IN OR NOT OUT)
    message(FATAL_ERROR "gzip-file.cmake needs -DIN=<file> -DOUT=<file.gz>")
endif()
find_program(GZIP_PROGRAM gzip REQUIRED)
execute_process(COMMAND "${GZIP_PROGRAM}" -9 -n -c "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUT}")
    message(FATAL_ERROR "gzip failed on ${IN}: ${result}")
endif()
