// checkworthy.hpp — which claims a fact-checker should look at first, with the reasons (docs/checkworthy.md).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace storylens {

struct Analysis;

// One reason a claim scores up or down: "figure" +3 because of "over 1,700 civilians".
struct CheckFactor {
    std::string name;      // figure | named_source | unnamed_source | factual_cue | opinion_cue | demand_cue |
                           // prediction_cue | future | comparison | question
    int weight = 0;        // added to the score
    std::string evidence;  // the words that triggered it, as written
};

struct CheckWorthiness {
    int score = 0;
    uint32_t rank = 0;  // 1 = check first; ties keep text order
    std::vector<CheckFactor> factors;  // in the order of the list above
};

// One entry per claim, in claim order. Pure: reads the claims, their cues, sources and figures.
std::vector<CheckWorthiness> rank_check_worthiness(const Analysis& analysis);

}  // namespace storylens
