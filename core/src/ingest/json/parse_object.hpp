// parse_object.hpp — nlohmann::json parsing without exceptions that still reports where the JSON broke.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace storylens::json_offsets {

struct ParsedJson {
    nlohmann::json value;  // discarded when the parse failed
    bool ok = false;
    size_t error_byte = 0;  // the byte position nlohmann reports for the error
    std::string error;      // nlohmann's description
};

// Never throws (the WebAssembly build cannot catch exceptions): errors come back in ParsedJson.
ParsedJson parse_json(std::string_view text);

}  // namespace storylens::json_offsets
