// anonymous_source.hpp — whether a claim's source leaves the speaker unnamed: "officials said", "a senior
// political source", "people familiar with the matter", "a spokesman for the agency". Internal to claims/.
#pragma once
#include <string_view>
#include <vector>

#include "storylens/claims.hpp"

namespace storylens::claims {

// True when the source's head noun is an unnamed-source head of the lexicon (sources_anonymous_heads; some need a
// qualifier after them: "people familiar with ...", or an anonymity word in the sentence) and no person is named
// in apposition to it ("a spokeswoman, Jane Doe,"). A possessor or a place ("Clinton's aides", "officials in
// Ohio") does not name the speaker.
bool is_anonymous_source(std::string_view text, const Document& document, const std::vector<Entity>& entities,
                         const Claim& claim);

}  // namespace storylens::claims
