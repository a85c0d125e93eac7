// abbreviations.cpp — tables of English news abbreviations.
#include "segment/abbreviations.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "text/sorted_table.hpp"

namespace storylens::abbreviations {

namespace {

// Sorted, compared case-sensitively: titles, months, and fixed forms that take a following word.
constexpr std::string_view kFixed[] = {
    "Adm", "Ald", "Apr", "Assn", "Aug", "Ave", "Brig", "Bros", "Capt", "Cdr", "Cmdr", "Col", "Comdr", "Con",
    "Corp", "Cpl", "Dec", "Dept", "Det", "Dr", "Feb", "Fig", "Fr", "Ft", "Gen", "Gov", "Hon", "Insp", "Jan", "Jr",
    "Jul", "Jun", "Lt", "Maj", "Mar", "Messrs", "Mr", "Mrs", "Ms", "Msgr", "Mt", "No", "Nos", "Nov", "Oct",
    "Ph", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sep", "Sept", "Sgt", "Sr", "St", "Supt",
    "Vol", "approx", "est", "vs"};

// Abbreviations that may also end a sentence.
constexpr std::string_view kAmbiguous[] = {
    "Ala", "Ariz", "Calif", "Co", "Colo", "Conn", "D.C", "Fla", "Ga", "Ill", "Inc", "Ind", "Kan", "Ky", "La",
    "Ltd", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "N.Y", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "etc"};

constexpr std::string_view kOpeners[] = {
    "A", "After", "Although", "An", "And", "As", "At", "Before", "But", "During", "Earlier", "For", "He",
    "Her", "His", "However", "I", "If", "In", "It", "Its", "Last", "Later", "Meanwhile", "More", "Most", "Mr",
    "Mrs", "Ms", "No", "Now", "On", "One", "Only", "Since", "Some", "Still", "That", "The", "Their", "There",
    "These", "They", "This", "Those", "Thursday", "Today", "Two", "Under", "We", "What", "When", "While",
    "Who", "Yet", "You"};

constexpr std::string_view kCalendar[] = {
    "April", "August", "December", "February", "Friday", "January", "July", "June", "March", "May", "Monday",
    "November", "October", "Saturday", "September", "Sunday", "Thursday", "Tuesday", "Wednesday"};

// Tables are sorted (byte order); tests/unit/segment_test.cpp checks it.
using text::in_sorted_table;
using text::is_sorted_table;

}  // namespace

bool is_title_or_fixed(std::string_view word) {
    if (in_sorted_table(kFixed, word)) return true;
    // Dotted initialisms of single letters: "e.g", "i.e", "a.m", "p.m" never end in mid-thought,
    // while "U.S" / "U.N" are ambiguous (handled below).
    return word == "e.g" || word == "i.e" || word == "cf" || word == "ca";
}

bool is_ambiguous(std::string_view word) {
    if (in_sorted_table(kAmbiguous, word)) return true;
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

bool is_sentence_opener(std::string_view word) { return in_sorted_table(kOpeners, word); }

bool is_calendar_word(std::string_view word) { return in_sorted_table(kCalendar, word); }

}  // namespace storylens::abbreviations

namespace storylens::abbreviations {

bool tables_are_sorted() {
    return is_sorted_table(kFixed) && is_sorted_table(kAmbiguous) && is_sorted_table(kOpeners) &&
           is_sorted_table(kCalendar);
}

}  // namespace storylens::abbreviations
