// fuzz_analyze.cpp — the whole pipeline (format detected by content) and the JSON export on arbitrary bytes.
// Every span must lie inside the analysed text and the export must be valid JSON.
#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"

namespace {

// Inputs past 512 bytes (a few sentences) are skipped, as re2's fuzzer caps its own: under ASan and coverage the
// pipeline costs several milliseconds per KB, while what a long input exercises (the same stages over more
// sentences) short ones reach too; whole articles are run by the unit and browser tests. fuzz_analyze.flags keeps
// libFuzzer's -max_len at the cap and turns its entropic scheduler off: with the pipeline's wide coverage its
// per-feature bookkeeping took more time than the runs themselves (measured: 7 times the rate without it).
constexpr size_t kMaxPipelineInput = 512;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace storylens;
    if (size > kMaxPipelineInput) return 0;
    const std::string_view input = fuzz::bytes(data, size);
    // The first byte picks a DCT half the time, so relative dates get resolved too.
    AnalyzeOptions options;
    if (size > 0 && (data[0] & 1)) options.dct = "2025-04-05";
    const Analysis a = analyze(input, options);
    fuzz::check_source(a.source);
    const std::string_view text = a.source.text;
    for (const Sentence& s : a.document.sentences) fuzz::check(fuzz::inside(s.span, text), "sentence span");
    for (const Timex& t : a.timexes) {
        fuzz::check(fuzz::inside(t.span, text) && !t.span.empty(), "timex span");
        fuzz::check(!timex3_value(t.time).empty() && !t.type.empty(), "timex value and type");
    }
    const std::string json = to_json(a);
    fuzz::check(nlohmann::json::accept(json), "to_json writes valid JSON");
    return 0;
}
