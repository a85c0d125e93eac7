// lexicon.hpp — the words of time in English news (data in core/lexicon/temporal_*.tsv): months, weekdays, numbers, units, modifiers,
// parts of day, seasons and vague references, each with its TIMEX3 meaning.
#pragma once
#include <string_view>

namespace storylens::temporal {

int month_number(std::string_view lower_word);    // "march", "mar", "sept" -> 1..12, else 0
int weekday_number(std::string_view lower_word);  // "friday", "fri" -> ISO 1..7, else 0
int number_word(std::string_view lower_word);     // "five" -> 5, "a"/"an" -> 1, "dozen" -> 12, else -1
int ordinal_word(std::string_view lower_word);    // "third" -> 3, "3rd" -> 3, else 0

enum class Unit { None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Year, Decade, Century };
Unit unit_word(std::string_view lower_word);      // "years", "year", "yr" -> Year
const char* unit_code(Unit unit);                 // TIMEX3 duration letter: Y M W D H MIN(as "M" after T) ...
bool unit_is_time(Unit unit);                     // hours and below go after the "T" of a duration

// early/late/mid and approximations: "early" -> START, "late" -> END, "about" -> APPROX, "nearly" -> LESS_THAN
const char* modifier_mod(std::string_view lower_word);

// "morning" -> "MO", "afternoon" -> "AF", "evening" -> "EV", "night" -> "NI"
const char* part_of_day(std::string_view lower_word);
// "spring" -> "SP", "summer" -> "SU", "fall"/"autumn" -> "FA", "winter" -> "WI"
const char* season_code(std::string_view lower_word);

// Single words with a fixed TIMEX3 meaning: "now" -> PRESENT_REF, "recently" -> PAST_REF, "soon" -> FUTURE_REF
const char* vague_reference(std::string_view lower_word);

// "daily" -> P1D, "weekly" -> P1W, "monthly" -> P1M, "annually"/"yearly" -> P1Y
const char* set_adverb(std::string_view lower_word);

// Words that put a clause in the future ("will", "plans"); used to pick a weekday's direction.
bool is_future_marker(std::string_view lower_word);

}  // namespace storylens::temporal
