// holidays.cpp — the holiday table and the Easter computus behind holidays.hpp.
#include "temporal/holidays.hpp"

#include <initializer_list>
#include <string_view>

namespace storylens::temporal {

namespace {

struct HolidayName {
    std::initializer_list<std::string_view> words;  // lower case, possessives stripped ("new year day")
    int month, day;       // fixed day, or 0
    int easter_offset;    // used when month == 0 and nth == 0
    int nth, weekday;     // nth ISO weekday of `month` when nth > 0
};

constexpr int kEaster = 0;

const HolidayName kHolidays[] = {
    {{"christmas", "day"}, 12, 25, 0, 0, 0},
    {{"christmas", "eve"}, 12, 24, 0, 0, 0},
    {{"christmas"}, 12, 25, 0, 0, 0},
    {{"boxing", "day"}, 12, 26, 0, 0, 0},
    {{"new", "year", "day"}, 1, 1, 0, 0, 0},
    {{"new", "year", "eve"}, 12, 31, 0, 0, 0},
    {{"valentine", "day"}, 2, 14, 0, 0, 0},
    {{"halloween"}, 10, 31, 0, 0, 0},
    {{"bastille", "day"}, 7, 14, 0, 0, 0},
    {{"may", "day"}, 5, 1, 0, 0, 0},
    {{"easter", "sunday"}, kEaster, 0, 0, 0, 0},
    {{"easter", "monday"}, kEaster, 0, 1, 0, 0},
    {{"easter"}, kEaster, 0, 0, 0, 0},
    {{"good", "friday"}, kEaster, 0, -2, 0, 0},
    {{"palm", "sunday"}, kEaster, 0, -7, 0, 0},
    {{"ash", "wednesday"}, kEaster, 0, -46, 0, 0},
    {{"pentecost"}, kEaster, 0, 49, 0, 0},
    {{"thanksgiving", "day"}, 11, 0, 0, 4, 4},
    {{"thanksgiving"}, 11, 0, 0, 4, 4},
};

}  // namespace

bool starts_holiday_name(std::string_view w) {
    for (const HolidayName& h : kHolidays)
        if (*h.words.begin() == w) return true;
    return false;
}

Holiday match_holiday(const std::vector<text::Tok>& toks, size_t i) {
    Holiday best;
    for (const HolidayName& h : kHolidays) {
        size_t k = i;
        bool ok = true;
        for (std::string_view w : h.words) {
            if (k >= toks.size() || toks[k].lower != w || !text::is_capitalized(toks[k].text)) {
                ok = false;
                break;
            }
            ++k;
        }
        if (!ok || k - i <= best.length) continue;
        best = Holiday{};
        best.length = k - i;
        best.single_word = h.words.size() == 1;
        best.month = h.month, best.day = h.day;
        best.from_easter = h.month == kEaster && h.nth == 0;
        best.easter_offset = h.easter_offset;
        best.nth_weekday = h.nth, best.weekday = h.weekday;
    }
    return best;
}

calendar::Date easter_sunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

calendar::Date holiday_date(const Holiday& h, int year) {
    if (h.from_easter) return calendar::add_days(easter_sunday(year), h.easter_offset);
    if (h.nth_weekday > 0) {
        const calendar::Date first{year, h.month, 1};
        const int shift = (h.weekday - calendar::weekday(first) + 7) % 7;
        return calendar::add_days(first, shift + 7L * (h.nth_weekday - 1));
    }
    return {year, h.month, h.day};
}

}  // namespace storylens::temporal
