// spelled_year.hpp — years written in words, as transcripts and style guides spell them:
// "nineteen eighty-four", "nineteen hundred", "twenty twenty-four", "two thousand and five".
#pragma once
#include <vector>

#include "text/token_view.hpp"

namespace storylens::temporal {

// Tokens used by a spelled-out year starting at toks[i] (0 when none) and the year it names. The caller
// decides whether the context makes it a year ("in nineteen eighty-four") rather than a count.
size_t match_spelled_year(const std::vector<text::Tok>& toks, size_t i, int& year);

}  // namespace storylens::temporal
