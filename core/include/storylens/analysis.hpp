// analysis.hpp — the whole pipeline: ingest -> segment -> time, entities, claims, events. Text in, plain data out.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/checkworthy.hpp"
#include "storylens/claims.hpp"
#include "storylens/diagnostic.hpp"
#include "storylens/document.hpp"
#include "storylens/entities.hpp"
#include "storylens/events.hpp"
#include "storylens/review.hpp"
#include "storylens/source.hpp"
#include "storylens/temporal.hpp"

namespace storylens {

inline constexpr const char* kSchemaVersion = "storylens.analysis/1";

struct AnalyzeOptions {
    std::string dct;              // YYYY-MM-DD given by the caller, empty when not given
    Format format = Format::Auto;  // input format; Auto detects by content
    // Called as each stage starts ("ingest", "segment", "time", "entities", "claims", "events"), so a host can
    // show progress on a long article. Optional; the core does no I/O itself.
    std::function<void(std::string_view stage)> on_stage = nullptr;
};

struct Analysis {
    Source source;
    Document document;
    Dct dct;
    std::vector<Timex> timexes;
    std::vector<Entity> entities;
    std::vector<Claim> claims;
    std::vector<Figure> figures;
    std::vector<Event> events;
    std::vector<uint32_t> timeline;
    std::vector<Relation> relations;
    std::vector<CheckWorthiness> checkworthy;  // one per claim (rank_check_worthiness)
    std::vector<Verdict> verdicts;             // from corrections only, by claim id
    std::vector<Note> notes;                   // from corrections only
    Diagnostics diagnostics;
};

// Never throws; an input that cannot be used yields an Analysis with an Error diagnostic.
Analysis analyze(std::string_view bytes, const AnalyzeOptions& options = {});
Analysis analyze_source(Source source, const AnalyzeOptions& options, Diagnostics diagnostics = {});

// The same analysis under another publication date (options.dct: YYYY-MM-DD, or empty to let the text decide;
// options.format is not read): only what a date can change runs again — the temporal stage, claims only when
// the time expressions they read moved, events and check-worthiness, each reported to options.on_stage. Ingest,
// segmentation and entities are kept, so a reader's new date answers quickly on a long article. The result
// equals analyze() of the same input with the new date. `analysis` is as analyze() returned it (corrections not
// applied).
Analysis redate(Analysis analysis, const AnalyzeOptions& options);

bool is_valid_iso_date(std::string_view date);  // YYYY-MM-DD with a real day of month

// Who made a claim, for people: the resolved entity's name, else the mention as written (on one line), else
// "Unknown source". The views and every export name sources this one way.
std::string claim_source_name(const Analysis& analysis, const Claim& claim);

}  // namespace storylens
