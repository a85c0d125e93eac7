// date_words.cpp — the view-model's readable dates: the same words the Markdown and TimelineJS exports use.
#include "export/export_text.hpp"
#include "storylens/view_model.hpp"

#include <cstdio>

#include "temporal/calendar.hpp"

namespace storylens::view {

namespace {

// The year a dated point names (the ISO year of a week), -1 when it names none: a decade, a weekday with no
// year, a duration.
int written_year(const TimeValue& v) {
    if (v.kind != TimeKind::Point) return -1;
    if (!v.anchored) return v.open.year_digits == 4 ? v.open.year : -1;
    if (v.granularity == Granularity::Decade || v.granularity == Granularity::Century) return -1;
    const calendar::Date d = calendar::civil_from_days(v.first_day);
    int iso_year = d.year;
    if (v.granularity == Granularity::Week || v.granularity == Granularity::Weekend) calendar::iso_week(d, iso_year);
    return iso_year;
}

}  // namespace

std::string event_date_words(const Event& event) { return export_text::event_date_words(event); }

std::string publication_date_words(const Dct& dct) { return export_text::publication_words(dct); }

bool date_is_provisional(const Analysis& a, const Event& e) {
    if (!dct_is_guess(a.dct)) return false;
    if (e.when.timex < 0 || static_cast<size_t>(e.when.timex) >= a.timexes.size()) return false;
    const Timex& t = a.timexes[static_cast<size_t>(e.when.timex)];
    const int year = written_year(t.time);
    if (year < 0) return false;
    char digits[16];
    std::snprintf(digits, sizeof digits, "%04d", year);
    return t.span.of(a.source.text).find(digits) == std::string_view::npos;
}

}  // namespace storylens::view
