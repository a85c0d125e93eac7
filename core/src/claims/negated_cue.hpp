// negated_cue.hpp — "did not say", "declined to comment", "never claimed": a cue under negation asserts nothing.
#pragma once
#include <vector>

#include "text/token_view.hpp"

namespace storylens::claims {

// Whether the cue at `cue_at` is negated or refused by the words right before it ("did not immediately say",
// "declined to say", "has never said", "doesn't suggest"). Negation after the cue is content, not this:
// "said it would not resign" and "denied that ..." stay claims.
// A cue PolNeAR counts as a statement under negation is none of these (core/lexicon/claims_negated_claim_cues.tsv):
// "did not mention Trump by name", "never cited a source", and "did not say when" (say, tell, disclose, detail
// before an open question); a refusal stays one ("declined to say whether …").
bool negated_cue(const std::vector<text::Tok>& toks, size_t cue_at, std::string_view lemma, size_t after_cue);

// "not", "never", "didn't", "won’t", "cannot": a negator, which a subject search crosses back to the speaker.
bool is_negator(std::string_view w);

}  // namespace storylens::claims
