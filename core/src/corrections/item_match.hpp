// item_match.hpp — finds the item a correction names again in a fresh analysis, by its text and place.
#pragma once
#include <string>
#include <vector>

#include "storylens/corrections.hpp"

namespace storylens::corrections {

struct Candidate {
    std::string text;
    int64_t start = -1;
};

// The candidate with the key's text (the nearest to the key's place when several have it); else the one whose
// words overlap the key's most, if they share at least 60 % (a rule change moved the span's ends by a few
// words); else -1: the correction is orphaned.
int find_candidate(const std::vector<Candidate>& candidates, const ItemKey& key);

}  // namespace storylens::corrections
