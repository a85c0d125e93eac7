// string_offsets.cpp — a small JSON scanner (strings and nesting only) to map body text back to input bytes.
#include "ingest/json/string_offsets.hpp"

#include <algorithm>

namespace storylens::json_offsets {

namespace {

// Index just past the closing quote of the string that starts at json[at] == '"'.
size_t skip_string(std::string_view json, size_t at) {
    size_t i = at + 1;
    while (i < json.size() && json[i] != '"') i += (json[i] == '\\') ? 2 : 1;
    return std::min(i + 1, json.size());
}

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

uint32_t hex4(std::string_view json, size_t at) {
    uint32_t v = 0;
    for (size_t k = at; k < at + 4 && k < json.size(); ++k) v = v * 16 + static_cast<uint32_t>(std::max(0, hex(json[k])));
    return v;
}

size_t utf8_length(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

}  // namespace

int64_t find_top_level_string(std::string_view json, std::string_view key) {
    int depth = 0;
    for (size_t i = 0; i < json.size();) {
        const char c = json[i];
        if (c == '{' || c == '[') { ++depth; ++i; continue; }
        if (c == '}' || c == ']') { --depth; ++i; continue; }
        if (c != '"') { ++i; continue; }
        const size_t end = skip_string(json, i);
        const bool is_key = depth == 1 && json.substr(i + 1, end - i - 2) == key;
        i = end;
        if (!is_key) continue;
        size_t k = i;
        while (k < json.size() && (json[k] == ' ' || json[k] == '\t' || json[k] == '\n' || json[k] == '\r')) ++k;
        if (k >= json.size() || json[k] != ':') continue;  // a string value equal to the key name
        ++k;
        while (k < json.size() && (json[k] == ' ' || json[k] == '\t' || json[k] == '\n' || json[k] == '\r')) ++k;
        if (k < json.size() && json[k] == '"') return static_cast<int64_t>(k + 1);
        return -1;
    }
    return -1;
}

std::vector<SourceMapping> string_runs(std::string_view json, size_t value_start) {
    std::vector<SourceMapping> runs;
    uint32_t decoded = 0;
    size_t i = value_start;
    while (i < json.size() && json[i] != '"') {
        const size_t run_start = i;
        while (i < json.size() && json[i] != '"' && json[i] != '\\') ++i;
        if (i > run_start) {
            const uint32_t length = static_cast<uint32_t>(i - run_start);
            runs.push_back({{decoded, decoded + length}, static_cast<uint32_t>(run_start)});
            decoded += length;
        }
        if (i >= json.size() || json[i] != '\\') break;
        if (i + 1 < json.size() && json[i + 1] == 'u') {
            uint32_t cp = hex4(json, i + 2);
            i += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF && json.compare(i, 2, "\\u") == 0) {  // a surrogate pair
                cp = 0x10000;
                i += 6;
            }
            decoded += static_cast<uint32_t>(utf8_length(cp));
        } else {
            decoded += 1;
            i += 2;
        }
    }
    return runs;
}

uint32_t input_offset(const std::vector<SourceMapping>& runs, uint32_t decoded_offset, uint32_t fallback) {
    auto after = std::upper_bound(runs.begin(), runs.end(), decoded_offset,
                                  [](uint32_t value, const SourceMapping& m) { return value < m.text.start; });
    if (after == runs.begin()) return fallback;
    const SourceMapping& run = *(after - 1);
    return run.origin + std::min(decoded_offset - run.text.start, run.text.size());
}

}  // namespace storylens::json_offsets
