// tag_time.hpp — the temporal stage on the document's shared token stream (analyze() and redate() build the
// stream once; the public tag_time of storylens/temporal.hpp builds one for its caller).
#pragma once
#include "storylens/temporal.hpp"
#include "text/token_stream.hpp"

namespace storylens {

// `tokens` is text::TokenStream::build(source.text, document) of the document to tag.
Result<TemporalResult> tag_time(const Source& source, const text::TokenStream& tokens, const TemporalInput& input);

}  // namespace storylens
