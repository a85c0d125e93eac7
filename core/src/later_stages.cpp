// later_stages.cpp — see later_stages.hpp.
#include "later_stages.hpp"

#include "claims/find_claims.hpp"
#include "events/build_timeline.hpp"

namespace storylens {

namespace {

template <class T>
T take(Result<T>&& result, Diagnostics& into) {
    into.insert(into.end(), result.diagnostics.begin(), result.diagnostics.end());
    return std::move(result.value);
}

}  // namespace

void run_claims_stage(Analysis& a, const text::TokenStream& tokens) {
    ClaimResult claims = take(find_claims(tokens, a.entities, a.timexes), a.diagnostics);
    a.claims = std::move(claims.claims);
    a.figures = std::move(claims.figures);
}

void run_events_stage(Analysis& a, const text::TokenStream& tokens) {
    EventResult events = take(build_timeline(tokens, a.dct, a.timexes, a.entities, a.claims), a.diagnostics);
    a.events = std::move(events.events);
    a.timeline = std::move(events.timeline);
    a.relations = std::move(events.relations);
    a.checkworthy = rank_check_worthiness(a);
}

}  // namespace storylens
