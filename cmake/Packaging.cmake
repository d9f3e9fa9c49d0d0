# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration (desktop entry, AppStream metainfo, icons, man pages, Debian docs), checks
# for them, and CPack. The programs and the curriculum have their install rules beside their
# targets (src/app, src/cli, src/content); everything here lands under the same prefix, so the
# programs find ../share/trustwork/content wherever the tree is unpacked.
include(GNUInstallDirs)

set(TW_APP_ID "org.trustwork.Trustwork") # also QGuiApplication::desktopFileName in src/app/main.cpp
set(TW_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(TW_GENERATED_DIR "${PROJECT_BINARY_DIR}/packaging")
set(TW_DEB_RELEASE 1)
option(TW_INSTALL_DEBIAN_DOCS "Install the Debian copyright file and changelog.Debian.gz" ON)

# --- desktop entry and AppStream metainfo -------------------------------------------------------
install(FILES "${TW_PACKAGING_DIR}/linux/${TW_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")

# The screenshots are the ones in docs/screenshots, published under the homepage.
set(TW_SCREENSHOT_URL "${PROJECT_HOMEPAGE_URL}/screenshots")
configure_file("${TW_PACKAGING_DIR}/linux/${TW_APP_ID}.metainfo.xml.in"
               "${TW_GENERATED_DIR}/${TW_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${TW_GENERATED_DIR}/${TW_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# --- icons: the SVG is the source; PNGs are rendered from it at build time ----------------------
# It lives with the app's other assets in resources/ (built into the app too, see src/app).
set(TW_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/${TW_APP_ID}.svg")
install(FILES "${TW_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    set(TW_ICON_PNGS)
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(dir "${TW_GENERATED_DIR}/icons/${size}x${size}")
        set(png "${dir}/${TW_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}"
            COMMAND "${RSVG_CONVERT}" --width ${size} --height ${size} --output "${png}" "${TW_ICON_SVG}"
            DEPENDS "${TW_ICON_SVG}"
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND TW_ICON_PNGS "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(tw_icons ALL DEPENDS ${TW_ICON_PNGS})
else()
    message(WARNING "rsvg-convert was not found, so only the scalable icon is installed; menus that need "
                    "PNG sizes will show a generic icon. Install it with: sudo apt-get install librsvg2-bin")
endif()

# --- man pages and Debian documentation, compressed as Debian policy asks (gzip -9n) ----------
function(tw_gzip source output)
    add_custom_command(OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" -DIN=${source} -DOUT=${output} -P "${TW_PACKAGING_DIR}/gzip-file.cmake"
        DEPENDS "${source}" "${TW_PACKAGING_DIR}/gzip-file.cmake"
        VERBATIM)
endfunction()

set(TW_COMPRESSED)
foreach(page trustwork trustwork-cli)
    set(gz "${TW_GENERATED_DIR}/man/${page}.1.gz")
    tw_gzip("${TW_PACKAGING_DIR}/man/${page}.1" "${gz}")
    list(APPEND TW_COMPRESSED "${gz}")
    install(FILES "${gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

if(TW_INSTALL_DEBIAN_DOCS)
    set(gz "${TW_GENERATED_DIR}/doc/changelog.Debian.gz")
    tw_gzip("${TW_PACKAGING_DIR}/debian/changelog" "${gz}")
    list(APPEND TW_COMPRESSED "${gz}")
    install(FILES "${gz}" "${TW_PACKAGING_DIR}/debian/copyright"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/trustwork")
    install(FILES "${TW_PACKAGING_DIR}/debian/lintian-overrides"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME trustwork)
    # A version bump needs a changelog entry; scripts/package refuses a mismatch, this says it early.
    file(STRINGS "${TW_PACKAGING_DIR}/debian/changelog" TW_CHANGELOG_TOP LIMIT_COUNT 1)
    if(NOT TW_CHANGELOG_TOP MATCHES "^trustwork \\(${PROJECT_VERSION}-${TW_DEB_RELEASE}\\) ")
        message(WARNING "packaging/debian/changelog does not start with version "
                        "${PROJECT_VERSION}-${TW_DEB_RELEASE}; add an entry for this release.")
    endif()
endif()
add_custom_target(tw_compressed_docs ALL DEPENDS ${TW_COMPRESSED})

# --- checks that run with the test suite ------------------------------------------------------
if(TW_BUILD_TESTS)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(APPSTREAMCLI appstreamcli)
    find_program(TW_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
    # A missing tool fails the test loudly ("Could not find executable") instead of skipping it.
    if(NOT DESKTOP_FILE_VALIDATE)
        set(DESKTOP_FILE_VALIDATE desktop-file-validate)
    endif()
    if(NOT APPSTREAMCLI)
        set(APPSTREAMCLI appstreamcli)
    endif()
    add_test(NAME packaging.desktop_entry_validates
             COMMAND "${DESKTOP_FILE_VALIDATE}" "${TW_PACKAGING_DIR}/linux/${TW_APP_ID}.desktop")
    add_test(NAME packaging.metainfo_validates
             COMMAND "${APPSTREAMCLI}" validate --no-net --pedantic "${TW_GENERATED_DIR}/${TW_APP_ID}.metainfo.xml")
    add_test(NAME packaging.app_man_page_documents_every_option
             COMMAND "${TW_PYTHON3}" "${TW_PACKAGING_DIR}/check-man-page.py"
                     "${TW_PACKAGING_DIR}/man/trustwork.1" $<TARGET_FILE:trustwork>)
    add_test(NAME packaging.cli_man_page_documents_every_command
             COMMAND "${TW_PYTHON3}" "${TW_PACKAGING_DIR}/check-man-page.py"
                     "${TW_PACKAGING_DIR}/man/trustwork-cli.1" $<TARGET_FILE:trustwork-cli>)
    set_tests_properties(packaging.app_man_page_documents_every_option PROPERTIES ENVIRONMENT QT_QPA_PLATFORM=offscreen)
endif()

# --- CPack: a .deb on Linux; see docs/packaging.md for Windows and macOS ------------------------
set(CPACK_PACKAGE_NAME "trustwork")
set(CPACK_PACKAGE_VENDOR "Trustwork developers")
set(CPACK_PACKAGE_CONTACT "Trustwork developers <maintainers@trustwork.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private, offline workbook for couples rebuilding trust")
# Debian wants the long description wrapped below 80 columns; CPack keeps these line breaks.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Trustwork guides a couple, or one partner alone, through rebuilding trust"
    "in four steps, with private and shared exercises, a private safety check"
    "before couple work, and a path for one partner working alone. Each partner"
    "has a passphrase and a private space the other cannot read; the workbook is"
    "an encrypted SQLCipher database and every entry is sealed again."
    ""
    "A couples therapist can assign modules as signed files and receive the"
    "progress reports a couple chose to send, encrypted to the therapist."
    "Trustwork contains no network code."
    ""
    "This package holds the desktop application, the trustwork-cli companion"
    "and the curriculum.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Trustwork")
set(CPACK_PACKAGE_EXECUTABLES "trustwork" "Trustwork")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/" "/\\\\.cache/")
if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

set(CPACK_DEBIAN_PACKAGE_RELEASE ${TW_DEB_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The xcb and wayland platform plugins are only Recommends of libqt6gui6; without one the window
# cannot open, so the plugins are a real dependency of the application. The window icon's built-in
# fallback is an SVG, drawn by the Qt SVG plugins, which shlibdeps cannot see. Qt's own German
# strings (standard buttons) come from qt6-translations-l10n; without it they stay English.
# Debian 12 ships the SVG plugins in libqt6svg6, Debian 13 in qt6-svg-plugins: depend on whichever
# package owns the plugin this build found.
set(TW_SVG_PLUGIN_PACKAGE libqt6svg6)
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY AND EXISTS "${TW_QT_SVG_ICON_PLUGIN}")
    execute_process(COMMAND "${DPKG_QUERY}" -S "${TW_QT_SVG_ICON_PLUGIN}" OUTPUT_VARIABLE owner ERROR_QUIET
                    RESULT_VARIABLE failed)
    if(NOT failed AND owner MATCHES "^([a-z0-9.+-]+)[:,]")
        set(TW_SVG_PLUGIN_PACKAGE "${CMAKE_MATCH_1}")
    endif()
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, ${TW_SVG_PLUGIN_PACKAGE}")
# The window loads SQLCipher by its library name at the first database (tw/storage/SqlcipherOnFirstUse.h),
# so shlibdeps does not see it there (today it sees it in trustwork-cli): depend on the package that
# owns the very library this build linked (libsqlcipher0 on Debian 12, libsqlcipher1 on Debian 13).
if(DPKG_QUERY AND TW_SQLCIPHER_LIBRARY)
    file(REAL_PATH "${TW_SQLCIPHER_LIBRARY}" sqlcipher_file)
    execute_process(COMMAND "${DPKG_QUERY}" -S "${sqlcipher_file}" OUTPUT_VARIABLE owner ERROR_QUIET
                    RESULT_VARIABLE failed)
    if(NOT failed AND owner MATCHES "^([a-z0-9.+-]+)[:,]")
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${CMAKE_MATCH_1}")
    endif()
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The interface's font is Noto Sans (fonts-noto-core): part of its design (docs/design.md).
string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", fonts-noto-core")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
