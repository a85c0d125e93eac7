// fuzz_corrections.cpp — parse_corrections on arbitrary bytes, then the corrections applied to the seed article:
// never crashes, every id stays in range, the file written back parses to the same list.
#include <cstdlib>

#include "fuzz_support.hpp"
#include "storylens/analysis.hpp"
#include "storylens/corrections.hpp"

namespace {

const storylens::Analysis& seed() {
    static const storylens::Analysis analysis = [] {
        storylens::AnalyzeOptions options;
        options.dct = "2025-04-05";
        return storylens::analyze(
            "The council said 1,200 jobs were cut on Monday. Mayor Ana Ruiz told reporters the cuts were fair.\n"
            "Union leaders called on the council to reopen the library, according to the Daily Post.",
            options);
    }();
    return analysis;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > storylens::fuzz::kMaxInput) return 0;
    const auto parsed = storylens::parse_corrections(storylens::fuzz::bytes(data, size));
    const std::string written = storylens::corrections_to_json(parsed.value);
    if (storylens::corrections_to_json(storylens::parse_corrections(written).value) != written) std::abort();
    storylens::Analysis a = seed();
    storylens::apply_corrections(a, parsed.value);
    if (a.checkworthy.size() != a.claims.size()) std::abort();
    for (const storylens::Claim& c : a.claims)
        if (c.source_entity >= static_cast<int32_t>(a.entities.size()) || c.parent >= static_cast<int32_t>(a.claims.size()))
            std::abort();
    for (uint32_t id : a.timeline)
        if (id >= a.events.size()) std::abort();
    for (const storylens::Verdict& v : a.verdicts)
        if (v.claim >= a.claims.size()) std::abort();
    return 0;
}
