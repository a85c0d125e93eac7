// export_text.cpp — see export_text.hpp.
#include "export/export_text.hpp"

#include <cstdio>

#include "storylens/calendar.hpp"

namespace storylens::export_text {

const char* weekday_name(int iso_weekday);

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// "Early March 2025" / "Mid-March 2025" / "Late March 2025": the part of a month, year or decade.
std::string with_part(TimeMod mod, const std::string& whole) {
    if (mod == TimeMod::Start) return "Early " + whole;
    if (mod == TimeMod::Mid) return "Mid-" + whole;
    if (mod == TimeMod::End) return "Late " + whole;
    return whole;
}

std::string padded(int n, int width) {
    char b[16];
    std::snprintf(b, sizeof b, "%0*d", width, n);
    return b;
}

// Words for a known point; empty for one that still needs an anchor (XXXX-WXX-5, 2025-WXX), and for the rest.
std::string calendar_words(const TimeValue& v) {
    if (v.kind != TimeKind::Point || !v.anchored) return "";
    const calendar::Date d = calendar::civil_from_days(v.first_day);
    if (d.year < 0) return "";  // BC0300: no words for years BC yet
    const std::string year = padded(d.year, 4);
    const TimeMod mod = v.mod;
    switch (v.granularity) {
        case Granularity::Year: return with_part(mod, year);
        case Granularity::Month: return with_part(mod, std::string(month_name(d.month)) + " " + year);
        case Granularity::Season:
            return (d.month == 3 ? "Spring " : d.month == 6 ? "Summer " : d.month == 9 ? "Autumn " : "Winter ") + year;
        case Granularity::Quarter: return with_part(mod, "Q" + std::to_string((d.month + 2) / 3) + " " + year);
        case Granularity::Half: return (d.month == 1 ? "First half of " : "Second half of ") + year;
        case Granularity::Week:
        case Granularity::Weekend: {
            int iso_year = 0;
            const std::string week = std::to_string(calendar::iso_week(d, iso_year));
            if (v.granularity == Granularity::Weekend) return "Weekend of week " + week + ", " + padded(iso_year, 4);
            return "Week " + week + " of " + padded(iso_year, 4);
        }
        case Granularity::Decade: {
            const std::string decade = padded(d.year / 10, 3) + "0s";
            if (mod == TimeMod::Start) return "The early " + decade;
            if (mod == TimeMod::Mid) return "The mid-" + decade;
            if (mod == TimeMod::End) return "The late " + decade;
            return "The " + decade;
        }
        case Granularity::Century: return "The " + padded(d.year / 100, 2) + "00s";
        default:  // a day, or a time on a day: it reads as its day
            return std::string(weekday_name(calendar::weekday(d))) + " " + std::to_string(d.day) + " " +
                   month_name(d.month) + " " + year;
    }
}

}  // namespace

const char* weekday_name(int iso_weekday) {
    static const char* const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return iso_weekday >= 1 && iso_weekday <= 7 ? names[iso_weekday - 1] : "";
}

std::string day_words(const std::string& iso_day) {
    calendar::Date d;
    if (!calendar::parse_iso_date(iso_day, d)) return iso_day;
    return std::string(weekday_name(calendar::weekday(d))) + " " + std::to_string(d.day) + " " + month_name(d.month) +
           " " + std::to_string(d.year);
}

std::string duration_words(const TimeValue& value) {
    if (!is_period(value) || value.part_count != 1) return "";
    const DurationPart part = value.parts[0];
    const char* name = nullptr;
    switch (part.unit) {
        case DurationUnit::Hour: name = "hour"; break;
        case DurationUnit::Minute: name = "minute"; break;
        case DurationUnit::Second: name = "second"; break;
        case DurationUnit::Year: name = "year"; break;
        case DurationUnit::Month: name = "month"; break;
        case DurationUnit::Week: name = "week"; break;
        case DurationUnit::Day: name = "day"; break;
        case DurationUnit::Quarter: name = "quarter"; break;
        case DurationUnit::DecadeE: name = "decade"; break;   // the one-letter spellings, as TimeML corpora write
        case DurationUnit::CenturyC: name = "century"; break;
        default: return "";
    }
    std::string words;
    if (part.amount < 0) words = std::string(name) == "century" ? "centuries" : std::string(name) + "s";
    else {
        const int n = part.amount;
        words = std::to_string(n) + " " + name;
        if (n != 1) words = std::string(name) == "century" ? std::to_string(n) + " centuries" : words + "s";
    }
    switch (value.mod) {
        case TimeMod::Approx: return "about " + words;
        case TimeMod::MoreThan: return "more than " + words;
        case TimeMod::LessThan: return "less than " + words;
        case TimeMod::EqualOrMore: return "at least " + words;
        case TimeMod::EqualOrLess: return "at most " + words;
        default: return words;
    }
}

std::string event_date_words(const Event& e) {
    std::string words = span_words(e);
    if (words.empty()) words = human_date(e.when.time);
    if (words.empty()) words = duration_words(e.when.time);
    return words;
}

