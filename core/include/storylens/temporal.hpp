// temporal.hpp — the temporal stage: TIMEX3 detection and normalization against the publication date (DCT).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/diagnostic.hpp"
#include "storylens/document.hpp"
#include "storylens/source.hpp"
#include "storylens/time_value.hpp"

namespace storylens {

struct Timex {
    uint32_t id = 0;
    Span span;
    std::string type;   // DATE | TIME | DURATION | SET
    TimeValue time;     // the normalized time and its mod; timex3_value() writes it as 2025-W10, P50Y, XXXX-WXX-5 ...
    uint32_t sentence = 0;
    int32_t anchor = -1;  // id of the timex this one was resolved against, -1 for the DCT or none
};

enum class DctOrigin { None, Given, Metadata, Inferred };
const char* dct_origin_name(DctOrigin origin);

// One clue about when the text was written, and what it did to the publication-date range.
struct DctEvidence {
    std::string kind;    // given, metadata, dateline, past_date, future_date, last_month, recent_month, weekday_date,
                         // past_weekday, day_before, weekday_full_date, post_date
    Span span;           // the words of the clue in the text (empty for given and metadata)
    std::string value;   // the date the clue names, as far as it is known (YYYY-MM-DD, YYYY-MM, YYYY)
    std::string effect;  // value, earliest, latest (the bound it set), or none when another clue was stronger
    int weight = 100;    // 0-100: a date in a quotation or far back in history counts less
};

struct Dct {
    std::string value;  // YYYY-MM-DD, empty when unknown
    DctOrigin origin = DctOrigin::None;
    std::string earliest;  // the range the evidence allows (YYYY-MM-DD), each empty when unbounded
    std::string latest;
    int confidence = 0;    // 0-100: 100 given, 95 metadata; an inferred value is low when the range is wide
    std::vector<DctEvidence> evidence;
};

// Below this confidence an inferred publication date is a question to the reader, not an answer: the CLI warns,
// the viewer asks for the date and marks the dates that rest on it as provisional.
inline constexpr int kConfidentDctPercent = 50;
inline bool dct_is_guess(const Dct& dct) {
    return dct.origin == DctOrigin::Inferred && dct.confidence < kConfidentDctPercent;
}

struct TemporalInput {
    std::string given_dct;  // --dct, YYYY-MM-DD, empty when not given
};

struct TemporalResult {
    Dct dct;
    std::vector<Timex> timexes;  // sorted by span.start, ids = index
};

// The timex whose span holds all of `span`, or nullptr. `timexes` must be sorted by start and not overlap, as
// tag_time returns them; the search is binary so per-token lookups stay cheap on long texts.
const Timex* timex_containing(const std::vector<Timex>& timexes, Span span);

// Chooses the DCT (given > metadata > dateline > inferred > none) and tags every time expression.
Result<TemporalResult> tag_time(const Source& source, const Document& document, const TemporalInput& input);

}  // namespace storylens
