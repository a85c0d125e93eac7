// analyze.cpp — runs the stages in order and gathers their diagnostics. No I/O, no clock.
#include <algorithm>

#include "storylens/analysis.hpp"
#include "storylens/calendar.hpp"
#include "entities/candidate.hpp"
#include "invalid_dct.hpp"
#include "later_stages.hpp"
#include "temporal/tag_time.hpp"
#include "text/token_stream.hpp"

namespace storylens {

namespace {

template <class T>
T take(Result<T>&& result, Diagnostics& into) {
    into.insert(into.end(), result.diagnostics.begin(), result.diagnostics.end());
    return std::move(result.value);
}

}  // namespace

bool is_valid_iso_date(std::string_view d) {
    calendar::Date parsed;
    return d.size() == 10 && calendar::parse_iso_date(d, parsed);
}

Analysis analyze_source(Source source, const AnalyzeOptions& options, Diagnostics diagnostics) {
    auto stage = [&options](std::string_view name) {
        if (options.on_stage) options.on_stage(name);
    };
    Analysis a;
    a.diagnostics = std::move(diagnostics);
    a.source = std::move(source);
    const uint32_t body_start = a.source.dateline.present ? a.source.dateline.span.end : 0;
    stage("segment");
    a.document = segment(a.source.text, body_start);
    const std::vector<Sentence>& sentences = a.document.sentences;
    const auto first_cut = std::find_if(sentences.begin(), sentences.end(),
                                        [](const Sentence& s) { return s.token_count >= kMaxSentenceTokens; });
    if (first_cut != sentences.end())
        a.diagnostics.push_back({Level::Warning, "segment.long_sentence",
                                 "a sentence longer than " + std::to_string(kMaxSentenceTokens) +
                                     " tokens was cut into pieces (first at byte " +
                                     std::to_string(first_cut->span.start) + ")",
                                 static_cast<int64_t>(first_cut->span.start)});
    // The one token stream of the document (folded and lower-cased forms, lexicon bits, part of speech), read
    // by every stage after segmentation: no stage builds tokens of its own. It refers to a.source.text and
    // a.document, which stay put until analyze returns.
    const text::TokenStream tokens = text::TokenStream::build(a.source.text, a.document);

    stage("time");
    TemporalInput temporal_input;
    temporal_input.given_dct = options.dct;
    TemporalResult time = take(tag_time(a.source, tokens, temporal_input), a.diagnostics);
    a.dct = std::move(time.dct);
    a.timexes = std::move(time.timexes);

    stage("entities");
    a.entities = take(entities::find_entities(a.source, a.document, tokens), a.diagnostics).entities;

    stage("claims");
    run_claims_stage(a, tokens);
    stage("events");
    run_events_stage(a, tokens);
    return a;
}

Analysis analyze(std::string_view bytes, const AnalyzeOptions& options) {
    Diagnostics diagnostics;
    if (!options.dct.empty() && !is_valid_iso_date(options.dct))
        diagnostics.push_back(invalid_dct_diagnostic(options.dct));
    if (options.on_stage) options.on_stage("ingest");
    Source source = take(ingest(bytes, options.format), diagnostics);
    AnalyzeOptions checked = options;
    if (!options.dct.empty() && !is_valid_iso_date(options.dct)) checked.dct.clear();
    return analyze_source(std::move(source), checked, std::move(diagnostics));
}

}  // namespace storylens
