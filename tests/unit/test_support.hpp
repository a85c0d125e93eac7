// test_support.hpp — helpers shared by the unit and golden tests.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "time_support.hpp"

namespace storylens::testing {

inline std::string source_path(const std::string& relative) { return std::string(STORYLENS_SOURCE_DIR) + "/" + relative; }

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace storylens::testing
