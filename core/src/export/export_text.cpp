// export_text.cpp — see export_text.hpp.
#include "export/export_text.hpp"

#include <cctype>

#include "storylens/calendar.hpp"

namespace storylens::export_text {

const char* weekday_name(int iso_weekday);

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

int to_int(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

// "Early March 2025" / "Mid-March 2025" / "Late March 2025": the part of a month, year or decade.
std::string with_part(const std::string& mod, const std::string& whole) {
    if (mod == "START") return "Early " + whole;
    if (mod == "MID") return "Mid-" + whole;
    if (mod == "END") return "Late " + whole;
    return whole;
}

std::string calendar_words(const std::string& v, const std::string& mod) {
    const std::string_view value(v);
    if (value.size() >= 4 && all_digits(value.substr(0, 4))) {
        const std::string year = v.substr(0, 4);
        if (value.size() == 4) return with_part(mod, year);
        if (value[4] != '-') return "";
        const std::string_view rest = value.substr(5);
        if (rest.size() >= 2 && all_digits(rest.substr(0, 2))) {
            const int month = to_int(rest.substr(0, 2));
            if (month < 1 || month > 12) return "";
            const std::string month_year = std::string(month_name(month)) + " " + year;
            if (rest.size() == 2) return with_part(mod, month_year);
            if (rest.size() >= 5 && rest[2] == '-' && all_digits(rest.substr(3, 2))) {
                const int day = to_int(rest.substr(3, 2));
                if (day < 1 || day > 31) return "";
                const int y = to_int(year);
                if (day > calendar::days_in_month(y, month)) return "";
                const char* wd = weekday_name(calendar::weekday(calendar::Date{y, month, day}));
                return std::string(wd) + " " + std::to_string(day) + " " + month_year;  // a time reads as its day
            }
            return "";
        }
        if (rest == "SP") return "Spring " + year;
        if (rest == "SU") return "Summer " + year;
        if (rest == "FA") return "Autumn " + year;
        if (rest == "WI") return "Winter " + year;
        if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4')
            return with_part(mod, "Q" + std::string(1, rest[1]) + " " + year);
        if (rest == "H1") return "First half of " + year;
        if (rest == "H2") return "Second half of " + year;
        if (rest.size() >= 3 && rest[0] == 'W' && all_digits(rest.substr(1, 2))) {
            const std::string week = std::to_string(to_int(rest.substr(1, 2)));
            if (rest.size() == 6 && rest.substr(3) == "-WE") return "Weekend of week " + week + ", " + year;
            if (rest.size() == 3) return "Week " + week + " of " + year;
        }
        return "";
    }
    if (value.size() == 3 && all_digits(value)) {
        const std::string decade = v + "0s";
        if (mod == "START") return "The early " + decade;
        if (mod == "MID") return "The mid-" + decade;
        if (mod == "END") return "The late " + decade;
        return "The " + decade;
    }
    if (value.size() == 2 && all_digits(value)) return "The " + v + "00s";
    return "";
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

std::string duration_words(const std::string& value, const std::string& mod) {
    if (value.size() < 3 || value[0] != 'P') return "";
    const bool clock = value[1] == 'T';
    const std::string_view body = std::string_view(value).substr(clock ? 2 : 1);
    const char unit = body.back();
    const std::string_view amount = body.substr(0, body.size() - 1);
    const char* name = nullptr;
    if (clock) name = unit == 'H' ? "hour" : unit == 'M' ? "minute" : unit == 'S' ? "second" : nullptr;
    else if (unit == 'Y') name = "year";
    else if (unit == 'M') name = "month";
    else if (unit == 'W') name = "week";
    else if (unit == 'D') name = "day";
    else if (unit == 'Q') name = "quarter";
    else if (unit == 'E') name = "decade";
    else if (unit == 'C') name = "century";
    if (!name) return "";
    std::string words;
    if (amount == "X") words = std::string(name) == "century" ? "centuries" : std::string(name) + "s";
    else if (all_digits(amount)) {
        const int n = to_int(amount);
        words = std::to_string(n) + " " + name;
        if (n != 1) words = std::string(name) == "century" ? std::to_string(n) + " centuries" : words + "s";
    } else {
        return "";
    }
    if (mod == "APPROX") return "about " + words;
    if (mod == "MORE_THAN") return "more than " + words;
    if (mod == "LESS_THAN") return "less than " + words;
    if (mod == "EQUAL_OR_MORE") return "at least " + words;
    if (mod == "EQUAL_OR_LESS") return "at most " + words;
    return words;
}

std::string event_date_words(const Event& e) {
    std::string words = span_words(e);
    if (words.empty()) words = human_date(e.when.value, e.when.mod);
    if (words.empty()) words = duration_words(e.when.value, e.when.mod);
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

std::string human_date(const std::string& value, const std::string& mod) {
    std::string words = calendar_words(value, mod);
    if (words.empty()) return words;
    auto lower_first = [](std::string s) {
        // "The 1990s" reads "the 1990s" after a preposition; months and numbers keep their case.
        if (s.rfind("The ", 0) == 0 || s.rfind("Early ", 0) == 0 || s.rfind("Late ", 0) == 0 ||
            s.rfind("Mid-", 0) == 0 || s.rfind("Week", 0) == 0 || s.rfind("First", 0) == 0 ||
            s.rfind("Second", 0) == 0)
            s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
        return s;
    };
    if (mod == "APPROX") return "Around " + lower_first(words);
    if (mod == "BEFORE") return "Before " + lower_first(words);
    if (mod == "AFTER") return "After " + lower_first(words);
    if (mod == "ON_OR_BEFORE") return "By " + lower_first(words);
    if (mod == "ON_OR_AFTER") return "From " + lower_first(words);
    return words;
}

std::string span_words(const Event& e) {
    calendar::Date start, end;
    if (e.when.value.empty() || e.when.value[0] != 'P' || !calendar::parse_iso_date(e.interval.start, start) ||
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
