// find_claims.hpp — the claim stage on the document's shared token stream (analyze() and redate() build the
// stream once; the public find_claims of storylens/claims.hpp builds one for its caller).
#pragma once
#include "storylens/claims.hpp"
#include "text/token_stream.hpp"

namespace storylens {

// `tokens` is text::TokenStream::build of the source's text and its document.
Result<ClaimResult> find_claims(const text::TokenStream& tokens, const std::vector<Entity>& entities,
                                const std::vector<Timex>& timexes);

}  // namespace storylens
