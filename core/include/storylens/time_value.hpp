// time_value.hpp — a normalized time as a typed value: the core's own model of what a TIMEX3 value says.
// Inside the core dates are days and granularities; the TIMEX3 strings ("2025-W10", "P2Y6M", "XXXX-WXX-5") are
// made by timex3_value() at the export edge and read by parse_timex3() only where TimeML comes in.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storylens {

enum class TimeKind : uint8_t {
    None,       // no value (an expression the stage found but could not normalize)
    Point,      // a date or time: a known range of days, or an underspecified one that still needs an anchor
    Duration,   // an amount of time: P3D, PT1M30S, P2Y6M, PXY
    Set,        // a recurring time: every week (P1W), every Monday (XXXX-WXX-1)
    Reference,  // PRESENT_REF, PAST_REF, FUTURE_REF
};

// How coarse a point is, finest first. The order matters: it is the order of "which is coarser".
enum class Granularity : uint8_t {
    Second, Minute, Hour, PartOfDay, Day, Weekend, Week, Month, Quarter, Half, Season, Year, Decade, Century,
};

enum class PartOfDay : uint8_t { None, Morning, Midday, Afternoon, Evening, Night, Daytime };  // MO MI AF EV NI DT
enum class Season : uint8_t { None, Spring, Summer, Fall, Winter };                              // SP SU FA WI
enum class RefKind : uint8_t { Present, Past, Future };

enum class TimeMod : uint8_t {
    None, Start, Mid, End, Approx, Before, After, OnOrBefore, OnOrAfter, LessThan, MoreThan, EqualOrLess,
    EqualOrMore,
};

// A duration's unit. Decades, centuries and millennia have two spellings in TimeML corpora (DE / E, CE / C,
// ML / L); both are kept so a value read from a corpus is written back as it was.
enum class DurationUnit : uint8_t {
    Unknown,  // "X": PXX
    Year, Half, Quarter, Month, Week, Day, Hour, Minute, Second,
    Decade, Century, Millennium,     // DE CE ML
    DecadeE, CenturyC, MillenniumL,  // E C L
};

// The time of day a point names, when it names one.
struct TimeOfDay {
    PartOfDay part = PartOfDay::None;  // TMO, TNI ...
    int8_t hour = -1;                  // 0-24, -1 when not given
    int8_t minute = -1;
    int8_t second = -1;
};

// A point that still needs an anchor to become days: a weekday (XXXX-WXX-5), a month without a year (XXXX-07),
// "some year in the 1990s" (199X). Each field is known or not; the granularity says which fields the value has.
struct Underspecified {
    int year = 0;               // the known leading digits of the year, as a number: 199 for 199X
    int8_t year_digits = 0;     // how many leading digits are known: 4, 3 (199X), 2 (19XX), 0 (XXXX)
    int8_t month = 0;           // 1-12, 0 unknown (XX)
    int8_t day = 0;             // 1-31, 0 unknown
    int8_t week = 0;            // ISO week 1-53, 0 unknown (WXX)
    int8_t weekday = 0;         // ISO 1-7 within a week-form value, 0 none
    int8_t part = 0;            // quarter 1-4 or half 1-2, 0 unknown (QX)
    Season season = Season::None;
    bool week_form = false;     // a day written inside a week (XXXX-WXX-5) rather than inside a month
    bool fiscal = false;        // a fiscal year (FY2000): its days depend on whose books, so it stays open
};

struct DurationPart {
    int amount = -1;  // -1 unknown (PXY)
    DurationUnit unit = DurationUnit::Unknown;
};

struct TimeValue {
    TimeKind kind = TimeKind::None;
    TimeMod mod = TimeMod::None;

    // Point (and a Set written as a point pattern)
    Granularity granularity = Granularity::Day;
    bool anchored = false;  // first_day/last_day are known; otherwise `open` holds what is known
    long first_day = 0;     // calendar::days_from_civil, inclusive
    long last_day = 0;
    TimeOfDay time;
    Underspecified open;

    // Duration (and a Set written as a period)
    std::array<DurationPart, 4> parts{};
    uint8_t part_count = 0;
    bool set_as_period = false;  // a Set: `parts` is its period, else it is the point pattern above

    // Reference
    RefKind ref = RefKind::Present;

    bool empty() const { return kind == TimeKind::None; }
    bool is_known_point() const { return kind == TimeKind::Point && anchored; }
};

// One known calendar day, without a time of day (what a "YYYY-MM-DD" says).
inline bool is_calendar_day(const TimeValue& v) {
    return v.kind == TimeKind::Point && v.anchored && v.granularity == Granularity::Day;
}

// An amount of time, or a set written as its period (P1W: every week).
inline bool is_period(const TimeValue& v) {
    return v.kind == TimeKind::Duration || (v.kind == TimeKind::Set && v.set_as_period);
}

// Constructors for the common shapes (days are calendar::days_from_civil numbers).
TimeValue point_days(long first_day, long last_day, Granularity granularity, TimeMod mod = TimeMod::None);
TimeValue day_value(long day);
TimeValue reference_value(RefKind ref);
TimeValue duration_of(int amount, DurationUnit unit, TimeMod mod = TimeMod::None);

// The TIMEX3 value and mod attributes ("" for none). The only writer of TIMEX3 strings in the core.
std::string timex3_value(const TimeValue& value);
const char* timex3_mod(TimeMod mod);

// Reads a TIMEX3 value and mod. For the TimeML reading edge and tests only; nullopt when the text is no value
// this model knows. `set` marks a value of a TIMEX3 of type SET.
std::optional<TimeValue> parse_timex3(std::string_view value, std::string_view mod = {}, bool set = false);
std::optional<TimeMod> parse_timex3_mod(std::string_view mod);

// The same time, whatever the mods: what "the same date named again" compares.
bool same_time(const TimeValue& a, const TimeValue& b);
struct SameTime {
    bool operator()(const TimeValue& a, const TimeValue& b) const { return same_time(a, b); }
};
struct TimeHash {  // agrees with same_time
    size_t operator()(const TimeValue& v) const;
};

bool operator==(const TimeValue& a, const TimeValue& b);  // same_time and the same mod
inline bool operator!=(const TimeValue& a, const TimeValue& b) { return !(a == b); }

}  // namespace storylens
