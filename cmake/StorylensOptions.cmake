# Warnings and sanitizers applied to Storylens' own targets through an interface target.
add_library(storylens_options INTERFACE)
add_library(storylens::options ALIAS storylens_options)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(storylens_options INTERFACE -Wall -Wextra -Wno-unused-parameter)
endif()
if(STORYLENS_SANITIZE)
  target_compile_options(storylens_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(storylens_options INTERFACE -fsanitize=address,undefined)
endif()
if(STORYLENS_LIBFUZZER AND CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND NOT EMSCRIPTEN)
  # Coverage for libFuzzer plus ASan/UBSan in every Storylens target; tests/fuzz links the fuzzer runtime itself.
  target_compile_options(storylens_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                         -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(storylens_options INTERFACE -fsanitize=address,undefined)
endif()
if(EMSCRIPTEN)
  # Programs run under node (tests, CLI) compile the .wasm synchronously: node 20's fetch() cannot read file paths.
  set(STORYLENS_NODE_LINK_FLAGS -sWASM_ASYNC_COMPILATION=0 -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1
      -sEXIT_RUNTIME=1)
endif()
