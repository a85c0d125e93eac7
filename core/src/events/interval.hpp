// interval.hpp — the calendar interval a TIMEX3 value (with its mod) covers, and how precisely.
#pragma once
#include <string>

#include "storylens/events.hpp"

namespace storylens::events {

// "2025-03" + START -> [2025-03-01, 2025-03-10] part-of-month; "2025-03-06" -> day; "199" -> decade.
// Values that are not on the calendar (PRESENT_REF, XXXX-WXX-5, P3D) give an empty interval, precision "none".
Interval interval_of(const std::string& value, const std::string& mod);

}  // namespace storylens::events
