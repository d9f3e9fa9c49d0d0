# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
find_package(PkgConfig REQUIRED)

pkg_check_modules(SQLCIPHER IMPORTED_TARGET sqlcipher)
if(NOT SQLCIPHER_FOUND)
    message(FATAL_ERROR
        "SQLCipher was not found. Trustwork stores every workbook in an encrypted SQLCipher database "
        "and will not build against plain SQLite. Install it with: sudo apt-get install libsqlcipher-dev "
        "(or run scripts/run, which installs everything that is missing).")
endif()
# sqlcipher.pc's Version is "3.4" on Debian 12 but the SQLite version (3.46.1) on Debian 13, so the
# SQLite version in the header tells the two apart: SQLCipher 4.0 was the first on SQLite 3.26.
find_file(TW_SQLCIPHER_HEADER sqlite3.h PATHS ${SQLCIPHER_INCLUDE_DIRS} NO_DEFAULT_PATH)
file(STRINGS "${TW_SQLCIPHER_HEADER}" sqlite_version_line REGEX "^#define SQLITE_VERSION +\"")
string(REGEX MATCH "[0-9.]+" TW_SQLCIPHER_SQLITE_VERSION "${sqlite_version_line}")
if(TW_SQLCIPHER_SQLITE_VERSION VERSION_LESS 3.26)
    message(STATUS
        "SQLCipher 3 (SQLite ${TW_SQLCIPHER_SQLITE_VERSION}) found: the SQL Trustwork uses is limited to that "
        "dialect (no JSON1, window functions, UPSERT, RETURNING, STRICT or FTS5); its workbooks open on "
        "SQLCipher 4 through cipher_compatibility = 3.")
else()
    message(STATUS "SQLCipher 4 (SQLite ${TW_SQLCIPHER_SQLITE_VERSION}) found; workbooks stay in the SQLCipher 3 format.")
endif()

pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(nlohmann_json 3.10 CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)
find_package(Qt6 6.4 CONFIG REQUIRED COMPONENTS Core Gui Widgets Concurrent Charts PrintSupport Svg DBus Test LinguistTools)
# Qt's plugins are loaded at run time, not linked; packaging and the package check need their files.
set(TW_QT_PLUGINS_DIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
set(TW_QT_SVG_ICON_PLUGIN "${TW_QT_PLUGINS_DIR}/iconengines/libqsvgicon.so")
if(TW_BUILD_TESTS)
    find_package(GTest CONFIG REQUIRED)
endif()
if(TW_BUILD_BENCH)
    find_package(benchmark CONFIG REQUIRED)
endif()
find_path(VALIJSON_INCLUDE_DIR valijson/schema.hpp REQUIRED)

# zxcvbn-c (Debian's libzxcvbn-dev) has no pkg-config file; the shared library carries its dictionary.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h)
find_library(ZXCVBN_LIBRARY NAMES zxcvbn)
if(NOT ZXCVBN_INCLUDE_DIR OR NOT ZXCVBN_LIBRARY)
    message(FATAL_ERROR "zxcvbn (the passphrase-strength estimator) was not found. Install it with: "
                        "sudo apt-get install libzxcvbn-dev (or run scripts/run, which installs what is missing).")
endif()
add_library(Trustwork::zxcvbn UNKNOWN IMPORTED)
set_target_properties(Trustwork::zxcvbn PROPERTIES IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}" INTERFACE_LINK_LIBRARIES m)
