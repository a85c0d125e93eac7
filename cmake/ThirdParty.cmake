# nlohmann/json, GoogleTest and Dear ImGui, all from Debian packages (see scripts/setup.sh).
if(EMSCRIPTEN)
  # The host's /usr/include must not leak into a WASM build: stage the header-only library alone.
  set(_staged "${CMAKE_BINARY_DIR}/staged-include")
  if(NOT EXISTS "${_staged}/nlohmann/json.hpp")
    file(COPY /usr/include/nlohmann DESTINATION "${_staged}")
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${_staged}")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
endif()
