// string_offsets.hpp — where a top-level string value sits in JSON bytes, and how its decoded text maps back.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "storylens/source.hpp"

namespace storylens::json_offsets {

// Offset just after the opening quote of the string value of top-level `key`, or -1 when there is none.
// Expects JSON that already parsed; the first occurrence of the key wins, as in nlohmann::json.
int64_t find_top_level_string(std::string_view json, std::string_view key);

// Runs of the decoded string that are byte-identical to the JSON source, with their input offsets; escapes
// ("\n", "\u2013") break runs.
std::vector<SourceMapping> string_runs(std::string_view json, size_t value_start);

// The input offset for an offset into the decoded string (the start of its run plus the distance into it).
uint32_t input_offset(const std::vector<SourceMapping>& runs, uint32_t decoded_offset, uint32_t fallback);

}  // namespace storylens::json_offsets
