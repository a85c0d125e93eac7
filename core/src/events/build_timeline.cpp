// build_timeline.cpp — events from clauses that carry a date, merged when they name the same happening,
// linked by temporal cues (after, before, in response), and ordered by the interval each may lie in.
// The pass itself is events/timeline_builder.hpp.
#include "events/build_timeline.hpp"
#include "events/timeline_builder.hpp"

namespace storylens {

Result<EventResult> build_timeline(const Source& source, const Document& document, const Dct& dct,
                                   const std::vector<Timex>& timexes, const std::vector<Entity>& entities,
                                   const std::vector<Claim>& claims) {
    return build_timeline(text::TokenStream::build(source.text, document), dct, timexes, entities, claims);
}

Result<EventResult> build_timeline(const text::TokenStream& tokens, const Dct& dct, const std::vector<Timex>& timexes,
                                   const std::vector<Entity>& entities, const std::vector<Claim>& claims) {
    Result<EventResult> r;
    r.value = events::TimelineBuilder(tokens, dct, timexes, entities, claims).run();
    return r;
}

}  // namespace storylens
