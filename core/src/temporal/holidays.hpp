// holidays.hpp — named days of the calendar ("Christmas Eve", "New Year's Day", "Easter Monday") as tables:
// fixed days by month and day, movable feasts by their distance from Easter Sunday (computus).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "temporal/calendar.hpp"
#include "text/token_view.hpp"

namespace storylens::temporal {

struct Holiday {
    size_t length = 0;       // tokens the name takes
    bool single_word = false;  // "Christmas" alone needs a date word around it; "Christmas Day" does not
    int month = 0, day = 0;  // fixed holidays
    bool from_easter = false;
    int easter_offset = 0;   // days after Easter Sunday (Good Friday -2)
    int nth_weekday = 0, weekday = 0;  // "fourth Thursday of November" rules (Thanksgiving)
};

// The holiday whose capitalized name starts at toks[i], or length 0. Possessives are already stripped.
Holiday match_holiday(const std::vector<text::Tok>& toks, size_t i);

// Whether a holiday name starts with this lower-case word ("christmas", "good"): the first-token gate.
bool starts_holiday_name(std::string_view lower_word);

calendar::Date easter_sunday(int year);  // Gregorian (anonymous) computus
calendar::Date holiday_date(const Holiday& h, int year);

}  // namespace storylens::temporal
