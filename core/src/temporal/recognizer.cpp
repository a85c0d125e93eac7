// recognizer.cpp — a token-level matcher for English news time expressions. At each token every pattern is
// tried and the longest match wins; values come from the lexicon tables and calendar arithmetic.
#include "temporal/recognizer.hpp"

#include <cctype>

#include "temporal/granular.hpp"
#include "temporal/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::temporal {

namespace {

using calendar::Date;
using text::one_of;

using text::Tok;

bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

int to_int(std::string_view s) {
    if (!is_digits(s) || s.size() > 6) return -1;
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// "6th" -> 6, "6" -> 6; 0 when not a day number.
int day_number(std::string_view s) {
    size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    if (digits == 0 || digits > 2) return 0;
    const std::string_view suffix = s.substr(digits);
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    const int d = to_int(s.substr(0, digits));
    return d >= 1 && d <= 31 ? d : 0;
}

int year_number(std::string_view s) {
    if (s.size() != 4) return 0;
    const int y = to_int(s);
    return y >= 1000 && y <= 2199 ? y : 0;
}

// Number words, digits and hyphenated compounds ("twenty-five"); -1 when not a number.
int cardinal(std::string_view lower) {
    if (is_digits(lower)) return to_int(lower);
    const int n = number_word(lower);
    if (n >= 0) return n;
    const size_t dash = lower.find('-');
    if (dash != std::string_view::npos) {
        const int tens = number_word(lower.substr(0, dash));
        const int ones = number_word(lower.substr(dash + 1));
        if (tens >= 20 && tens % 10 == 0 && ones >= 1 && ones <= 9) return tens + ones;
    }
    return -1;
}


// Words after which a bare month name or year is a date, not a verb or a count.
bool date_preposition(std::string_view w) {
    return one_of(w, {"in", "since", "until", "till", "by", "from", "of", "before", "after", "during", "through",
                      "to", "between", "and", "or", "throughout", "early", "late", "mid", "last", "next", "this",
                      "that", "for", "fiscal", "around", "circa", "in", "on", "as", "at", "the"});
}

class Scanner {
public:
    Scanner(std::string_view text, const Document& doc, uint32_t first, uint32_t count, const Context& ctx)
        : ctx_(ctx) {
        Sentence range;
        range.first_token = first;
        range.token_count = count;
        toks_ = text::sentence_tokens(text, doc, range);
        // "Friday's", "today’s": the possessive is not part of the time expression
        for (Tok& t : toks_)
            for (std::string_view pos : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
                if (t.kind == TokenKind::Word && t.text.size() > pos.size() + 2 &&
                    t.text.substr(t.text.size() - pos.size()) == pos) {
                    t.text.remove_suffix(pos.size());
                    t.span.end -= static_cast<uint32_t>(pos.size());
                    t.lower = text::lowered(t.text);
                }
    }

    // Whether the clause around token `i` speaks of the future: a future marker shortly before it.
    bool future_at(size_t i) const {
        const size_t from = i > 8 ? i - 8 : 0;
        for (size_t k = from; k < i && k < toks_.size(); ++k)
            if (is_future_marker(toks_[k].lower) || (toks_[k].lower == "set" && is(k + 1, "to"))) return true;
        for (size_t k = i; k < i + 3 && k < toks_.size(); ++k)
            if (toks_[k].lower == "will") return true;
        return false;
    }

    void run(std::vector<Found>& out) {
        size_t i = 0;
        while (i < toks_.size()) {
            Found best;
            size_t best_len = 0;
            try_all(i, best, best_len);
            if (best_len == 0) { ++i; continue; }
            best.span = {toks_[i].span.start, toks_[i + best_len - 1].span.end};
            if (best.resolved_day) last_day_ = best.day, has_last_day_ = true;
            out.push_back(best);
            i += best_len;
        }
    }

private:
    const Context& ctx_;
    std::vector<Tok> toks_;
    bool future_ = false;  // set per match start by try_all
    bool has_last_day_ = false;  // the last day named in this sentence: clock times attach to it
    Date last_day_;

    const std::string& low(size_t i) const {
        static const std::string empty;
        return i < toks_.size() ? toks_[i].lower : empty;
    }
    bool is(size_t i, std::string_view w) const { return i < toks_.size() && toks_[i].lower == w; }
    bool adjacent(size_t a, size_t b) const { return toks_[a].span.end == toks_[b].span.start; }

    void consider(Found f, size_t len, Found& best, size_t& best_len) const {
        if (len > best_len) best = std::move(f), best_len = len;
    }

    // ---- modifier prefixes ------------------------------------------------------------------------------------

    // "early", "late", "mid", "the end of", "the beginning of", "the middle of": returns tokens used.
    size_t point_modifier(size_t i, std::string& mod) const {
        if (is(i, "early")) return mod = "START", 1;
        if (is(i, "late")) return mod = "END", 1;
        if (is(i, "mid")) return mod = "MID", 1;
        if (is(i, "the") && is(i + 2, "of")) {
            if (one_of(low(i + 1), {"end", "close"})) return mod = "END", 3;
            if (one_of(low(i + 1), {"beginning", "start"})) return mod = "START", 3;
            if (is(i + 1, "middle")) return mod = "MID", 3;
        }
        return 0;
    }

    // "about", "nearly", "more than", "at least", "up to": returns tokens used.
    size_t amount_modifier(size_t i, std::string& mod) const {
        if ((is(i, "more") || is(i, "less") || is(i, "fewer")) && is(i + 1, "than"))
            return mod = is(i, "more") ? "MORE_THAN" : "LESS_THAN", 2;
        if (is(i, "at") && is(i + 1, "least")) return mod = "EQUAL_OR_MORE", 2;
        if (is(i, "at") && is(i + 1, "most")) return mod = "EQUAL_OR_LESS", 2;
        if (is(i, "up") && is(i + 1, "to")) return mod = "EQUAL_OR_LESS", 2;
        if (is(i, "no") && is(i + 1, "more") && is(i + 2, "than")) return mod = "EQUAL_OR_LESS", 3;
        if (is(i, "just") && (is(i + 1, "over") || is(i + 1, "under"))) {
            mod = is(i + 1, "over") ? "MORE_THAN" : "LESS_THAN";
            return 2;
        }
        if (i < toks_.size() && !is(i + 1, "the")) {  // "over the past two months": a preposition
            const char* m = modifier_mod(low(i));
            if (m && !one_of(low(i), {"early", "late", "mid", "end", "start", "beginning", "middle"}))
                return mod = m, 1;
        }
        return 0;
    }

    // ---- the patterns --------------------------------------------------------------------------------------------

    void try_all(size_t i, Found& best, size_t& best_len) {
        future_ = future_at(i);
        std::string mod;
        size_t pre = point_modifier(i, mod);
        if (pre) {
            Found f;
            size_t n = point_core(i + pre, f);
            if (n) {
                if (f.mod.empty()) f.mod = mod;
                consider(f, pre + n, best, best_len);
            }
        }
        using Matcher = size_t (Scanner::*)(size_t, Found&);
        auto try_plain = [&](std::initializer_list<Matcher> matchers) {
            for (Matcher match : matchers) {
                Found f;
                if (const size_t n = (this->*match)(i, f)) consider(f, n, best, best_len);
            }
        };
        try_plain({&Scanner::mid_compound, &Scanner::point_core});
        std::string amount;
        size_t apre = amount_modifier(i, amount);
        {
            Found f;
            size_t n = duration(i + apre, f);
            if (n) {
                if (apre) f.mod = amount;
                consider(f, apre + n, best, best_len);
            }
        }
        try_plain({&Scanner::clock_time, &Scanner::set_expression, &Scanner::vague});
    }

    // Everything that names a point or period on the calendar.
    size_t point_core(size_t i, Found& f) {
        size_t best = 0;
        Found tmp;
        auto take = [&](size_t n) {
            if (n > best) best = n, f = tmp;
            tmp = Found{};
        };
        take(month_date(i, tmp));
        take(day_month(i, tmp));
        take(numeric_date(i, tmp));
        take(year(i, tmp));
        take(decade(i, tmp));
        take(quarter(i, tmp));
        take(season(i, tmp));
        take(weekday(i, tmp));
        take(deictic(i, tmp));
        take(shifted(i, tmp));
        take(ago(i, tmp));
        take(reference_step(i, tmp));
        take(reporting_period(i, tmp));
        take(weekend(i, tmp));
        return best;
    }

    // "mid-2026", "mid-March": one token.
    size_t mid_compound(size_t i, Found& f) {
        if (i >= toks_.size()) return 0;
        const std::string& w = low(i);
        if (w.rfind("mid-", 0) != 0) return 0;
        const std::string_view rest = std::string_view(w).substr(4);
        if (const int y = year_number(rest)) {
            f.type = "DATE", f.value = calendar::format_year(y), f.mod = "MID";
            return 1;
        }
        if (const int m = month_number(rest)) {
            f.type = "DATE", f.value = month_value(m, 0), f.mod = "MID";
            if (year_number(low(i + 1))) f.value = calendar::format_month(year_number(low(i + 1)), m);
            return year_number(low(i + 1)) ? 2 : 1;
        }
        return 0;
    }

    // Year-less month: the year that keeps it on the right side of the DCT for the clause's tense.
    std::string month_value(int month, int year) const {
        if (year) return calendar::format_month(year, month);
        if (!ctx_.has_dct) return "XXXX-" + two(month);
        // Future clauses look forward; otherwise the month is this year's unless that lies more than half a
        // year ahead ("early December" in an April article is last December, "in May" is this May).
        int y = ctx_.dct.year;
        if (future_) {
            if (month < ctx_.dct.month) ++y;
        } else if (month - ctx_.dct.month > 6) {
            --y;
        } else if (month - ctx_.dct.month < -8) {
            ++y;  // "in January" written in November is the coming January
        }
        return calendar::format_month(y, month);
    }

    static std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

    int month_at(size_t i, bool& abbreviated) const {
        if (i >= toks_.size() || toks_[i].kind != TokenKind::Word || !text::is_capitalized(toks_[i].text)) return 0;
        const int m = month_number(low(i));
        abbreviated = m && low(i).size() <= 4 && low(i) != "june" && low(i) != "july" && low(i) != "may";
        return m;
    }

    void set_day(Found& f, const Date& d, bool explicit_day) const {
        f.type = "DATE", f.value = calendar::format_day(d), f.resolved_day = true, f.day = d;
        f.explicit_day = explicit_day;
    }

    size_t year_after(size_t i, int& y) const {
        if (is(i, ",") && (y = year_number(low(i + 1)))) return 2;
        if ((y = year_number(low(i)))) return 1;
        return 0;
    }

    // "March 6, 2025", "Mar. 6", "March 2025", "March"
    size_t month_date(size_t i, Found& f) {
        bool abbreviated = false;
        const int m = month_at(i, abbreviated);
        if (!m) return 0;
        size_t j = i + 1;
        if (abbreviated && is(j, ".")) ++j;
        if (const int d = day_number(low(j))) {
            size_t n = j + 1 - i;
            int y = 0;
            n += year_after(j + 1, y);
            Date date{y, m, d};
            if (!y) {
                if (!ctx_.has_dct) {
                    f.type = "DATE", f.value = "XXXX-" + two(m) + "-" + two(d);
                    return n;
                }
                date.year = std::stoi(month_value(m, 0).substr(0, 4));
            }
            if (d > calendar::days_in_month(date.year, m)) return 0;  // "February 30" is not a date
            set_day(f, date, y != 0);
            return n;
        }
        int y = 0;
        if (is(j, "of") && year_number(low(j + 1))) ++j;
        if (size_t n = year_after(j, y); n && y) {
            f.type = "DATE", f.value = calendar::format_month(y, m);
            return j + n - i;
        }
        if (abbreviated) return 0;
        // "June last year", "March next year"
        if ((is(j, "last") || is(j, "next") || is(j, "this")) && is(j + 1, "year") && ctx_.has_dct) {
            f.type = "DATE";
            f.value = calendar::format_month(ctx_.dct.year + (is(j, "last") ? -1 : is(j, "next") ? 1 : 0), m);
            return j + 2 - i;
        }
        // A bare month name needs a date word before it: "in March", "early March", not "May I".
        const bool introduced = i > 0 && date_preposition(low(i - 1));
        if (!introduced) return 0;
        f.type = "DATE", f.value = month_value(m, 0);
        return 1;
    }

    // "6 March 2025", "6th of March"
    size_t day_month(size_t i, Found& f) {
        const int d = day_number(low(i));
        if (!d || toks_[i].kind != TokenKind::Number) return 0;
        size_t j = i + 1;
        if (is(j, "of")) ++j;
        bool abbreviated = false;
        const int m = month_at(j, abbreviated);
        if (!m) return 0;
        ++j;
        if (abbreviated && is(j, ".")) ++j;
        int y = 0;
        j += year_after(j, y);
        if (!y && !ctx_.has_dct) {
            f.type = "DATE", f.value = "XXXX-" + two(m) + "-" + two(d);
            return j - i;
        }
        Date date{y ? y : std::stoi(month_value(m, 0).substr(0, 4)), m, d};
        if (d > calendar::days_in_month(date.year, m)) return 0;
        set_day(f, date, y != 0);
        return j - i;
    }

    // "2025-03-06" (ISO) and "6/3/2025" (US month/day/year unless the first part is over 12: then day/month).
    size_t numeric_date(size_t i, Found& f) {
        if (i >= toks_.size() || toks_[i].kind != TokenKind::Number) return 0;
        const std::string_view s = toks_[i].text;
        if (year_number(s) && i + 4 < toks_.size() && toks_[i + 1].text == "-" && toks_[i + 3].text == "-" &&
            adjacent(i, i + 1) && adjacent(i + 1, i + 2) && adjacent(i + 2, i + 3) && adjacent(i + 3, i + 4)) {
            const int m = to_int(toks_[i + 2].text), d = to_int(toks_[i + 4].text);
            const int y = year_number(s);
            if (m >= 1 && m <= 12 && d >= 1 && d <= calendar::days_in_month(y, m)) {
                set_day(f, Date{y, m, d}, true);
                return 5;
            }
            return 0;
        }
        // "1998-99": a span of two years, named by the first.
        if (year_number(s) && i + 2 < toks_.size() && toks_[i + 1].text == "-" && adjacent(i, i + 1) &&
            adjacent(i + 1, i + 2) && toks_[i + 2].text.size() == 2 && is_digits(toks_[i + 2].text)) {
            const int y = year_number(s);
            if ((y + 1) % 100 == to_int(toks_[i + 2].text)) {
                f.type = "DATE", f.value = calendar::format_year(y);
                return 3;
            }
        }
        const size_t a = s.find('/');
        if (a == std::string_view::npos) return 0;
        const size_t b = s.find('/', a + 1);
        if (b == std::string_view::npos) return 0;
        int p = to_int(s.substr(0, a)), q = to_int(s.substr(a + 1, b - a - 1)), y = to_int(s.substr(b + 1));
        if (p < 1 || q < 1 || y < 0) return 0;
        if (s.size() - b - 1 == 2) y += y < 50 ? 2000 : 1900;
        else if (s.size() - b - 1 != 4) return 0;
        int m = p, d = q;
        if (p > 12) m = q, d = p;
        if (m > 12 || d > calendar::days_in_month(y, m)) return 0;
        set_day(f, Date{y, m, d}, true);
        return 1;
    }

    // "2011", "fiscal 1999"
    size_t year(size_t i, Found& f) const {
        size_t j = i;
        const bool fiscal = is(i, "fiscal");
        if (fiscal) ++j;
        if (j >= toks_.size() || toks_[j].kind != TokenKind::Number) return 0;
        const int y = year_number(toks_[j].text);
        if (!y || y < 1800 || y > 2100) return 0;
        // A four-digit number is a count, not a year, when money or a counted noun goes with it.
        if (j > 0 && (toks_[j - 1].text == "$" || one_of(low(j - 1), {"about", "some", "nearly", "than"}))) return 0;
        if (j + 1 < toks_.size()) {
            const std::string& next = low(j + 1);
            if (next == "%" || next == "percent") return 0;
            // "a 2000-strong crowd", "a 1500-page report": a count glued to a noun
            if (next == "-" && j + 2 < toks_.size() && adjacent(j, j + 1) && adjacent(j + 1, j + 2) &&
                toks_[j + 2].kind == TokenKind::Word && !month_number(low(j + 2)))
                return 0;
            const bool plural = toks_[j + 1].kind == TokenKind::Word && next.size() > 3 && next.back() == 's' &&
                                !one_of(next, {"was", "has", "this", "its", "his", "as", "is", "hers", "always"});
            if (plural && !(j > 0 && date_preposition(low(j - 1)))) return 0;
        }
        f.type = "DATE", f.value = calendar::format_year(y);
        return j + 1 - i;
    }

    // "the 1990s", "'90s", "the early 2000s"
    size_t decade(size_t i, Found& f) {
        size_t j = i;
        if (is(j, "the")) ++j;
        std::string mod;
        j += point_modifier(j, mod);
        if (j < toks_.size() && toks_[j].kind == TokenKind::OpenQuote && j + 1 < toks_.size() && adjacent(j, j + 1)) {
            const std::string& w = low(j + 1);
            if (w.size() == 3 && w[2] == 's' && is_digits(w.substr(0, 2))) {
                f.type = "DATE", f.value = std::string(w[0] >= '3' ? "19" : "20") + w[0], f.mod = mod;
                return j + 2 - i;
            }
        }
        if (mod.empty() && low(j).rfind("mid-", 0) == 0) {  // "the mid-1960s"
            const std::string_view rest = std::string_view(low(j)).substr(4);
            if (rest.size() == 5 && rest[4] == 's' && rest[3] == '0' && is_digits(rest.substr(0, 4))) {
                f.type = "DATE", f.value = std::string(rest.substr(0, 3)), f.mod = "MID";
                return j + 1 - i;
            }
        }
        const std::string& w = low(j);
        if (w.size() == 5 && w[4] == 's' && is_digits(w.substr(0, 4)) && w[3] == '0') {
            f.type = "DATE", f.value = w.substr(0, 3), f.mod = mod;
            return j + 1 - i;
        }
        // "the 20th century" -> 19
        const int ord = ordinal_word(w) > 0 ? ordinal_word(w) : day_number(w);
        if (ord > 0 && is(j + 1, "century")) {
            f.type = "DATE", f.value = two(ord - 1), f.mod = mod;
            return j + 2 - i;
        }
        return 0;
    }

    // "the third quarter (of 2025)", "third-quarter", "Q3", "the first half"
    size_t quarter(size_t i, Found& f) {
        size_t j = i;
        if (is(j, "the")) ++j;
        int n = 0;
        bool half = false;
        size_t used = 0;
        const std::string& w = low(j);
        if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') n = w[1] - '0', used = 1;
        else if (const size_t dash = w.find('-'); dash != std::string::npos) {
            const int o = ordinal_word(std::string_view(w).substr(0, dash));
            const std::string_view unit = std::string_view(w).substr(dash + 1);
            if (o >= 1 && o <= 4 && unit == "quarter") n = o, used = 1;
            if (o >= 1 && o <= 2 && unit == "half") n = o, half = true, used = 1;
        } else {
            const int o = ordinal_word(w);
            if (o >= 1 && o <= 4 && is(j + 1, "quarter")) n = o, used = 2;
            if (o >= 1 && o <= 2 && is(j + 1, "half")) n = o, half = true, used = 2;
        }
        if (!n) return 0;
        j += used;
        int y = 0;
        if (is(j, "of") && (y = year_number(low(j + 1)))) j += 2;
        else if ((y = year_number(low(j)))) j += 1;
        std::string yy;
        if (y) yy = calendar::format_year(y);
        else if (ctx_.has_dct) {
            const int now = half ? (ctx_.dct.month - 1) / 6 + 1 : (ctx_.dct.month - 1) / 3 + 1;
            int year_of = ctx_.dct.year;
            if (!future_ && n > now) --year_of;
            yy = calendar::format_year(year_of);
        } else yy = "XXXX";
        f.type = "DATE", f.value = yy + (half ? "-H" : "-Q") + std::to_string(n);
        return j - i;
    }

    // "spring", "last summer", "winter 2024"
    size_t season(size_t i, Found& f) {
        size_t j = i;
        int shift = 0;
        bool marked = false;
        if (is(j, "the") && j + 1 < toks_.size() && season_code(low(j + 1))) ++j;  // "the summer"
        else if (is(j, "last") || is(j, "next") || is(j, "this")) {
            shift = is(j, "last") ? -1 : is(j, "next") ? 1 : 0;
            marked = true;
            if (is(j, "this") && is(j + 1, "past")) shift = -1, ++j;  // "this past spring"
            ++j;
        }
        const char* code = j < toks_.size() ? season_code(low(j)) : nullptr;
        if (!code) return 0;
        size_t year_len = 0;
        int y = year_number(low(j + 1));
        if (y) year_len = 1;
        else if (is(j + 1, "of") && (y = year_number(low(j + 2)))) year_len = 2;  // "the spring of 2026"
        // "the fall of Kabul" is a defeat, not a season
        if (low(j) == "fall" && !y && is(j + 1, "of")) return 0;
        const bool introduced = marked || y || (j > 0 && date_preposition(low(j - 1)));
        if (!introduced || (low(j) == "fall" && !marked && !(j > 0 && one_of(low(j - 1), {"the", "this"}))))
            return 0;
        const int start_month = code[0] == 'S' ? (code[1] == 'P' ? 3 : 6) : code[0] == 'F' ? 9 : 12;
        std::string yy = "XXXX";
        if (y) yy = calendar::format_year(y);
        else if (ctx_.has_dct) {
            int year_of = ctx_.dct.year;
            if (marked) {
                // January and February belong to the winter that began the December before
                int month = ctx_.dct.month, base = ctx_.dct.year;
                if (start_month == 12 && month < 3) month += 12, --base;
                // "last spring" is the last one that has ended; "next spring" the next one to begin
                if (shift < 0) year_of = base - (start_month + 3 <= month ? 0 : 1);
                if (shift > 0) year_of = base + (start_month > month ? 0 : 1);
            } else if (!future_ && start_month > ctx_.dct.month) {
                --year_of;
            }
            yy = calendar::format_year(year_of);
        }
        f.type = "DATE", f.value = yy + "-" + code;
        return j + 1 + year_len - i;
    }

    // "Friday", "late Friday" (via the modifier), "Friday night", "last Friday", "next Monday"
    size_t weekday(size_t i, Found& f) {
        size_t j = i;
        int direction = future_ ? 1 : -1;
        bool strict = false;
        if (is(j, "last") || is(j, "next") || is(j, "this") || is(j, "past") || is(j, "coming")) {
            direction = (is(j, "next") || is(j, "coming")) ? 1 : is(j, "this") ? direction : -1;
            strict = !is(j, "this");
            ++j;
        }
        if (j >= toks_.size() || !text::is_capitalized(toks_[j].text)) return 0;
        const int wd = weekday_number(low(j));
        if (!wd || low(j).size() < 6) return 0;
        // "the Sunday Times", "the Monday Club": a name, not a day
        if (j == i && i > 0 && is(i - 1, "the") && j + 1 < toks_.size() && toks_[j + 1].kind == TokenKind::Word &&
            text::is_capitalized(toks_[j + 1].text) && !month_number(low(j + 1)))
            return 0;
        ++j;
        Date d;
        if (ctx_.has_dct) {
            const int today = calendar::weekday(ctx_.dct);
            long delta = wd - today;
            if (direction < 0) {
                if (delta > 0 || (strict && delta == 0)) delta -= 7;
            } else if (delta < 0 || (strict && delta == 0)) {
                delta += 7;
            }
            d = calendar::add_days(ctx_.dct, delta);
            set_day(f, d, false);
        } else {
            f.type = "DATE", f.value = "XXXX-WXX-" + std::to_string(wd);
        }
        // "Friday, Oct. 13" and "Saturday, April 25": the written date decides
        {
            const size_t k = is(j, ",") ? j + 1 : j;
            Found dated;
            size_t n = month_date(k, dated);
            if (!n) n = day_month(k, dated);
            if (n && dated.resolved_day) {
                f = dated;
                return k + n - i;
            }
        }
        if (const char* pod = j < toks_.size() ? part_of_day(low(j)) : nullptr) {
            f.type = "TIME", f.value += std::string("T") + pod;
            ++j;
        }
        return j - i;
    }

    // today, yesterday, tomorrow, tonight, "this morning", "last night", "yesterday afternoon"
    size_t deictic(size_t i, Found& f) {
        long shift = 0;
        size_t j = i;
        const char* pod = nullptr;
        if (is(j, "today")) shift = 0, ++j;
        else if (is(j, "yesterday")) shift = -1, ++j;
        else if (is(j, "tomorrow")) shift = 1, ++j;
        else if (is(j, "tonight")) shift = 0, pod = "NI", ++j;
        else if (is(j, "this") && (pod = part_of_day(low(j + 1)))) j += 2;
        else if (is(j, "last") && is(j + 1, "night")) shift = -1, pod = "NI", j += 2;
        else return 0;
        if (!pod && j < toks_.size() && j > i && (pod = part_of_day(low(j)))) ++j;
        if (ctx_.has_dct) set_day(f, calendar::add_days(ctx_.dct, shift), false);
        else f.type = "DATE", f.value = shift == 0 ? "PRESENT_REF" : "XXXX-XX-XX";
        if (pod) {
            f.type = "TIME";
            if (ctx_.has_dct) f.value += std::string("T") + pod;
        }
        return j - i;
    }

    // "last week", "next year", "this month", "last March", "earlier this year", "later this month"
    size_t shifted(size_t i, Found& f) {
        size_t j = i;
        if ((is(j, "earlier") || is(j, "later")) && is(j + 1, "this")) ++j;
        int shift;
        if (is(j, "last") || is(j, "previous")) shift = -1;
        else if (is(j, "next") || is(j, "coming")) shift = 1;
        else if (is(j, "this") || is(j, "current")) shift = 0;
        else return 0;
        if (i > 0 && is(i - 1, "the")) return 0;  // "the last year" is a duration, handled there
        if (is(j, "this") && is(j + 1, "past") && i == j) shift = -1, ++j;  // "this past weekend"
        ++j;
        if (j >= toks_.size()) return 0;
        bool abbreviated = false;
        if (const int m = month_at(j, abbreviated); m && !abbreviated) {
            if (!ctx_.has_dct) {
                f.type = "DATE", f.value = "XXXX-" + two(m);
                return j + 1 - i;
            }
            int y = ctx_.dct.year;
            if (shift < 0 && m >= ctx_.dct.month) --y;
            if (shift > 0 && m <= ctx_.dct.month) ++y;
            f.type = "DATE", f.value = calendar::format_month(y, m);
            return j + 1 - i;
        }
        const Unit unit = unit_word(low(j));
        if (unit == Unit::None || unit_is_time(unit) || low(j).back() == 's') return 0;
        f.type = "DATE";
        f.value = shift_value(ctx_.has_dct, ctx_.dct, unit, shift);
        if (unit == Unit::Day) return 0;  // "this day" is rare and "next day" is a reference step
        return j + 1 - i;
    }

    // "two years ago", "a week earlier", "three days later", "a few months ago"
    size_t ago(size_t i, Found& f) {
        size_t j = i;
        int n = cardinal(low(j));
        bool vague_count = false;
        if (is(j, "a") && (is(j + 1, "few") || is(j + 1, "couple"))) vague_count = true, j += 2, n = 3;
        else if (is(j, "several") || is(j, "few") || is(j, "many")) vague_count = true, ++j, n = 3;
        else if (n < 0) return 0;
        else ++j;
        if (is(j, "of")) ++j;
        const Unit unit = unit_word(low(j));
        if (unit == Unit::None) return 0;
        ++j;
        const bool from_dct = is(j, "ago");
        const bool back = from_dct || is(j, "earlier") || is(j, "before");
        const bool forward = is(j, "later") || is(j, "after") || is(j, "hence");
        if (!back && !forward) return 0;
        if ((is(j, "before") || is(j, "after")) && j + 1 < toks_.size() && toks_[j + 1].kind == TokenKind::Word)
            return 0;  // "two days before the vote" is a duration followed by a preposition
        ++j;
        const bool use_reference = !from_dct && ctx_.has_reference;
        const bool known = use_reference || ctx_.has_dct;
        const Date base = use_reference ? ctx_.reference : ctx_.dct;
        f.type = "DATE";
        f.relative = use_reference;
        if (vague_count) {
            f.value = back ? "PAST_REF" : "FUTURE_REF";
            return j - i;
        }
        f.value = shift_value(known, base, unit, back ? -n : n);
        // Earnings reports compare quarters: "a year ago" there is the reported quarter one year back.
        if (from_dct && unit == Unit::Year && n == 1 && ctx_.has_dct && mentions_quarter()) f.value = period_value(-5);
        if (unit == Unit::Day && known) set_day(f, calendar::add_days(base, back ? -n : n), false), f.relative = use_reference;
        if (unit_is_time(unit)) f.type = "TIME";
        return j - i;
    }

    // Business-news periods: "the quarter", "the latest quarter", "the year-earlier period", "the fiscal year".
    // A quarter or period without a number is the one just reported, the quarter before the DCT's.
    size_t reporting_period(size_t i, Found& f) {
        if (!one_of(low(i), {"the", "this", "that"}) && !is_year_ago(low(i))) return 0;
        size_t j = one_of(low(i), {"the", "this", "that"}) ? i + 1 : i;
        bool current = is(i, "this"), year_ago = false, latest = false;
        int written_year = 0, ordinal = 0;
        while (j < toks_.size()) {
            if (one_of(low(j), {"latest", "current", "fiscal", "full", "comparable", "same", "recent", "most",
                                "year-ago", "year-earlier", "just-ended"})) {
                if (is(j, "current")) current = true;
                if (is_year_ago(low(j))) year_ago = true;
                if (one_of(low(j), {"latest", "recent", "just-ended"})) latest = true;
            } else if (year_number(low(j)) && toks_[j].kind == TokenKind::Number) {
                written_year = year_number(low(j));
            } else if (const int o = ordinal_word(low(j)); o >= 1 && o <= 4 && is(j + 1, "quarter")) {
                ordinal = o;
            } else {
                break;
            }
            ++j;
        }
        const bool quarter = is(j, "quarter"), period = is(j, "period"), year = is(j, "year");
        if (quarter && (ordinal || written_year) && ctx_.has_dct) {
            // "the 1988 third quarter", "the year-ago third quarter", "the 1988 quarter"
            const std::string reported = period_value(-1);
            const int y = written_year ? written_year : ctx_.dct.year - (year_ago ? 1 : 0);
            f.type = "DATE";
            f.value = calendar::format_year(y) + "-Q" + (ordinal ? std::to_string(ordinal) : reported.substr(6));
            return j + 1 - i;
        }
        if (period && written_year && ctx_.has_dct) {
            f.type = "DATE", f.value = calendar::format_year(written_year) + "-Q" + period_value(-1).substr(6);
            return j + 1 - i;
        }
        if (!quarter && !period && !year) {
            // "year-earlier results": the adjective alone names last year (or last year's quarter)
            if (is_year_ago(low(i)) && j == i + 1) {
                f.type = "DATE";
                f.value = mentions_quarter() ? period_value(-5) : shift_value(ctx_.has_dct, ctx_.dct, Unit::Year, -1);
                return 1;
            }
            return 0;
        }
        if (period && !latest && !year_ago) return 0;
        if (is(i, "that") && !year_ago) return 0;  // "that year" needs the narrative, not the DCT
        f.type = "DATE";
        if (year) {
            f.value = shift_value(ctx_.has_dct, ctx_.dct, Unit::Year, year_ago ? -1 : 0);
        } else {
            f.value = current ? period_value(0) : period_value(year_ago ? -5 : -1);
        }
        return j + 1 - i;
    }

    static bool is_year_ago(std::string_view w) { return w == "year-ago" || w == "year-earlier"; }

    bool mentions_quarter() const {
        for (const Tok& t : toks_)
            if (t.lower == "quarter" || t.lower.find("-quarter") != std::string::npos) return true;
        return false;
    }

    std::string period_value(int quarters_from_dct) const {
        return shift_value(ctx_.has_dct, ctx_.dct, Unit::Quarter, quarters_from_dct);
    }

    // "the weekend": the one just past unless the clause looks ahead
    size_t weekend(size_t i, Found& f) {
        if (!is(i, "the") || !is(i + 1, "weekend")) return 0;
        f.type = "DATE";
        int shift = 0;
        if (ctx_.has_dct && !future_ && calendar::weekday(ctx_.dct) < 6) shift = -1;
        f.value = shift_value(ctx_.has_dct, ctx_.dct, Unit::Weekend, shift);
        return 2;
    }

    // "the next day", "the following week", "the day before", "the previous day", "a day later" (in ago())
    size_t reference_step(size_t i, Found& f) {
        if (!is(i, "the")) return 0;
        size_t j = i + 1;
        int shift = 0;
        if (one_of(low(j), {"next", "following"})) shift = 1, ++j;
        else if (one_of(low(j), {"previous", "preceding"})) shift = -1, ++j;
        Unit unit = unit_word(low(j));
        if (unit == Unit::None || unit_is_time(unit) || low(j).back() == 's') return 0;
        ++j;
        if (shift == 0) {
            if (is(j, "before")) shift = -1;
            else if (is(j, "after")) shift = 1;
            else return 0;
            // "the day after the vote" names a day relative to an event, not to the reference
            if (j + 1 < toks_.size() && toks_[j + 1].kind == TokenKind::Word) return 0;
            ++j;
        }
        const bool use_reference = ctx_.has_reference;
        const bool known = use_reference || ctx_.has_dct;
        const Date base = use_reference ? ctx_.reference : ctx_.dct;
        f.type = "DATE", f.relative = use_reference;
        f.value = shift_value(known, base, unit, shift);
        if (unit == Unit::Day && known) set_day(f, calendar::add_days(base, shift), false), f.relative = use_reference;
        return j - i;
    }

    // "three days", "five-decade-long", "30-day", "the past two months", "for years", "a decade"
    size_t duration(size_t i, Found& f) {
        if (i >= toks_.size()) return 0;
        size_t j = i;
        bool with_the = false;
        if (is(j, "the") && one_of(low(j + 1), {"past", "last", "next", "coming", "previous", "first"})) {
            with_the = true;
            j += 2;
        } else if (one_of(low(j), {"past", "over"}) && i > 0 && is(i - 1, "the")) {
            return 0;
        }
        // One hyphenated word: "five-decade-long", "two-year", "30-day" (digits come as their own token)
        if (!with_the) {
            if (toks_[j].kind == TokenKind::Word && toks_[j].lower.find('-') != std::string::npos) {
                std::vector<std::string_view> parts = split(toks_[j].lower);
                if (parts.size() >= 2) {
                    const int n = cardinal(parts[0]);
                    const Unit u = unit_word(parts[1]);
                    // "two-year", "five-decade-long"; not ages ("136-year-old") nor fractions ("three-quarters")
                    const bool tail_ok = (parts.size() == 2 && parts[1].back() != 's') ||
                                         (parts.size() == 3 && parts[2] == "long");
                    if (n > 0 && u != Unit::None && u != Unit::Weekend && tail_ok) {
                        set_duration(f, n, u);
                        return j + 1 - i;
                    }
                    // "month-long", "week-long": one unit
                    const Unit single = unit_word(parts[0]);
                    if (parts.size() == 2 && parts[1] == "long" && single != Unit::None && single != Unit::Weekend &&
                        parts[0].back() != 's') {
                        set_duration(f, 1, single);
                        return j + 1 - i;
                    }
                }
            }
            if (toks_[j].kind == TokenKind::Number && j + 2 < toks_.size() && toks_[j + 1].text == "-" &&
                adjacent(j, j + 1) && adjacent(j + 1, j + 2)) {
                const int n = to_int(toks_[j].text);
                std::vector<std::string_view> parts = split(toks_[j + 2].lower);
                const Unit u = unit_word(parts[0]);
                const bool tail_ok = parts.size() == 1 || (parts.size() == 2 && parts[1] == "long");
                if (n > 0 && u != Unit::None && u != Unit::Weekend && tail_ok) {
                    set_duration(f, n, u);
                    return j + 3 - i;
                }
            }
        }
        // "for years", "for decades": the count is unknown
        if (!with_the && i > 0 && one_of(low(i - 1), {"for", "over", "in", "within", "took", "take", "lasted"}) &&
            j == i) {
            const Unit u = unit_word(low(j));
            if (u != Unit::None && u != Unit::Weekend && low(j).back() == 's') {
                f.type = "DURATION", f.value = std::string(unit_is_time(u) ? "PTX" : "PX") + unit_code(u);
                if (u == Unit::Quarter) f.value = "PXQ";
                return 1;
            }
        }
        int n = cardinal(low(j));
        size_t k = j + 1;
        bool unknown = false;
        if (n < 0) {
            if (one_of(low(j), {"several", "few", "many"})) unknown = true, n = 0;
            else if (is(j, "a") && (is(j + 1, "few") || is(j + 1, "couple"))) unknown = true, n = 0, k = j + 2;
            else if (with_the) n = 1, k = j;
            else return 0;
        }
        if (is(k, "and") && is(k + 1, "a") && is(k + 2, "half")) return 0;
        if (is(k, "of")) ++k;
        const Unit u = unit_word(low(k));
        if (u == Unit::None || u == Unit::Weekend) return 0;
        if (toks_[j].kind == TokenKind::Number && !is_digits(toks_[j].text)) return 0;
        // "two day talks" is a duration; "1988 second" and "1988 quarter" are not
        if (!unknown && n > 1 && low(k).back() != 's' && (n > 99 || u == Unit::Second || u == Unit::Quarter))
            return 0;
        // "$5 a year", "twice a week": a rate, not a span of time
        if ((is(j, "a") || is(j, "an") || is(j, "per")) && !with_the && j > 0 &&
            (toks_[j - 1].kind == TokenKind::Number || one_of(low(j - 1), {"times", "once", "twice", "percent"})))
            return 0;
        ++k;
        if (one_of(low(k), {"ago", "earlier", "later", "hence"})) return 0;  // a date, handled by ago()
        f.type = "DURATION";
        if (unknown) f.value = std::string(unit_is_time(u) ? "PTX" : "PX") + unit_code(u);
        else set_duration(f, n, u);
        return k - i;
    }

    static std::vector<std::string_view> split(std::string_view w) {
        std::vector<std::string_view> parts;
        size_t start = 0;
        while (true) {
            const size_t dash = w.find('-', start);
            parts.push_back(w.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
            if (dash == std::string_view::npos) break;
            start = dash + 1;
        }
        return parts;
    }

    static void set_duration(Found& f, int n, Unit u) {
        f.type = "DURATION";
        f.value = duration_value(n, u);
    }

    // "10:30 a.m.", "3 p.m.", "5pm", "noon", "midnight"
    size_t clock_time(size_t i, Found& f) {
        if (i >= toks_.size()) return 0;
        int hour = -1, minute = 0;
        size_t j = i;
        const std::string& w = low(i);
        if (w == "noon" || w == "midday") hour = 12, ++j;
        else if (w == "midnight") hour = 0, ++j;
        else if (toks_[i].kind == TokenKind::Number) {
            std::string_view s = w;
            bool meridiem_glued = false, pm = false;
            if (s.size() > 2 && (s.substr(s.size() - 2) == "am" || s.substr(s.size() - 2) == "pm")) {
                pm = s.substr(s.size() - 2) == "pm";
                s = s.substr(0, s.size() - 2);
                meridiem_glued = true;
            }
            size_t colon = s.find(':');
            const bool dot = colon == std::string_view::npos && (colon = s.find('.')) != std::string_view::npos;
            if (dot && s.size() - colon != 3) return 0;  // "9.30am" has two digits of minutes; "2.5pm" is no time
            hour = to_int(s.substr(0, colon));
            if (colon != std::string_view::npos) minute = to_int(s.substr(colon + 1));
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return 0;
            ++j;
            bool meridiem = meridiem_glued;
            if (!meridiem && one_of(low(j), {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})) {
                pm = low(j)[0] == 'p';
                meridiem = true;
                ++j;
            }
            if (!meridiem && (colon == std::string_view::npos || dot)) return 0;  // "9.30am", not "3.5 percent"
            if (!meridiem && !(i > 0 && one_of(low(i - 1), {"at", "by", "until", "before", "after", "around"})))
                return 0;
            if (meridiem && hour > 12) return 0;
            if (pm && hour < 12) hour += 12;
            if (!pm && meridiem && hour == 12) hour = 0;
        } else {
            return 0;
        }
        if (one_of(low(j), {"gmt", "utc", "et", "est", "edt", "pt", "pst", "bst", "cet"})) ++j;
        else if (is(j, "local") && is(j + 1, "time")) j += 2;
        std::string day = "XXXX-XX-XX";
        // "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": a day right after the time is its day
        {
            const size_t k = is(j, ",") ? j + 1 : j;
            Found dated;
            const size_t n = k < toks_.size() ? point_core(k, dated) : 0;
            if (n && dated.resolved_day) {
                f.type = "TIME", f.value = calendar::format_day(dated.day) + "T" + two(hour) + ":" + two(minute);
                f.resolved_day = true, f.day = dated.day;
                return k + n - i;
            }
        }
        // "7:15 on Monday morning": the day after "on" is the time's day; it keeps its own timex
        if (is(j, "on")) {
            Found dated;
            if (point_core(j + 1, dated) && dated.resolved_day) {
                f.type = "TIME", f.value = calendar::format_day(dated.day) + "T" + two(hour) + ":" + two(minute);
                return j - i;
            }
        }
        if (has_last_day_) day = calendar::format_day(last_day_);
        else if (ctx_.has_reference) day = calendar::format_day(ctx_.reference), f.relative = true;
        else if (ctx_.has_dct) day = calendar::format_day(ctx_.dct);
        f.type = "TIME", f.value = day + "T" + two(hour) + ":" + two(minute);
        return j - i;
    }

    // "every year", "each Monday", "every two weeks", "daily", "twice a year"
    size_t set_expression(size_t i, Found& f) {
        if (i >= toks_.size()) return 0;
        if (const char* v = set_adverb(low(i))) {
            // "paid annually" is a set; "a daily newspaper" names a kind of thing
            if (i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::Word && !one_of(low(i + 1), {"and", "or"}))
                return 0;
            f.type = "SET", f.value = v;
            return 1;
        }
        if (!is(i, "every") && !is(i, "each")) {
            if (one_of(low(i), {"once", "twice"}) && (is(i + 1, "a") || is(i + 1, "per"))) {
                const Unit u = unit_word(low(i + 2));
                if (u == Unit::None) return 0;
                f.type = "SET", f.value = duration_value(1, u);
                return 3;
            }
            return 0;
        }
        size_t j = i + 1;
        int n = 1;
        if (const int c = cardinal(low(j)); c > 1) n = c, ++j;
        if (j < toks_.size() && text::is_capitalized(toks_[j].text)) {
            if (const int wd = weekday_number(low(j)); wd && low(j).size() >= 6) {
                f.type = "SET", f.value = "XXXX-WXX-" + std::to_string(wd);
                return j + 1 - i;
            }
        }
        const Unit u = unit_word(low(j));
        if (u == Unit::None) return 0;
        f.type = "SET", f.value = duration_value(n, u);
        return j + 1 - i;
    }

    // now, currently, recently, soon, "the past", "the future", "these days", "recent years"
    size_t vague(size_t i, Found& f) {
        if (i >= toks_.size()) return 0;
        if (const char* v = vague_reference(low(i))) {
            if (is(i, "now") && is(i + 1, "that")) return 0;
            f.type = "DATE", f.value = v;
            return 1;
        }
        if (is(i, "the") && (is(i + 1, "past") || is(i + 1, "future") || is(i + 1, "present"))) {
            if (is(i + 1, "past") && (cardinal(low(i + 2)) >= 0 || unit_word(low(i + 2)) != Unit::None ||
                                      one_of(low(i + 2), {"few", "several", "many", "couple"})))
                return 0;  // "the past two years" is a duration
            f.type = "DATE";
            f.value = is(i + 1, "past") ? "PAST_REF" : is(i + 1, "future") ? "FUTURE_REF" : "PRESENT_REF";
            return 2;
        }
        if (is(i, "the") && one_of(low(i + 1), {"near", "distant", "foreseeable"}) && is(i + 2, "future"))
            return f.type = "DATE", f.value = "FUTURE_REF", 3;
        if (is(i, "these") && is(i + 1, "days")) return f.type = "DATE", f.value = "PRESENT_REF", 2;
        if (is(i, "recent") && one_of(low(i + 1), {"years", "months", "weeks", "days", "decades"}))
            return f.type = "DURATION", f.value = std::string("PX") + unit_code(unit_word(low(i + 1))), 2;
        return 0;
    }
};

}  // namespace

void recognize(std::string_view text, const Document& document, uint32_t first, uint32_t count,
               const Context& context, std::vector<Found>& out) {
    Scanner scanner(text, document, first, count, context);
    scanner.run(out);
}

}  // namespace storylens::temporal
