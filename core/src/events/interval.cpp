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

}  // namespace

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
