# studio_add_test(NAME <tst_name> SOURCES ... LABEL unit|ui|integration
#                 [LIBS ...] [TIMEOUT s] [ENVIRONMENT ...] [DEPENDS target...])
#
# The one helper every test goes through (Qt Creator's add_qtc_test): one executable per
# tst_*.cpp, registered with CTest under a label. `ui` tests run on the offscreen platform.
function(studio_add_test)
  cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT;DEPENDS" ${ARGN})
  if(NOT T_NAME OR NOT T_SOURCES OR NOT T_LABEL)
    message(FATAL_ERROR "studio_add_test needs NAME, SOURCES and LABEL")
  endif()
  if(NOT T_LABEL MATCHES "^(unit|ui|integration)$")
    message(FATAL_ERROR "studio_add_test(${T_NAME}): LABEL must be unit, ui or integration")
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE studio_common_cfg Qt6::Test ${T_LIBS})
  if(T_DEPENDS)
    add_dependencies(${T_NAME} ${T_DEPENDS})
  endif()
  set(args)
  set(env ${T_ENVIRONMENT}
    "QT_LOGGING_RULES=studio.*.debug=true")
  if(T_LABEL STREQUAL "ui")
    list(APPEND args -platform offscreen)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${args})
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS ${T_LABEL}
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "${env}")
endfunction()
