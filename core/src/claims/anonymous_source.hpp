// anonymous_source.hpp — whether a claim's source leaves the speaker unnamed: "officials said", "a senior
// political source", "people familiar with the matter", "a spokesman for the agency". Internal to claims/.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "storylens/claims.hpp"
#include "text/token_stream.hpp"

namespace storylens::claims {

// True when the source's head noun is an unnamed-source head of the lexicon (sources_anonymous_heads; some need a
// qualifier after them: "people familiar with ...", or an anonymity word in the sentence) and no person is named
// in apposition to it ("a spokeswoman, Jane Doe,"). A possessor or a place ("Clinton's aides", "officials in
// Ohio") does not name the speaker.
// Where people's mentions start and end, sorted: built once per document, so a claim's look-up is a binary
// search instead of a walk over every mention (the walk made find_claims quadratic in the document's length).
struct PersonMentions {
    explicit PersonMentions(const std::vector<Entity>& entities);
    bool at(uint32_t offset, bool starting) const;
    std::vector<uint32_t> starts, ends;
};

bool is_anonymous_source(const text::TokenStream& tokens, const std::vector<Entity>& entities,
                         const PersonMentions& people, const Claim& claim);

}  // namespace storylens::claims
