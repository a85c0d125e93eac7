// abbreviations.cpp — tables of English news abbreviations.
#include "segment/abbreviations.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "lexicon/lexicon.hpp"

namespace storylens::abbreviations {

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

// A capitalized full month or weekday name ("April", "Friday"; not "Apr", "APRIL" or "april"): the names are the
// time words' data (core/lexicon/temporal_months.tsv, temporal_weekdays.tsv), rows of form "name".
bool is_calendar_word(std::string_view word) {
    char lower[16];
    if (word.size() < 3 || word.size() > sizeof lower || word[0] < 'A' || word[0] > 'Z') return false;
    lower[0] = static_cast<char>(word[0] - 'A' + 'a');
    for (size_t i = 1; i < word.size(); ++i) {
        if (word[i] < 'a' || word[i] > 'z') return false;
        lower[i] = word[i];
    }
    const std::string_view folded(lower, word.size());
    for (lexicon::TableId id : {lexicon::TableId::temporal_months, lexicon::TableId::temporal_weekdays}) {
        const long row = lexicon::find_row(id, folded);
        if (row >= 0 && lexicon::cell(id, static_cast<size_t>(row), 2) == "name") return true;
    }
    return false;
}

}  // namespace storylens::abbreviations
