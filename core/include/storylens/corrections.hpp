// corrections.hpp — what a journalist fixed by hand, kept apart from the engine's output so it survives
// re-analysis: items are found again by their text and place, never by id (docs/corrections.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/diagnostic.hpp"
#include "storylens/review.hpp"

namespace storylens {

struct Analysis;

inline constexpr const char* kCorrectionsSchema = "storylens.corrections/1";

// How a correction names its item: the text as the analysis had it (a claim's content, an event's clause, an
// entity's name) and, for claims and events, where it was. The text decides; the place breaks ties.
struct ItemKey {
    ItemKind kind = ItemKind::Claim;
    std::string text;
    int64_t start = -1;  // byte offset in the article, -1 when not known
};

enum class CorrectionOp { Source, Date, Merge, Delete, Note, Verdict };
const char* correction_op_name(CorrectionOp op);  // "source" | "date" | "merge" | "delete" | "note" | "verdict"

struct Correction {
    CorrectionOp op = CorrectionOp::Note;
    ItemKey item;          // the claim, event or entity corrected (merge: the entity merged away)
    std::string value;     // source: the speaker's name; date: YYYY[-MM[-DD]]; merge: the entity kept; note: text
    Verdict verdict;       // verdict only (its claim id is filled in when applied)
};

struct Corrections {
    std::vector<Correction> list;
};

// Never throws: a malformed file is an Error diagnostic, a malformed entry a Warning and is skipped.
Result<Corrections> parse_corrections(std::string_view json);
std::string corrections_to_json(const Corrections& corrections);  // the documented file, pretty, round-trips

// The key a correction of this item would carry (what the viewer records when a journalist edits it).
ItemKey claim_key(const Analysis& analysis, uint32_t claim);
ItemKey event_key(const Analysis& analysis, uint32_t event);
ItemKey entity_key(const Analysis& analysis, uint32_t entity);

struct CorrectionOutcome {
    size_t index = 0;      // into Corrections::list
    bool applied = false;  // false: orphaned (its item is no longer in the analysis) or not applicable
    std::string message;   // what was done, or why not
};

// Applies every correction in order, deletions and merges last so that keys of the others still match; then
// ranks check-worthiness again. Each correction that finds no item is an "corrections.orphaned" Warning in
// analysis.diagnostics as well as in the outcome.
std::vector<CorrectionOutcome> apply_corrections(Analysis& analysis, const Corrections& corrections);

}  // namespace storylens
