// abbreviations.hpp — the abbreviation tables the sentence splitter consults (rules as data).
#pragma once
#include <string_view>

namespace storylens::abbreviations {

// A period after one of these never ends a sentence ("Mr. Smith", "Gen. Austin", "Jan. 6").
bool is_title_or_fixed(std::string_view word_without_period);

// A period after these ends a sentence only when the next word is a typical sentence opener
// ("in the U.S. The president..." vs "U.S. officials").
bool is_ambiguous(std::string_view word_without_period);

// Words that commonly open a sentence; used to decide after ambiguous abbreviations.
bool is_sentence_opener(std::string_view word);

// Capitalized full weekday and month names ("Monday", "March"), which may follow a clock time in mid-sentence.
bool is_calendar_word(std::string_view word);

}  // namespace storylens::abbreviations
