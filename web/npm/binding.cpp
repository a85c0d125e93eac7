// binding.cpp — the C functions the npm package (@storylens/core) calls: analyse text to JSON, export in any
// format, list the formats. Returned strings are malloc'd; JavaScript copies them and calls storylens_free.
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "host/c_api_options.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"

namespace {

char* to_c_string(const std::string& s) {
    char* out = static_cast<char*>(std::malloc(s.size() + 1));
    if (out) std::memcpy(out, s.c_str(), s.size() + 1);
    return out;
}

}  // namespace

extern "C" {

// The analysis as the documented JSON (docs/schema.md). `input_format`: "text" | "html" | "json" | "auto".
EMSCRIPTEN_KEEPALIVE char* storylens_analyze(const char* text, int length, const char* dct, const char* input_format) {
    const std::string_view bytes(text ? text : "", text ? static_cast<size_t>(length) : 0);
    return to_c_string(storylens::to_json(storylens::analyze(bytes, storylens::host::options_from_c(dct, input_format))));
}

// The analysis written by the export format `output_format`, its size in *out_length (a format may hold NUL
// bytes); null when no such format exists.
EMSCRIPTEN_KEEPALIVE char* storylens_export(const char* text, int length, const char* dct, const char* input_format,
                                            const char* output_format, int* out_length) {
    const storylens::ExportFormat* format = storylens::find_export_format(output_format ? output_format : "");
    if (!format) return nullptr;
    const std::string_view bytes(text ? text : "", text ? static_cast<size_t>(length) : 0);
    const std::string written = format->write(storylens::analyze(bytes, storylens::host::options_from_c(dct, input_format)));
    if (out_length) *out_length = static_cast<int>(written.size());
    return to_c_string(written);
}

// [{"name","extension","mime"}] for every export format.
EMSCRIPTEN_KEEPALIVE char* storylens_formats() {
    nlohmann::json formats = nlohmann::json::array();
    for (const storylens::ExportFormat& f : storylens::export_formats())
        formats.push_back({{"name", f.name}, {"extension", f.extension}, {"mime", f.mime}});
    return to_c_string(formats.dump());
}

EMSCRIPTEN_KEEPALIVE void storylens_free(char* p) { std::free(p); }

}  // extern "C"
