// calendar.hpp — proleptic Gregorian date arithmetic, shared by the temporal stage and the timeline view.
#pragma once
#include <string>
#include <string_view>

namespace storylens::calendar {

struct Date {
    int year = 0, month = 0, day = 0;  // month and day 1-based
};

long days_from_civil(int y, int m, int d);  // days since 1970-01-01
Date civil_from_days(long days);
int weekday(const Date& d);                 // ISO: 1 = Monday ... 7 = Sunday
int days_in_month(int year, int month);
int iso_week(const Date& d, int& iso_year);
Date add_days(const Date& d, long n);
Date add_months(const Date& d, int n);      // clamps the day to the target month's length
bool parse_iso_date(std::string_view s, Date& out);  // YYYY-MM-DD

std::string format_day(const Date& d);      // 2025-03-06
std::string format_month(int year, int month);
std::string format_year(int year);
std::string format_week(const Date& d);     // 2025-W10

}  // namespace storylens::calendar
