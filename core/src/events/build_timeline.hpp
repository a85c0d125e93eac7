// build_timeline.hpp — the event stage on the document's shared token stream (analyze() and redate() build the
// stream once; the public build_timeline of storylens/events.hpp builds one for its caller).
#pragma once
#include "storylens/events.hpp"
#include "text/token_stream.hpp"

namespace storylens {

// `tokens` is text::TokenStream::build of the source's text and its document.
Result<EventResult> build_timeline(const text::TokenStream& tokens, const Dct& dct, const std::vector<Timex>& timexes,
                                   const std::vector<Entity>& entities, const std::vector<Claim>& claims);

}  // namespace storylens