std::string publication_words(const Dct& dct) {
    auto range = [&]() -> std::string {
        if (!dct.earliest.empty() && !dct.latest.empty())
            return "between " + day_words(dct.earliest) + " and " + day_words(dct.latest);
        if (!dct.earliest.empty()) return "on or after " + day_words(dct.earliest);
        if (!dct.latest.empty()) return "on or before " + day_words(dct.latest);
        return "";
    };
    if (dct.value.empty()) {
        const std::string r = range();
        return r.empty() ? "Publication date unknown" : "Publication date unknown: written " + r;
    }
    if (dct.origin != DctOrigin::Inferred)
        return "Published " + day_words(dct.value) + " (" + dct_origin_name(dct.origin) + ")";
    std::string out = "Publication date not given: the text points to " + day_words(dct.value) + " (" + range() +
                      ", confidence " + std::to_string(dct.confidence) + " %)";
    if (dct.confidence < kConfidentDctPercent) out += "; the dates that depend on it are provisional";
    return out;
}

const char* month_name(int month) {
    static const char* const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
    return month >= 1 && month <= 12 ? names[month - 1] : "";
}

std::string squash_space(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        // U+2028 and U+2029 separate lines too (and break a JavaScript string in some readers).
        const bool line_separator =
            c == '\xE2' && (s.compare(i, 3, "\xE2\x80\xA8") == 0 || s.compare(i, 3, "\xE2\x80\xA9") == 0);
        if (is_space(c) || line_separator) {
            pending_space = !out.empty();
            if (line_separator) i += 2;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

std::string sentence_text(const Analysis& a, uint32_t sentence) {
    if (sentence >= a.document.sentences.size()) return "";
    const Span span = a.document.sentences[sentence].span;
    if (span.end > a.source.text.size()) return "";
    return squash_space(span.of(a.source.text));
}

std::string headline(const Analysis& a, size_t max_bytes) {
    std::string h = squash_space(a.source.headline);
    if (h.empty() && !a.document.sentences.empty()) {
        Span first = a.document.sentences.front().span;
        // A dateline ("SULAIMANI, Kurdistan Region of Iraq –") is not part of what the article says.
        if (a.source.dateline.present && a.source.dateline.span.end > first.start &&
            a.source.dateline.span.end < first.end)
            first.start = a.source.dateline.span.end;
        if (first.end <= a.source.text.size()) h = squash_space(first.of(a.source.text));
    }
    return cut_on_word(h, max_bytes);
}

std::string cut_on_word(std::string_view text, size_t max_bytes) {
    const std::string h = squash_space(text);
    if (h.size() <= max_bytes) return h;
    size_t cut = h.rfind(' ', max_bytes);
    if (cut == std::string::npos || cut < max_bytes / 2) {
        cut = max_bytes;  // one long word: cut on a UTF-8 character boundary
        while (cut > 0 && (static_cast<unsigned char>(h[cut]) & 0xC0) == 0x80) --cut;
    }
    while (cut > 0 && (h[cut - 1] == ',' || h[cut - 1] == ';' || h[cut - 1] == ':' || is_space(h[cut - 1]))) --cut;
    return h.substr(0, cut) + "\xE2\x80\xA6";  // …
}

std::string event_source_name(const Analysis& a, const Event& e) {
    if (e.reported_by < 0 || static_cast<size_t>(e.reported_by) >= a.claims.size()) return "";
    return claim_source_name(a, a.claims[e.reported_by]);
}

std::string human_date(const TimeValue& value) {
    std::string words = calendar_words(value);
    if (words.empty()) return words;
    auto lower_first = [](std::string s) {
        // "The 1990s" reads "the 1990s" after a preposition; months and numbers keep their case.
        if (s.rfind("The ", 0) == 0 || s.rfind("Early ", 0) == 0 || s.rfind("Late ", 0) == 0 ||
            s.rfind("Mid-", 0) == 0 || s.rfind("Week", 0) == 0 || s.rfind("First", 0) == 0 ||
            s.rfind("Second", 0) == 0)
            s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
        return s;
    };
    switch (value.mod) {
        case TimeMod::Approx: return "Around " + lower_first(words);
        case TimeMod::Before: return "Before " + lower_first(words);
        case TimeMod::After: return "After " + lower_first(words);
        case TimeMod::OnOrBefore: return "By " + lower_first(words);
        case TimeMod::OnOrAfter: return "From " + lower_first(words);
        default: return words;
    }
}

std::string span_words(const Event& e) {
    calendar::Date start, end;
    if (!is_period(e.when.time) || !calendar::parse_iso_date(e.interval.start, start) ||
        !calendar::parse_iso_date(e.interval.end, end))
        return "";
    const bool coarse = e.interval.precision != "day" && e.interval.precision != "month" &&
                        e.interval.precision != "part-of-month";
    if (coarse) {
        if (start.year == end.year) return "";
        return std::to_string(start.year) + "\xE2\x80\x93" + std::to_string(end.year);  // en dash
    }
    if (start.year == end.year && start.month == end.month) return "";
    return std::string(month_name(start.month)) + " " + std::to_string(start.year) + " \xE2\x80\x93 " +
           month_name(end.month) + " " + std::to_string(end.year);
}

}  // namespace storylens::export_text

namespace storylens {

std::string escape_html(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string script_safe_json(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '<' && json.compare(i, 4, "<!--") == 0) {
            out += "\\u003C";
        } else if (c == '<' && i + 1 < json.size() && json[i + 1] == '/') {
            out += "<\\/";
            ++i;
        } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                   (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace storylens
