// golden_inputs.hpp — the articles every export format is checked on, with the publication date each is read with.
#pragma once
#include <string>
#include <vector>

#include "storylens/analysis.hpp"
#include "storylens/corrections.hpp"
#include "unit/test_support.hpp"

namespace storylens::testing {

struct GoldenInput {
    const char* name;  // prefix of the golden file names
    const char* path;  // relative to the source tree
    const char* dct;   // --dct, empty for none
    const char* corrections = "";  // a corrections file laid over the analysis (docs/corrections.md), or none
};

// Small on purpose: golden files follow the engines, which change, and are regenerated in one command.
inline const std::vector<GoldenInput>& golden_inputs() {
    static const std::vector<GoldenInput> inputs = {
        {"seed", "assets/articles/seed.txt", "2025-04-05"},
        {"flashback", "tests/golden/inputs/flashback.txt", "2025-01-15"},  // dates decades and years back
        {"claims", "tests/golden/inputs/claims.txt", "2025-05-14"},        // many sources, quotes, figures
        {"undated", "tests/golden/inputs/undated.txt", ""},                // no date anywhere
        // the seed as a fact-checker and an editor left it: verdicts, a source fixed, a note, a merge, a deletion
        {"reviewed", "assets/articles/seed.txt", "2025-04-05", "tests/golden/inputs/seed.corrections.json"},
    };
    return inputs;
}

inline Analysis analyze_golden_input(const GoldenInput& input) {
    AnalyzeOptions options;
    options.dct = input.dct;
    Analysis analysis = analyze(read_file(source_path(input.path)), options);
    if (*input.corrections)
        apply_corrections(analysis, parse_corrections(read_file(source_path(input.corrections))).value);
    return analysis;
}

}  // namespace storylens::testing
