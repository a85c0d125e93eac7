// export_text.hpp — text helpers shared by the export formats: escaping, names, sentences and readable dates
// (escape_html and claim_source_name are public, in export.hpp and analysis.hpp).
#pragma once
#include <string>
#include <string_view>

#include "storylens/analysis.hpp"
#include "storylens/export.hpp"

namespace storylens::export_text {

using storylens::escape_html;
using storylens::claim_source_name;
// Runs of white space (newlines and U+2028/U+2029 included) become one space; leading and trailing space goes.
std::string squash_space(std::string_view s);
// A span that a duration dated ("five-decade-long rule" ending in December 2024) in words: "1974–2024" for
// year precision or coarser, "December 2024 – March 2025" otherwise; empty when it is not a span.
std::string span_words(const Event& e);
// The sentence's text, squashed to one line; empty for an id out of range.
std::string sentence_text(const Analysis& a, uint32_t sentence);
// `text` on one line, cut on a word boundary at or before `max_bytes` with an ellipsis when longer.
std::string cut_on_word(std::string_view text, size_t max_bytes);
// The article's headline, else its first sentence cut on a word boundary near `max_bytes`.
std::string headline(const Analysis& a, size_t max_bytes = 120);
// The source reporting an event (empty when the narrative itself tells it).
std::string event_source_name(const Analysis& a, const Event& e);
// A TIMEX3 value and mod read aloud: "Thursday 6 March 2025", "Early March 2025", "Late 2024", "The 1990s",
// "Spring 2025". Empty when the value is not a calendar date (durations, PRESENT_REF, XXXX-WXX-5).
std::string human_date(const TimeValue& value);
const char* month_name(int month);  // 1 -> "January"; "" out of range
const char* weekday_name(int iso_weekday);  // 1 -> "Monday"; "" out of range
// "2025-04-05" -> "Saturday 5 April 2025"; anything else as it is.
std::string day_words(const std::string& iso_day);
// A TIMEX3 duration in words: "P50Y" -> "50 years", with APPROX "about 50 years", "PXY" -> "years"; empty when
// the value is not a duration of one unit.
std::string duration_words(const TimeValue& value);
// An event's date for a reader: its span ("1974–2024"), else its date ("Friday 4 April 2025", "Early March
// 2025"), else its duration ("about 50 years"); empty when there are no words for it.
std::string event_date_words(const Event& e);
// The publication date for a reader, with its origin; an inferred one with its range, confidence and, when low,
// the warning that dates depending on it are provisional. No final period.
std::string publication_words(const Dct& dct);

}  // namespace storylens::export_text
