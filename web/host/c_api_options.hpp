// c_api_options.hpp — AnalyzeOptions from the C strings JavaScript passes to every WASM entry point (viewer, worker,
// npm package), read one way: an unknown or empty input format means "detect by content", not an error.
#pragma once
#include "storylens/analysis.hpp"

namespace storylens::host {

inline AnalyzeOptions options_from_c(const char* dct, const char* input_format) {
    AnalyzeOptions options;
    options.dct = dct ? dct : "";
    if (!input_format || !*input_format || !parse_format(input_format, options.format)) options.format = Format::Auto;
    return options;
}

}  // namespace storylens::host
