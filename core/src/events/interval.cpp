// interval.cpp — see interval.hpp.
#include "events/interval.hpp"

#include "temporal/calendar.hpp"

namespace storylens::events {

namespace {

using calendar::Date;

Interval make(Date a, Date b, const char* precision) {
    return {calendar::format_day(a), calendar::format_day(b), precision};
}

// Narrows [a, b] to its first, middle or last third for START / MID / END.
Interval narrowed(Date a, Date b, TimeMod mod, const char* precision, const char* part) {
    if (mod != TimeMod::Start && mod != TimeMod::Mid && mod != TimeMod::End) return make(a, b, precision);
    const long from = calendar::days_from_civil(a.year, a.month, a.day);
    const long to = calendar::days_from_civil(b.year, b.month, b.day);
    const long third = (to - from + 1) / 3;
    if (mod == TimeMod::Start) return make(a, calendar::civil_from_days(from + third - 1), part);
    if (mod == TimeMod::Mid) return make(calendar::civil_from_days(from + third), calendar::civil_from_days(to - third), part);
    return make(calendar::civil_from_days(to - third + 1), b, part);
}

// Coarseness of a precision name, finest first.
int rank(const std::string& precision) {
    static const char* const kOrder[] = {"day",     "week",      "part-of-month", "month",        "quarter",
                                         "season",  "half-year", "part-of-year",  "year",         "decade",
                                         "century"};
    for (int k = 0; k < int(sizeof kOrder / sizeof *kOrder); ++k)
        if (precision == kOrder[k]) return k;
    return -1;
}

}  // namespace

std::string middle(const Interval& in) {
    Date a, b;
    if (!calendar::parse_iso_date(in.start, a) || !calendar::parse_iso_date(in.end, b)) return in.end;
    const long from = calendar::days_from_civil(a.year, a.month, a.day);
    const long to = calendar::days_from_civil(b.year, b.month, b.day);
    return calendar::format_day(calendar::civil_from_days(from + (to - from) / 2));
}

Interval spanning(const Interval& anchor, const TimeValue& duration, bool anchor_is_end) {
    const Interval none{"", "", "none"};
    Date from, to;
    if (!calendar::parse_iso_date(anchor.start, from) || !calendar::parse_iso_date(anchor.end, to)) return none;
    // one whole number of Y M W D DE CE
    if (duration.kind != TimeKind::Duration || duration.part_count != 1) return none;
    const int n = duration.parts[0].amount;
    if (n < 0 || n > 99999) return none;
    int months = 0, days = 0;
    const char* precision = "";
    switch (duration.parts[0].unit) {
        case DurationUnit::Year: months = 12 * n, precision = "year"; break;
        case DurationUnit::Decade: months = 120 * n, precision = "decade"; break;
        case DurationUnit::Century: months = 1200 * n, precision = "century"; break;
        case DurationUnit::Month: months = n, precision = "month"; break;
        case DurationUnit::Week: days = 7 * n, precision = "week"; break;
        case DurationUnit::Day: days = n, precision = "day"; break;
        default: return none;
    }
    if (n <= 0) return none;
    const std::string coarser = rank(anchor.precision) > rank(precision) ? anchor.precision : precision;
    auto shift = [&](const Date& d, int sign) {
        return months ? calendar::add_months(d, sign * months) : calendar::add_days(d, sign * long(days));
    };
    if (anchor_is_end) return {calendar::format_day(shift(from, -1)), anchor.end, coarser};
    return {anchor.start, calendar::format_day(shift(to, +1)), coarser};
}

Interval interval_of(const TimeValue& v) {
    if (v.kind != TimeKind::Point || !v.anchored) return {"", "", "none"};
    const Date a = calendar::civil_from_days(v.first_day), b = calendar::civil_from_days(v.last_day);
    if (a.year < 0) return {"", "", "none"};  // the interval's YYYY-MM-DD holds no year BC
    switch (v.granularity) {
        case Granularity::Weekend:
        case Granularity::Week: return make(a, b, "week");
        case Granularity::Month: return narrowed(a, b, v.mod, "month", "part-of-month");
        case Granularity::Quarter: return narrowed(a, b, v.mod, "quarter", "quarter");
        case Granularity::Half: return narrowed(a, b, v.mod, "half-year", "half-year");
        case Granularity::Season: return make(a, b, "season");
        case Granularity::Year: return narrowed(a, b, v.mod, "year", "part-of-year");
        case Granularity::Decade: return narrowed(a, b, v.mod, "decade", "decade");
        case Granularity::Century: return narrowed(a, b, v.mod, "century", "century");
        default: return make(a, a, "day");  // a day, or a time on a day ("2025-04-04TNI"): the day's interval
    }
}

}  // namespace storylens::events
