# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes ${PROJECT_BINARY_DIR}/dependency-paths.txt: every file and folder outside the checkout that
# this configuration resolved (package configuration folders, the files of the imported targets our
# targets link, pkg-config files, headers and programs found with find_path/find_program). Each line
# is "KIND<TAB>ORIGIN<TAB>PATH". scripts/lib/check-dependencies.py maps each path to its Debian
# package, so a machine where something was installed by hand cannot hide a missing package.
# Include last, after every target exists.

# Cache entries that only the test suite's checks use; everything else is needed to build the app.
set(TW_TEST_TOOL_ENTRIES DESKTOP_FILE_VALIDATE APPSTREAMCLI TW_PYTHON3 SYSTEM_PYTHON3)

# Qt plugins the app and the test sessions load at run time (the SVG ones: see TW_SVG_PLUGIN_PACKAGE in Packaging.cmake).
set(TW_RUNTIME_PLUGINS iconengines/libqsvgicon.so imageformats/libqsvg.so platforms/libqxcb.so
    platforms/libqoffscreen.so)

function(tw_collect_targets dir out)
    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        tw_collect_targets("${sub}" sub_targets)
        list(APPEND targets ${sub_targets})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# Strips the generator expressions CMake and Qt put into link lists, keeping the names inside.
function(tw_plain_items items out)
    set(result)
    foreach(item IN LISTS items)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
        string(REGEX REPLACE "^\\$<\\$<[^>]*>:(.*)>$" "\\1" item "${item}")
        if(item AND NOT item MATCHES "[$<>]")
            list(APPEND result "${item}")
        endif()
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()

function(tw_write_dependency_report)
    set(lines)
    macro(tw_report kind origin path)
        if(IS_ABSOLUTE "${path}" AND EXISTS "${path}"
           AND NOT "${path}" MATCHES "^${PROJECT_SOURCE_DIR}/" AND NOT "${path}" MATCHES "^${PROJECT_BINARY_DIR}/")
            list(APPEND lines "${kind}\t${origin}\t${path}")
        endif()
    endmacro()

    # 1. Package configuration folders and what find_path/find_program found.
    get_cmake_property(entries CACHE_VARIABLES)
    foreach(entry IN LISTS entries)
        get_property(type CACHE "${entry}" PROPERTY TYPE)
        set(value "${${entry}}")
        if(entry MATCHES "_DIR$" AND type STREQUAL "PATH" AND NOT entry MATCHES "^CMAKE_")
            # A package's folder may hold files of several packages (Qt6OpenGL on Debian 12); the
            # configuration file itself belongs to the one that provides the package.
            string(REGEX REPLACE "_DIR$" "" name "${entry}")
            string(TOLOWER "${name}" lower)
            set(config_file "${value}")
            foreach(candidate "${value}/${name}Config.cmake" "${value}/${lower}-config.cmake")
                if(EXISTS "${candidate}")
                    set(config_file "${candidate}")
                endif()
            endforeach()
            tw_report(config "${entry}" "${config_file}")
        elseif(entry IN_LIST TW_TEST_TOOL_ENTRIES)
            tw_report(test-program "${entry}" "${value}")
        elseif(entry MATCHES "^(CCACHE_PROGRAM|RSVG_CONVERT|PKG_CONFIG_EXECUTABLE|CMAKE_CXX_COMPILER|CMAKE_MAKE_PROGRAM)$")
            tw_report(program "${entry}" "${value}")
        endif()
    endforeach()
    # find_path answers with a folder as general as /usr/include; the header it looked for is specific.
    tw_report(header VALIJSON_INCLUDE_DIR "${VALIJSON_INCLUDE_DIR}/valijson/schema.hpp")

    # 2. The imported targets our targets link, followed through their own link interfaces.
    tw_collect_targets("${PROJECT_SOURCE_DIR}" own_targets)
    set(queue)
    foreach(target IN LISTS own_targets)
        get_target_property(type ${target} TYPE)
        if(NOT type STREQUAL "UTILITY")
            get_target_property(links ${target} LINK_LIBRARIES)
            get_target_property(interface_links ${target} INTERFACE_LINK_LIBRARIES)
            tw_plain_items("${links};${interface_links}" items)
            list(APPEND queue ${items})
        endif()
    endforeach()
    set(seen)
    while(queue)
        list(POP_FRONT queue item)
        if(item IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${item}")
        if(TARGET "${item}")
            get_target_property(imported "${item}" IMPORTED)
            get_target_property(aliased "${item}" ALIASED_TARGET)
            if(aliased)
                list(APPEND queue "${aliased}")
                continue()
            endif()
            if(NOT imported)
                continue()
            endif()
            get_target_property(configs "${item}" IMPORTED_CONFIGURATIONS)
            foreach(property IMPORTED_LOCATION IMPORTED_IMPLIB)
                get_target_property(location "${item}" ${property})
                if(location)
                    tw_report(target "${item}" "${location}")
                endif()
                foreach(config IN LISTS configs)
                    get_target_property(location "${item}" ${property}_${config})
                    if(location)
                        tw_report(target "${item}" "${location}")
                    endif()
                endforeach()
            endforeach()
            get_target_property(includes "${item}" INTERFACE_INCLUDE_DIRECTORIES)
            tw_plain_items("${includes}" includes)
            foreach(include IN LISTS includes)
                tw_report(include "${item}" "${include}")
            endforeach()
            get_target_property(links "${item}" INTERFACE_LINK_LIBRARIES)
            tw_plain_items("${links}" links)
            list(APPEND queue ${links})
        elseif(IS_ABSOLUTE "${item}")
            tw_report(library "link" "${item}")
        endif()
    endwhile()

    # Qt plugins are loaded at run time, never linked, and Debian 13 moved the SVG ones into their own
    # package: the window icon (an SVG) needs them, and so do the offscreen and X11 test sessions.
    foreach(plugin IN LISTS TW_RUNTIME_PLUGINS)
        tw_report(plugin "Qt plugin" "${TW_QT_PLUGINS_DIR}/${plugin}")
    endforeach()

    # 3. The pkg-config files behind every pkg_check_modules call (its arguments stay in the cache).
    foreach(entry IN LISTS entries)
        if(NOT entry MATCHES "^__pkg_config_arguments_")
            continue()
        endif()
        foreach(argument IN LISTS ${entry})
            if(argument MATCHES "^(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$")
                continue()
            endif()
            string(REGEX REPLACE "[<>=].*$" "" module "${argument}")
            execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --variable=pcfiledir "${module}"
                            OUTPUT_VARIABLE pcdir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE failed)
            if(NOT failed)
                tw_report(pkg-config "${module}" "${pcdir}/${module}.pc")
            endif()
        endforeach()
    endforeach()

    list(REMOVE_DUPLICATES lines)
    list(JOIN lines "\n" text)
    file(WRITE "${PROJECT_BINARY_DIR}/dependency-paths.txt" "${text}\n")
endfunction()

tw_write_dependency_report()
