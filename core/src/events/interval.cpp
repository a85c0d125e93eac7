// interval.cpp — see interval.hpp.
#include "events/interval.hpp"

#include <cctype>

#include "temporal/calendar.hpp"

namespace storylens::events {

namespace {

using calendar::Date;

bool digits(const std::string& s, size_t from, size_t n) {
    if (s.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

int number(const std::string& s, size_t from, size_t n) { return std::stoi(s.substr(from, n)); }

Interval make(Date a, Date b, const char* precision) {
    return {calendar::format_day(a), calendar::format_day(b), precision};
}

// Narrows [a, b] to its first, middle or last third for START / MID / END.
Interval narrowed(Date a, Date b, const std::string& mod, const char* precision, const char* part) {
    if (mod != "START" && mod != "MID" && mod != "END") return make(a, b, precision);
    const long from = calendar::days_from_civil(a.year, a.month, a.day);
    const long to = calendar::days_from_civil(b.year, b.month, b.day);
    const long third = (to - from + 1) / 3;
    if (mod == "START") return make(a, calendar::civil_from_days(from + third - 1), part);
    if (mod == "MID") return make(calendar::civil_from_days(from + third), calendar::civil_from_days(to - third), part);
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

Interval spanning(const Interval& anchor, const std::string& duration, bool anchor_is_end) {
    const Interval none{"", "", "none"};
    Date from, to;
    if (!calendar::parse_iso_date(anchor.start, from) || !calendar::parse_iso_date(anchor.end, to)) return none;
    // "P" digits unit, the unit one of Y M W D DE CE
    size_t k = 1;
    while (k < duration.size() && std::isdigit(static_cast<unsigned char>(duration[k]))) ++k;
    if (duration.empty() || duration[0] != 'P' || k == 1 || k > 6) return none;
    const int n = number(duration, 1, k - 1);
    const std::string unit = duration.substr(k);
    int months = 0, days = 0;
    const char* precision = "";
    if (unit == "Y") months = 12 * n, precision = "year";
    else if (unit == "DE") months = 120 * n, precision = "decade";
    else if (unit == "CE") months = 1200 * n, precision = "century";
    else if (unit == "M") months = n, precision = "month";
    else if (unit == "W") days = 7 * n, precision = "week";
    else if (unit == "D") days = n, precision = "day";
    else return none;
    if (n <= 0) return none;
    const std::string coarser = rank(anchor.precision) > rank(precision) ? anchor.precision : precision;
    auto shift = [&](const Date& d, int sign) {
        return months ? calendar::add_months(d, sign * months) : calendar::add_days(d, sign * long(days));
    };
    if (anchor_is_end) return {calendar::format_day(shift(from, -1)), anchor.end, coarser};
    return {anchor.start, calendar::format_day(shift(to, +1)), coarser};
}

Interval interval_of(const std::string& v, const std::string& mod) {
    if (digits(v, 0, 4)) {
        const int y = number(v, 0, 4);
        // a day, or a time on a day ("2025-04-04TNI"): the day's interval
        if (Date d; calendar::parse_iso_date(v, d)) return make(d, d, "day");
        if (v.size() >= 8 && v[4] == '-' && v[5] == 'W' && digits(v, 6, 2)) {
            // ISO week: Monday of week 1 is the Monday on or before 4 January
            const Date jan4{y, 1, 4};
            const long monday = calendar::days_from_civil(y, 1, 4) - (calendar::weekday(jan4) - 1) +
                                7L * (number(v, 6, 2) - 1);
            const bool weekend = v.size() >= 11 && v.substr(8, 3) == "-WE";
            return make(calendar::civil_from_days(monday + (weekend ? 5 : 0)), calendar::civil_from_days(monday + 6),
                        "week");
        }
        if (v.size() == 7 && v[4] == '-' && digits(v, 5, 2)) {
            const int m = number(v, 5, 2);
            if (m < 1 || m > 12) return {"", "", "none"};
            return narrowed({y, m, 1}, {y, m, calendar::days_in_month(y, m)}, mod, "month", "part-of-month");
        }
        if (v.size() == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
            const int q = v[6] - '0';
            return narrowed({y, 3 * q - 2, 1}, {y, 3 * q, calendar::days_in_month(y, 3 * q)}, mod, "quarter", "quarter");
        }
        if (v.size() == 7 && v[4] == '-' && v[5] == 'H' && (v[6] == '1' || v[6] == '2')) {
            const int h = v[6] - '0';
            return narrowed({y, 6 * h - 5, 1}, {y, 6 * h, calendar::days_in_month(y, 6 * h)}, mod, "half-year", "half-year");
        }
        if (v.size() == 7 && v[4] == '-') {
            const std::string season = v.substr(5);
            const int start = season == "SP" ? 3 : season == "SU" ? 6 : season == "FA" ? 9 : season == "WI" ? 12 : 0;
            if (!start) return {"", "", "none"};
            const Date end = calendar::add_months({y, start, 1}, 2);
            return make({y, start, 1}, {end.year, end.month, calendar::days_in_month(end.year, end.month)}, "season");
        }
        if (v.size() == 4) return narrowed({y, 1, 1}, {y, 12, 31}, mod, "year", "part-of-year");
        return {"", "", "none"};
    }
    if (v.size() == 3 && digits(v, 0, 3)) {
        const int y = number(v, 0, 3) * 10;
        return narrowed({y, 1, 1}, {y + 9, 12, 31}, mod, "decade", "decade");
    }
    if (v.size() == 2 && digits(v, 0, 2)) {
        const int y = number(v, 0, 2) * 100;
        return narrowed({y, 1, 1}, {y + 99, 12, 31}, mod, "century", "century");
    }
    return {"", "", "none"};
}

}  // namespace storylens::events
