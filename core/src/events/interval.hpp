// interval.hpp — the calendar interval a TIMEX3 value (with its mod) covers, and how precisely.
#pragma once
#include <string>

#include "storylens/events.hpp"

namespace storylens::events {

// The interval of a typed time: "2025-03" + START -> [2025-03-01, 2025-03-10] part-of-month; "2025-03-06" -> day; "199" -> decade.
// Values that are not on the calendar (PRESENT_REF, XXXX-WXX-5, P3D) give an empty interval, precision "none".
Interval interval_of(const TimeValue& value);

// The day halfway through a dated interval (YYYY-MM-DD), or its end when it is not on the calendar.
std::string middle(const Interval& in);

// The interval a happening of length `duration` (one whole number of years, decades, centuries, months, weeks or
// days: P24Y, P5DE, P12M, P2W, P30D) covers when
// `anchor` is its end (or its start): "the five-decade-long rule ... ended on 8 December 2024" -> [1974-12-08,
// 2024-12-08]. Its precision is the coarser of the anchor's and the duration unit's. Precision "none" when the
// duration is not a whole number of calendar units or the anchor is not on the calendar.
Interval spanning(const Interval& anchor, const TimeValue& duration, bool anchor_is_end);

}  // namespace storylens::events
