// axis_ticks.cpp — timeline axis ticks: the finest unit (days, months, years) whose step leaves room for a
// label, with "nice" steps (1, 2, 7, 14 days; 1, 2, 3, 6 months; 1, 2, 5 x 10^k years) aligned to the calendar.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "storylens/calendar.hpp"
#include "storylens/view_model.hpp"

namespace storylens::view {

namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

double day_of(int year, int month, int day) { return static_cast<double>(calendar::days_from_civil(year, month, day)); }

}  // namespace

std::vector<Tick> axis_ticks(const DayRange& range, float width, float label_width) {
    std::vector<Tick> ticks;
    const double span = range.span();
    if (!(span > 0) || !(width > 0) || !std::isfinite(span)) return ticks;
    const double px_per_day = width / span;
    const double room = std::max(1.0f, label_width);  // pixels a label needs
    const long first = static_cast<long>(std::floor(range.first));
    const long last = static_cast<long>(std::ceil(range.last));
    const calendar::Date from = calendar::civil_from_days(first);
    char label[32];

    for (int step : {1, 2, 7, 14}) {
        if (step * px_per_day < room) continue;
        for (long d = first; d <= last; d += step) {
            const calendar::Date c = calendar::civil_from_days(d);
            std::snprintf(label, sizeof label, "%s %d", kMonths[c.month - 1], c.day);
            if (d >= range.first) ticks.push_back({static_cast<double>(d), label});
        }
        return ticks;
    }
    for (int step : {1, 2, 3, 6}) {
        if (step * 30.44 * px_per_day < room) continue;
        int year = from.year, month = from.month - (from.month - 1) % step;  // align to the step
        for (double d = day_of(year, month, 1); d <= last; d = day_of(year, month, 1)) {
            std::snprintf(label, sizeof label, "%s %d", kMonths[month - 1], year);
            if (d >= range.first) ticks.push_back({d, label});
            month += step;
            if (month > 12) month -= 12, ++year;
        }
        return ticks;
    }
    long step = 1;
    for (long scale = 1;; scale *= 10) {
        bool found = false;
        for (long k : {1L, 2L, 5L})
            if (k * scale * 365.25 * px_per_day >= room) {
                step = k * scale, found = true;
                break;
            }
        if (found || scale > 1000000) break;
    }
    const calendar::Date to = calendar::civil_from_days(last);
    long year = static_cast<long>(std::floor(static_cast<double>(from.year) / step)) * step;
    for (; year <= to.year; year += step) {
        const double d = day_of(static_cast<int>(year), 1, 1);
        std::snprintf(label, sizeof label, "%ld", year);
        if (d >= range.first) ticks.push_back({d, label});
    }
    return ticks;
}

}  // namespace storylens::view
