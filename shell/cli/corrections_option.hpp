// corrections_option.hpp — `analyze --corrections FILE`: a journalist's corrections laid over the analysis.
#pragma once
#include <string>

#include "storylens/analysis.hpp"

namespace storylens::cli {

// Reads and applies FILE (docs/corrections.md). False with `error` set when the file cannot be read or is not a
// corrections file; entries that are skipped or find no item are printed to stderr and do not fail.
bool apply_corrections_file(const std::string& path, Analysis& analysis, std::string& error);

}  // namespace storylens::cli
