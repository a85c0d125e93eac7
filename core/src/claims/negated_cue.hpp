// negated_cue.hpp — "did not say", "declined to comment", "never claimed": a cue under negation asserts nothing.
#pragma once
#include <vector>

#include "text/token_view.hpp"

namespace storylens::claims {

// Whether the cue at `cue_at` is negated or refused by the words right before it ("did not immediately say",
// "declined to say", "has never said", "doesn't suggest"). Negation after the cue is content, not this:
// "said it would not resign" and "denied that ..." stay claims.
bool negated_cue(const std::vector<text::Tok>& toks, size_t cue_at);

}  // namespace storylens::claims
