// timelinejs_export.cpp — Knight Lab TimelineJS3 JSON: one slide per dated timeline entry, grouped by source.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "export/export_text.hpp"
#include "storylens/calendar.hpp"
#include "storylens/export.hpp"

namespace storylens {

namespace {

using nlohmann::json;

// Which date parts TimelineJS is told, by the interval's precision: a month-precision event has no day, a
// decade only a year. Unknown precisions fall back to the year, the one part TimelineJS requires.
enum class Parts { Day, Month, Year };

Parts parts_of(const std::string& precision) {
    if (precision == "day" || precision == "week") return Parts::Day;
    if (precision == "month" || precision == "part-of-month" || precision == "quarter" || precision == "half-year" ||
        precision == "season")
        return Parts::Month;
    return Parts::Year;
}

json date_json(const calendar::Date& d, Parts parts) {
    json out = {{"year", d.year}};
    if (parts != Parts::Year) out["month"] = d.month;
    if (parts == Parts::Day) out["day"] = d.day;
    return out;
}

// The last day of the unit the precision names, counted from the interval's start: the interval needs an
// end_date only when it runs past that (a duration span, "between March and May").
calendar::Date unit_end(const calendar::Date& start, const calendar::Date& end, const std::string& precision) {
    if (precision == "day") return start;
    if (precision == "week") return calendar::add_days(start, 6);
    if (precision == "month" || precision == "part-of-month")
        return {start.year, start.month, calendar::days_in_month(start.year, start.month)};
    if (precision == "year" || precision == "part-of-year") return {start.year, 12, 31};
    return end;  // quarters, seasons, decades and coarser: the interval is the unit
}

constexpr size_t kFallbackHeadlineBytes = 60;
// A span longer than this ("the Assads' five-decade-long rule", ended in December 2024) is shown at its end,
// the moment the article reports, with its years as the display date: a slide lasting decades would stretch
// TimelineJS's axis to decades (eras do too) and crowd the article's own days into one tick.
constexpr long kLongSpanDays = 20 * 365;

bool is_long_span(const calendar::Date& start, const calendar::Date& end) {
    return calendar::days_from_civil(end.year, end.month, end.day) -
               calendar::days_from_civil(start.year, start.month, start.day) >
           kLongSpanDays;
}

bool needs_display_date(const std::string& precision) {
    return precision != "day" && precision != "month" && precision != "year";
}

json event_slide(const Analysis& a, const Event& e) {
    calendar::Date start, end;
    calendar::parse_iso_date(e.interval.start, start);
    const Parts parts = parts_of(e.interval.precision);
    // An event whose gist came out empty would be a slide without a headline: its sentence's first words stand in.
    const std::string headline = e.text.empty() ? export_text::cut_on_word(export_text::sentence_text(a, e.sentence),
                                                                            kFallbackHeadlineBytes)
                                                : e.text;
    json slide = {{"start_date", date_json(start, parts)},
                  {"text", {{"headline", export_text::escape_html(headline)},
                            {"text", "<p>" + export_text::escape_html(export_text::sentence_text(a, e.sentence)) +
                                         "</p>"}}},
                  {"unique_id", "event-" + std::to_string(e.id)}};
    if (calendar::parse_iso_date(e.interval.end, end) && is_long_span(start, end)) {
        slide["start_date"] = date_json(end, parts);
        slide["display_date"] = std::to_string(start.year) + "\xE2\x80\x93" + std::to_string(end.year);  // en dash
    } else if (calendar::parse_iso_date(e.interval.end, end)) {
        const calendar::Date last = unit_end(start, end, e.interval.precision);
        if (calendar::days_from_civil(end.year, end.month, end.day) >
            calendar::days_from_civil(last.year, last.month, last.day))
            slide["end_date"] = date_json(end, parts);
    }
    const std::string source = export_text::event_source_name(a, e);
    slide["group"] = source.empty() ? "Narrative" : export_text::escape_html(source);  // shown as HTML, as the text is
    if (needs_display_date(e.interval.precision) && !slide.contains("display_date")) {
        const std::string words = export_text::human_date(e.when.time);
        if (!words.empty()) slide["display_date"] = words;
    }
    return slide;
}

// A state that lasted years ("the five-decade-long rule"): drawn as a background band (a TimelineJS era), so the
// axis is not stretched to decades by one slide and the fit view frames the article's events.
constexpr long kEraDays = 2 * 366;

bool is_era(const Event& e) {
    calendar::Date start, end;
    if (!is_period(e.when.time) || !calendar::parse_iso_date(e.interval.start, start) ||
        !calendar::parse_iso_date(e.interval.end, end))
        return false;
    return calendar::days_from_civil(end.year, end.month, end.day) -
               calendar::days_from_civil(start.year, start.month, start.day) >
           kEraDays;
}

json era_band(const Event& e) {
    calendar::Date start, end;
    calendar::parse_iso_date(e.interval.start, start);
    calendar::parse_iso_date(e.interval.end, end);
    const Parts parts = parts_of(e.interval.precision);
    std::string headline = export_text::escape_html(e.text);
    const std::string years = export_text::span_words(e);
    if (!years.empty()) headline += " (" + years + ")";
    return {{"start_date", date_json(start, parts)}, {"end_date", date_json(end, parts)},
            {"text", {{"headline", headline}}}};
}

}  // namespace

std::string to_timelinejs(const Analysis& a) {
    json events = json::array(), eras = json::array();
    for (uint32_t id : a.timeline) {
        calendar::Date start;
        if (id >= a.events.size() || !calendar::parse_iso_date(a.events[id].interval.start, start)) continue;
        if (is_era(a.events[id])) eras.push_back(era_band(a.events[id]));
        else events.push_back(event_slide(a, a.events[id]));
    }
    // Undated events have no place on a TimelineJS axis, whether or not the timeline orders them.
    const size_t undated = a.events.size() - std::min(a.events.size(), events.size() + eras.size());
    std::string intro = events.empty() ? "No dated events found by Storylens" : "Events found by Storylens";
    std::string published = export_text::publication_words(a.dct);
    published[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(published[0])));
    intro += "; " + published;
    intro += ".";
    if (undated > 0)
        intro += " " + std::to_string(undated) + (undated == 1 ? " undated event" : " undated events") +
                 " not shown.";
    json out = {{"title", {{"text", {{"headline", export_text::escape_html(export_text::headline(a))},
                                     {"text", "<p>" + export_text::escape_html(intro) + "</p>"}}}}},
                {"events", events}};
    if (!eras.empty()) out["eras"] = eras;
    // TimelineJS data is often inlined in the page that shows it: article text must not close that script block.
    return script_safe_json(out.dump(2, ' ', false, json::error_handler_t::replace)) + "\n";
}

}  // namespace storylens
