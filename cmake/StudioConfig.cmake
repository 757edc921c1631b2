# Strict compile settings, in one place (qBittorrent's qbt_common_cfg). Every target of the
# project links studio_common_cfg PRIVATE (libraries PUBLIC only where a header needs it).
add_library(studio_common_cfg INTERFACE)
target_compile_features(studio_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(studio_common_cfg INTERFACE
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  STUDIO_VERSION="${PROJECT_VERSION}"
)
target_compile_options(studio_common_cfg INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wcast-qual -Wformat=2 -Wimplicit-fallthrough
  $<$<BOOL:${STUDIO_WERROR}>:-Werror>
)
option(STUDIO_WERROR "Treat warnings as errors" OFF)
