// recognizer.hpp — finds time expressions in one sentence's tokens and normalizes them against a context.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/document.hpp"
#include "storylens/time_value.hpp"
#include "temporal/calendar.hpp"
#include "text/token_stream.hpp"

namespace storylens::temporal {

struct Context {
    bool has_dct = false;
    calendar::Date dct;          // the publication date
    bool has_reference = false;  // the narrative's current day ("a day later" counts from it)
    calendar::Date reference;
    int reference_year = 0;   // the narrative's current year ("the following year", "that year"), 0 when none
    int reference_month = 0;  // and month when one was named, 0 otherwise
    bool has_story_day = false;  // the last day the text named, in any paragraph: the anchor an anaphoric
    calendar::Date story_day;    // "the previous Friday" falls back to when its paragraph named none
    bool earnings = false;    // the article reports quarterly results: "a year ago" is that quarter a year back
};

struct Found {
    Span span;
    std::string type;   // DATE TIME DURATION SET
    std::string value;
    std::string mod;
    bool explicit_day = false;  // a full calendar date written out ("6 March 2025"): evidence for a DCT
    bool resolved_day = false;  // resolves to one known calendar day: moves the narrative reference
    calendar::Date day;         // set when resolved_day
    bool relative = false;      // resolved against the narrative reference rather than the DCT
    int point_year = 0;         // a single year (and month) this names: moves the narrative's year reference
    int point_month = 0;
    bool future_clause = false;  // the clause around the match speaks of the future (publication-date evidence)
    bool past_clause = false;    // the clause around the match is in the past tense
    bool future_in_clause = false;  // a future marker anywhere earlier in the clause ("will make it ... in 2016")
    bool present_clause = false; // the comma-bounded part around the match has a present verb ("which is due in 1999")
};

// BRIDGE, the only one (issue 15 step 3 removes it): the recognizers still write TIMEX3 strings into Found, and
// this is where they become the typed value Timex carries. Empty when the strings are no value the model knows
// (tests/data/timex3_values.tsv holds every value the recognizers emit on the corpora; all of them parse).
TimeValue typed_time_from_recognizer_strings(const Found& found);

// Moves the narrative reference forward past `found`: a named day, month or year becomes "the time now" of the
// story, and a coarser one replaces a finer one ("On 3 March ... In 2019 ... the next day" has no day).
void advance_reference(Context& context, const Found& found);

// Scans tokens [first, first+count) of the document's token stream and appends what it finds. The context is
// read-only here; the caller moves the reference time forward between sentences.
void recognize(const text::TokenStream& tokens, uint32_t first, uint32_t count, const Context& context,
               std::vector<Found>& out);

// The same without the first-token gate: every matcher at every token. Slower; the reference for the gate's test.
void recognize_at_every_token(const text::TokenStream& tokens, uint32_t first, uint32_t count,
                              const Context& context, std::vector<Found>& out);

}  // namespace storylens::temporal
