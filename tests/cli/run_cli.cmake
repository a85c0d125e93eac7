# run_cli.cmake — runs `storylens` once and checks its exit code and output: cmake -DCLI=... -DARGS=a|b|c
# -DEXPECT_CODE=N [-DEXPECT_REGEX=...] [-DEMULATOR=node] -P run_cli.cmake (ARGS are separated by |).
string(REPLACE "|" ";" _args "${ARGS}")
execute_process(COMMAND ${EMULATOR} ${CLI} ${_args} RESULT_VARIABLE _code OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _code STREQUAL EXPECT_CODE)
  message(FATAL_ERROR "exit code ${_code}, expected ${EXPECT_CODE}\nstdout: ${_out}\nstderr: ${_err}")
endif()
if(DEFINED EXPECT_REGEX AND NOT "${_out}${_err}" MATCHES "${EXPECT_REGEX}")
  message(FATAL_ERROR "output does not match '${EXPECT_REGEX}'\nstdout: ${_out}\nstderr: ${_err}")
endif()
