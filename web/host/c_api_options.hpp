// c_api_options.hpp — AnalyzeOptions (and any text) from the C strings JavaScript passes to every WASM entry point (viewer, worker,
// npm package), read one way: an unknown or empty input format means "detect by content", not an error.
#pragma once
#include "app/untrusted_input.hpp"
#include "storylens/analysis.hpp"

namespace storylens::host {

// A C string from JavaScript as well-formed UTF-8 (null is empty): what a host page sends is never trusted.
inline std::string text_from_c(const char* text) { return text ? ui::well_formed_utf8(text).text : std::string(); }

inline AnalyzeOptions options_from_c(const char* dct, const char* input_format) {
    AnalyzeOptions options;
    options.dct = text_from_c(dct);
    if (!input_format || !*input_format || !parse_format(input_format, options.format)) options.format = Format::Auto;
    return options;
}

}  // namespace storylens::host
