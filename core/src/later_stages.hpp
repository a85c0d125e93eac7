// later_stages.hpp — the stages that follow the time expressions and entities: claims, then the timeline and
// check-worthiness. analyze() runs them on a new analysis and redate() on a kept one, so the two cannot drift
// apart. Each reads the analysis so far and the document's token stream, fills its fields of the analysis and
// appends its diagnostics.
#pragma once
#include "storylens/analysis.hpp"
#include "text/token_stream.hpp"

namespace storylens {

void run_claims_stage(Analysis& analysis, const text::TokenStream& tokens);           // claims, figures
void run_events_stage(Analysis& analysis, const text::TokenStream& tokens);           // events, timeline, relations, check-worthiness

}  // namespace storylens
