// read_input.hpp — reading a file or standard input (telling text from binary data is the core's classify_input).
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace storylens::cli {

// Reads all of `path` ("-" = stdin) into `out`. On failure returns false and sets `error` to one line.
bool read_input(const std::string& path, std::string& out, std::string& error);

// Streams `path` ("-" = stdin) one line at a time (without its "\n"), so an archive of any size passes through
// in constant memory. `visit` returns false to stop early. False with `error` set when reading fails.
bool for_each_line(const std::string& path, const std::function<bool(std::string_view line)>& visit,
                   std::string& error);

}  // namespace storylens::cli
