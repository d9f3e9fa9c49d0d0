# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and hardening live on INTERFACE targets so every library opts in the same way.

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(tw_warnings INTERFACE)
target_compile_options(tw_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Woverloaded-virtual
    # Designated initialisers that leave members at their defaults are intended here.
    -Wno-missing-field-initializers)
if(TW_WERROR)
    target_compile_options(tw_warnings INTERFACE -Werror)
endif()

add_library(tw_hardening INTERFACE)
target_compile_options(tw_hardening INTERFACE -fstack-protector-strong -fstack-clash-protection)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT TW_SANITIZE)
    target_compile_definitions(tw_hardening INTERFACE _FORTIFY_SOURCE=2)
endif()
target_link_options(tw_hardening INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()

if(TW_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Every Trustwork library and executable goes through this, so policy is set in one place.
function(tw_target_defaults target)
    target_link_libraries(${target} PRIVATE tw_warnings tw_hardening)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
