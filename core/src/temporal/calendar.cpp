// calendar.cpp — civil-from-days conversions (H. Hinnant's algorithms) and ISO weeks.
#include "temporal/calendar.hpp"

#include <cstdio>

namespace storylens::calendar {

long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const Date& d) {
    const long z = days_from_civil(d.year, d.month, d.day);
    const long w = (z + 3) % 7;  // 1970-01-01 was a Thursday (ISO 4)
    return static_cast<int>((w < 0 ? w + 7 : w) + 1);
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 30;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

int iso_week(const Date& d, int& iso_year) {
    const long z = days_from_civil(d.year, d.month, d.day);
    const long thursday = z - weekday(d) + 4;  // the week's Thursday decides its year
    const Date t = civil_from_days(thursday);
    iso_year = t.year;
    return static_cast<int>((thursday - days_from_civil(t.year, 1, 1)) / 7 + 1);
}

Date add_days(const Date& d, long n) { return civil_from_days(days_from_civil(d.year, d.month, d.day) + n); }

Date add_months(const Date& d, int n) {
    int total = d.year * 12 + (d.month - 1) + n;
    Date out{total / 12, total % 12 + 1, d.day};
    if (total < 0) out = {(total - 11) / 12, ((total % 12) + 12) % 12 + 1, d.day};
    const int dim = days_in_month(out.year, out.month);
    if (out.day > dim) out.day = dim;
    return out;
}

bool parse_iso_date(std::string_view s, Date& out) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    int v[3] = {0, 0, 0};
    const size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k)
        for (size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            v[k] = v[k] * 10 + (s[i] - '0');
        }
    if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > days_in_month(v[0], v[1])) return false;
    out = {v[0], v[1], v[2]};
    return true;
}

std::string format_day(const Date& d) {
    char b[16];
    std::snprintf(b, sizeof b, "%04d-%02d-%02d", d.year, d.month, d.day);
    return b;
}

std::string format_month(int year, int month) {
    char b[16];
    std::snprintf(b, sizeof b, "%04d-%02d", year, month);
    return b;
}

std::string format_year(int year) {
    char b[16];
    std::snprintf(b, sizeof b, "%04d", year);
    return b;
}

std::string format_week(const Date& d) {
    int y = 0;
    const int w = iso_week(d, y);
    char b[16];
    std::snprintf(b, sizeof b, "%04d-W%02d", y, w);
    return b;
}

}  // namespace storylens::calendar
