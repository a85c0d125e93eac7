// dct_inference.hpp — when no publication date is given, the range of days the text's own clues allow, and a
// value only when that range is narrow enough to resolve against (see docs/schema.md, source.dct).
#pragma once
#include <string_view>
#include <vector>

#include "storylens/temporal.hpp"
#include "temporal/calendar.hpp"
#include "temporal/recognizer.hpp"

namespace storylens::temporal {

// Below this an inferred date is a question to the reader, not an answer (storylens::kConfidentDctPercent).
inline constexpr int kConfidentDct = kConfidentDctPercent;

// A date the caller knows (--dct, metadata, a dated dateline): the range is that one day.
Dct known_dct(const calendar::Date& day, DctOrigin origin, const char* kind, int confidence, Span span = {});

// Weighs the clues in `found` (what the recognizer found with no DCT): dates written in past clauses are lower
// bounds, dates in future clauses upper bounds; "last March" moves the lower bound out of March; a year-less
// month in the past tense names the latest such month, so it caps the range at a year after the dated day it
// matches; a weekday written with a year-less date ("Friday, Oct. 13") picks the fitting year, one written with a
// full date ("Thursday, Aug. 11, 2016") puts the text within a week of it; weekdays told in the past ("said
// Friday", two days further on when the text says "yesterday") place the value inside a range that starts on a day. The value is set
// only when the range is at most a year wide; origin is Inferred then, None otherwise (the bounds stay).
Dct infer_dct(std::string_view text, const Document& document, const std::vector<Found>& found);

}  // namespace storylens::temporal
