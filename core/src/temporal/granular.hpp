// granular.hpp — TIMEX3 values at the granularity of a unit: "last week" is a week, "two years ago" a year.
#pragma once
#include <string>

#include "temporal/calendar.hpp"
#include "temporal/lexicon.hpp"

namespace storylens::temporal {

// The period `shift` units away from `base`, written at the unit's granularity (2025-W13, 2024, 2025-Q1).
// When `known` is false the base is unknown and the value keeps X placeholders (XXXX-WXX).
std::string shift_value(bool known, const calendar::Date& base, Unit unit, int shift);

// "P3D", "PT2H", "P50Y" (decades and centuries are written in years).
std::string duration_value(int count, Unit unit);

// "two and a half years" -> "P2Y6M", "a minute and a half" -> "PT1M30S"; "" when the half is no whole number
// of a smaller unit (weeks, months, quarters, seconds).
std::string half_duration_value(int count, Unit unit);

}  // namespace storylens::temporal
