// figures.hpp — numbers with what they count ("over 1,700 civilians"): the check-worthy facts of a story.
#pragma once
#include <string_view>
#include <vector>

#include "storylens/claims.hpp"
#include "storylens/temporal.hpp"
#include "text/token_stream.hpp"

namespace storylens::claims {

// Every figure in the document, skipping numbers that belong to time expressions (dates, years, durations).
std::vector<Figure> find_figures(const text::TokenStream& tokens, const std::vector<Timex>& timexes);

}  // namespace storylens::claims
