// redate.cpp — see redate() in analysis.hpp: a new publication date re-runs only what depends on it.
#include <algorithm>

#include "invalid_dct.hpp"
#include "later_stages.hpp"
#include "storylens/analysis.hpp"
#include "temporal/tag_time.hpp"
#include "text/token_stream.hpp"

namespace storylens {

namespace {

// Diagnostics about the publication date: the only ones the stages that run again emit (tag_time's "dct.*",
// and analyze()'s own "dct.invalid").
bool about_the_date(const Diagnostic& d) { return d.code.rfind("dct.", 0) == 0; }

// What claims read of the time expressions: where they are, what type and which sentence (not their values).
bool same_expressions(const std::vector<Timex>& a, const std::vector<Timex>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Timex& x, const Timex& y) {
        return x.span.start == y.span.start && x.span.end == y.span.end && x.type == y.type &&
               x.sentence == y.sentence;
    });
}

}  // namespace

Analysis redate(Analysis a, const AnalyzeOptions& options) {
    auto stage = [&options](std::string_view name) {
        if (options.on_stage) options.on_stage(name);
    };
    const std::string& dct = options.dct;
    // Diagnostics keep analyze()'s order: dct.invalid first, tag_time's where the old date's were (after
    // ingest's and segmentation's). Claims and events emit none today; the redate test compares whole analyses,
    // so one that starts to would show there.
    Diagnostics kept;
    size_t date_at = SIZE_MAX;
    for (const Diagnostic& d : a.diagnostics) {
        if (!about_the_date(d)) kept.push_back(d);
        else if (d.code != "dct.invalid") date_at = std::min(date_at, kept.size());
    }
    const bool valid = dct.empty() || is_valid_iso_date(dct);

    // The stages read the document's token stream; it is rebuilt here rather than kept in the Analysis (it
    // refers to the text and document, which move with the Analysis; and rebuilding costs little of a redate).
    const text::TokenStream tokens = text::TokenStream::build(a.source.text, a.document);

    stage("time");
    TemporalInput input;
    if (valid) input.given_dct = dct;
    Result<TemporalResult> time = tag_time(a.source, tokens, input);
    const bool claims_stale = !same_expressions(a.timexes, time.value.timexes);
    a.dct = std::move(time.value.dct);
    a.timexes = std::move(time.value.timexes);

    if (date_at == SIZE_MAX) date_at = kept.size();
    kept.insert(kept.begin() + static_cast<long>(date_at), time.diagnostics.begin(), time.diagnostics.end());
    if (!valid)
        kept.insert(kept.begin(), invalid_dct_diagnostic(dct));
    a.diagnostics = std::move(kept);

    if (claims_stale) {
        stage("claims");
        run_claims_stage(a, tokens);
    }
    stage("events");
    run_events_stage(a, tokens);
    return a;
}

}  // namespace storylens
