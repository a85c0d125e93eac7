// analysis_worker.cpp — the core built for the page's Web Worker: analyses an article into a binary snapshot
// (storylens/snapshot.hpp) that the viewer on the main thread reads back, so a long analysis never blocks the page.
// Each stage is reported to the worker script as it starts, for the page's progress line. The last analysis is
// kept: the same input again with another publication date (the reader typing the date) is only re-dated
// (storylens::redate), not read again. WASM memory never shrinks, so keeping it costs no more than the run did.
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "host/c_api_options.hpp"
#include "storylens/analysis.hpp"
#include "storylens/reanalyzer.hpp"
#include "storylens/snapshot.hpp"

namespace {

EM_JS(void, report_stage, (const char* stage, int length), {
    if (Module.onStage) Module.onStage(UTF8ToString(stage, length));
});

storylens::Reanalyzer& reanalyzer() {
    static storylens::Reanalyzer kept;
    return kept;
}

}  // namespace

extern "C" {

// The snapshot of the analysis of `bytes`, malloc'd, its size in *out_length; the caller frees it. Analysis never
// fails outright: an unusable input gives a snapshot whose diagnostics say why.
EMSCRIPTEN_KEEPALIVE char* storylens_analyze_snapshot(const char* bytes, int length, const char* dct,
                                                      const char* input_format, int* out_length) {
    storylens::AnalyzeOptions options = storylens::host::options_from_c(dct, input_format);
    options.on_stage = [](std::string_view stage) { report_stage(stage.data(), static_cast<int>(stage.size())); };
    const std::string_view input(bytes ? bytes : "", bytes ? static_cast<size_t>(length) : 0);
    const std::string snapshot = storylens::write_snapshot(reanalyzer().analyze(input, options));
    char* out = static_cast<char*>(std::malloc(snapshot.size() ? snapshot.size() : 1));
    if (!out) return nullptr;
    std::memcpy(out, snapshot.data(), snapshot.size());
    *out_length = static_cast<int>(snapshot.size());
    return out;
}

}  // extern "C"
