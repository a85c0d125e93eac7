// export_text.hpp — text helpers shared by the export formats: escaping, names, sentences and readable dates.
#pragma once
#include <string>
#include <string_view>

#include "storylens/analysis.hpp"

namespace storylens::export_text {

// & < > " ' as entities; safe in HTML and XML text and attribute values.
std::string escape_html(std::string_view s);
// Runs of white space (newlines included) become one space; leading and trailing space goes.
std::string squash_space(std::string_view s);
// The sentence's text, squashed to one line; empty for an id out of range.
std::string sentence_text(const Analysis& a, uint32_t sentence);
// The article's headline, else its first sentence cut on a word boundary near `max_bytes`.
std::string headline(const Analysis& a, size_t max_bytes = 120);
// Who made the claim: the resolved entity's name, else the mention as written, else "Unknown source".
std::string claim_source_name(const Analysis& a, const Claim& c);
// The source reporting an event (empty when the narrative itself tells it).
std::string event_source_name(const Analysis& a, const Event& e);
// A TIMEX3 value and mod read aloud: "6 March 2025", "Early March 2025", "Late 2024", "The 1990s",
// "Spring 2025". Empty when the value is not a calendar date (durations, PRESENT_REF, XXXX-WXX-5).
std::string human_date(const std::string& value, const std::string& mod);
const char* month_name(int month);  // 1 -> "January"; "" out of range

}  // namespace storylens::export_text
