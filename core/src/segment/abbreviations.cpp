// abbreviations.cpp — tables of English news abbreviations.
#include "segment/abbreviations.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "lexicon/lexicon.hpp"
#include "text/sorted_table.hpp"

namespace storylens::abbreviations {

namespace {

// Month and weekday names, compared case-sensitively; they join temporal/lexicon.cpp's month and weekday tables
// when those move to core/lexicon. (The abbreviation classes are core/lexicon/segment_*.tsv.)
constexpr std::string_view kCalendar[] = {
    "April", "August", "December", "February", "Friday", "January", "July", "June", "March", "May", "Monday",
    "November", "October", "Saturday", "September", "Sunday", "Thursday", "Tuesday", "Wednesday"};

// Tables are sorted (byte order); tests/unit/segment_test.cpp checks it.
using text::in_sorted_table;
using text::is_sorted_table;

}  // namespace

bool is_title_or_fixed(std::string_view word) {
    if (lexicon::contains(lexicon::TableId::segment_fixed_abbreviations, word)) return true;
    // Dotted initialisms of single letters: "e.g", "i.e", "a.m", "p.m" never end in mid-thought,
    // while "U.S" / "U.N" are ambiguous (handled below).
    return word == "e.g" || word == "i.e" || word == "cf" || word == "ca";
}

bool is_ambiguous(std::string_view word) {
    if (lexicon::contains(lexicon::TableId::segment_ambiguous_abbreviations, word)) return true;
    // Dotted capital initialisms: U.S, U.K, U.N, U.S.A, and a.m / p.m (a time can end a sentence).
    if (word == "a.m" || word == "p.m") return true;
    if (word.size() >= 3 && word.size() <= 7) {
        bool dotted = true;
        for (size_t i = 0; i < word.size(); ++i) {
            const bool letter_slot = (i % 2 == 0);
            if (letter_slot ? !std::isupper(static_cast<unsigned char>(word[i])) : word[i] != '.') dotted = false;
        }
        if (dotted) return true;
    }
    return false;
}

bool is_sentence_opener(std::string_view word) {
    return lexicon::contains(lexicon::TableId::segment_sentence_openers, word);
}

bool is_calendar_word(std::string_view word) { return in_sorted_table(kCalendar, word); }

}  // namespace storylens::abbreviations

namespace storylens::abbreviations {

bool tables_are_sorted() {
    return is_sorted_table(kCalendar);
}

}  // namespace storylens::abbreviations
