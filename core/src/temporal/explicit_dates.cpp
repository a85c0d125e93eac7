// explicit_dates.cpp — Scanner patterns for dates written out: "6 March 2025", "March 6", "2025-03-06",
// years, decades, quarters, seasons and holidays.
#include "temporal/scanner.hpp"

namespace storylens::temporal::scan {

// Year-less month: the year that keeps it on the right side of the DCT for the clause's tense (needs a DCT).
int Scanner::month_year(int month, bool whole_month) const {
    // Future clauses look forward; otherwise the month is this year's unless that lies more than half a
    // year ahead ("early December" in an April article is last December, "in May" is this May).
    int y = ctx_.dct.year;
    if (!forward_ && reported_ahead()) {
        // "said the union would meet again in March": after the time of saying, which may precede the DCT by
        // a few weeks, so only a month more than one before the DCT's is next year's
        if (ctx_.dct.month - month > 1) ++y;
    } else if (forward_) {
        if (month < ctx_.dct.month) ++y;
    } else if (month - ctx_.dct.month > 6 || (past_ && month - ctx_.dct.month >= 3) ||
               (whole_month && past_clause_ && !tense_[start_].present && month - ctx_.dct.month >= 2)) {
        --y;  // "lost in August", written in May, is last August; "changed to a calendar year in December",
              // written in October, is last December (a present verb in the clause keeps this year's)
    } else if (month - ctx_.dct.month < -8 && !past_clause_) {
        ++y;  // "in January" written in November is the coming January, unless the clause is past
    }
    return y;
}

std::string Scanner::month_value(int month, int year) const {
    if (year) return calendar::format_month(year, month);
    if (!ctx_.has_dct) return "XXXX-" + two(month);
    return calendar::format_month(month_year(month, true), month);
}

int Scanner::month_at(size_t i, bool& abbreviated) const {
    if (i >= toks_.size() || toks_[i].kind != TokenKind::Word || !text::is_capitalized(toks_[i].text)) return 0;
    const int m = month_number(low(i));
    abbreviated = m && low(i).size() <= 4 && low(i) != "june" && low(i) != "july" && low(i) != "may";
    return m;
}

void Scanner::set_day(Found& f, const Date& d, bool explicit_day) const {
    f.type = "DATE", f.value = calendar::format_day(d), f.resolved_day = true, f.day = d;
    f.explicit_day = explicit_day;
}

size_t Scanner::year_after(size_t i, int& y) const {
    if (is(i, ",") && (y = year_number(low(i + 1)))) return 2;
    if ((y = year_number(low(i)))) return 1;
    if (const size_t n = match_spelled_year(toks_, i, y)) return n;  // "January nineteen ninety-seven"
    y = 0;
    return 0;
}

// "March 6, 2025", "Mar. 6", "March 2025", "March"
size_t Scanner::month_date(size_t i, Found& f) {
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
            date.year = month_year(m);
        }
        if (d > calendar::days_in_month(date.year, m)) return 0;  // "February 30" is not a date
        set_day(f, date, y != 0);
        return n;
    }
    int y = 0;
    if (is(j, "of") && year_number(low(j + 1))) ++j;
    if (size_t n = year_after(j, y); n && y) {
        f.type = "DATE", f.value = calendar::format_month(y, m), f.point_year = y, f.point_month = m;
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
    // "under a June agreement": a month between "a" and a lower-case noun dates that noun
    const bool introduced = i > 0 && (date_preposition(low(i - 1)) ||
                                      (is(i - 1, "a") && j < toks_.size() && toks_[j].kind == TokenKind::Word &&
                                       !text::is_capitalized(toks_[j].text)));
    if (!introduced) return 0;
    // "March Madness", "during March Madness": a capitalized word glued to a mid-sentence month makes a name
    if (i > 1 && j < toks_.size() && toks_[j].kind == TokenKind::Word && text::is_capitalized(toks_[j].text) &&
        !month_number(low(j)) && !weekday_number(low(j)))
        return 0;
    f.type = "DATE", f.value = month_value(m, 0);
    if (ctx_.has_dct) f.point_year = month_year(m, true), f.point_month = m;
    return 1;
}

// "6 March 2025", "6th of March"
size_t Scanner::day_month(size_t i, Found& f) {
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
    Date date{y ? y : month_year(m), m, d};
    if (d > calendar::days_in_month(date.year, m)) return 0;
    set_day(f, date, y != 0);
    return j - i;
}

// "2025-03-06" (ISO) and "6/3/2025" (US month/day/year unless the first part is over 12: then day/month).
size_t Scanner::numeric_date(size_t i, Found& f) {
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
size_t Scanner::year(size_t i, Found& f) const {
    size_t j = i;
    const bool fiscal = is(i, "fiscal");
    if (fiscal) ++j;
    if (j >= toks_.size() || toks_[j].kind != TokenKind::Number) return 0;
    const int y = year_number(toks_[j].text);
    if (!y || y < 1800 || y > 2100) return 0;
    // A four-digit number is a count, not a year, when money or a counted noun goes with it.
    if (j > 0 && (toks_[j - 1].text == "$" || lexicon::contains(TableId::temporal_count_approximators, low(j - 1))))
        return 0;
    // A number right after a noun that numbers things is a name ("Resolution 2254", "Flight 1549", "Route 2001",
    // "Part 1850"), not a year. Event names keep their year ("Euro 2024", "Election 2024"): not in this list.
    if (j > 0 && !fiscal &&
        lexicon::contains(TableId::temporal_numbering_nouns, low(j - 1)))
        return 0;
    if (j + 1 < toks_.size()) {
        const std::string_view next = low(j + 1);
        if (next == "%" || next == "percent") return 0;
        // "a 2000-strong crowd", "a 1500-page report": a count glued to a noun
        if (next == "-" && j + 2 < toks_.size() && adjacent(j, j + 1) && adjacent(j + 1, j + 2) &&
            toks_[j + 2].kind == TokenKind::Word && !month_number(low(j + 2)))
            return 0;
        const bool plural = toks_[j + 1].kind == TokenKind::Word && next.size() > 3 && next.back() == 's' &&
                            !lexicon::contains(TableId::temporal_s_final_non_plurals, next);
        if (plural && !(j > 0 && date_preposition(low(j - 1)))) return 0;
    }
    f.type = "DATE", f.value = calendar::format_year(y), f.point_year = y;
    return j + 1 - i;
}

// "in 1648", "since 711", "AD 785", "300 BC": years before 1800 need a year cue or an era word, since small
// numbers are counts far more often than years.
size_t Scanner::early_year(size_t i, Found& f) const {
    if (i >= toks_.size()) return 0;
    const bool era_first = lexicon::contains(TableId::temporal_era_prefixes, toks_[i].text);
    const size_t n = era_first ? i + 1 : i;
    if (n >= toks_.size() || toks_[n].kind != TokenKind::Number || !is_digits(toks_[n].text) ||
        toks_[n].text.size() > 4 || toks_[n].text[0] == '0')
        return 0;
    const int y = to_int(toks_[n].text);
    if (era_first) return f.type = "DATE", f.value = calendar::format_year(y), f.point_year = y, 2;
    if (n + 1 < toks_.size() && lexicon::contains(TableId::temporal_era_bc_suffixes, toks_[n + 1].text))
        return f.type = "DATE", f.value = "BC" + calendar::format_year(y), 2;
    if (n + 1 < toks_.size() && lexicon::contains(TableId::temporal_era_ad_suffixes, toks_[n + 1].text))
        return f.type = "DATE", f.value = calendar::format_year(y), f.point_year = y, 2;
    if (y >= 1800 || toks_[n].text.size() < 3 || i == 0) return 0;
    const std::string_view cue = low(i - 1);
    if (!lexicon::contains(TableId::temporal_early_year_cues, cue)) return 0;
    if (y < 1000 && !lexicon::contains(TableId::temporal_small_year_cues, cue)) return 0;  // "to 450 stores from 360"
    const std::string_view before_cue = low(i - 2);
    // "a total of 711", "rose by 700": counts. "of" needs a name or a period before it ("the Treaty of 1648")
    if (cue == "of" && !(i > 1 && (text::is_capitalized(toks_[i - 2].text) ||
                                  lexicon::contains(TableId::temporal_period_nouns_before_of, before_cue))))
        return 0;
    if (cue == "by" && i > 1 && (toks_[i - 2].kind == TokenKind::Number ||
                                 lexicon::contains(TableId::temporal_change_verbs, before_cue)))
        return 0;
    // "in 300 cases": a counted noun follows
    if (n + 1 < toks_.size()) {
        const Tok& next = toks_[n + 1];
        if (next.kind == TokenKind::Number || next.text == "%" || next.text == "-") return 0;
        const bool verb = next.lower.size() > 4 && next.lower.compare(next.lower.size() - 2, 2, "ed") == 0;
        if (next.kind == TokenKind::Word && !text::is_capitalized(next.text) && !verb &&
            !lexicon::contains(TableId::temporal_year_followers, next.lower))
            return 0;
    }
    f.type = "DATE", f.value = calendar::format_year(y), f.point_year = y;
    return 1;
}

// "in nineteen eighty-four", "the year two thousand", "the winter of nineteen ninety-four"
size_t Scanner::spelled_year(size_t i, Found& f) {
    size_t j = i;
    if (is(j, "the") && is(j + 1, "year")) j += 2;
    const char* code = nullptr;
    size_t season_at = 0;
    if (j == i && is(j, "the") && (code = season_code(low(j + 1))) && is(j + 2, "of")) season_at = j + 1, j += 3;
    int y = 0;
    const size_t n = match_spelled_year(toks_, j, y);
    if (!n) return 0;
    // a cue makes it a year: "the year", a season, or a date preposition; never a count of things
    const bool cued = j > i || (i > 0 && date_preposition(low(i - 1)) && !is(i - 1, "the"));
    // Uncued, only the shape of a year ("nineteen ninety-six") that ends a phrase or follows "a" ("a nineteen
    // ninety-seven attack"): "nineteen eighty-four people" is a count.
    const bool phrase_ends = j + n >= toks_.size() || toks_[j + n].kind != TokenKind::Word ||
                             text::is_capitalized(toks_[j + n].text);
    const bool year_shape = n == 2 && y >= 1120 && y < 2000 && y % 100 >= 20;
    if (!cued && !(year_shape && (phrase_ends || (i > 0 && (is(i - 1, "a") || is(i - 1, "an")))))) return 0;
    if (j + n < toks_.size() && toks_[j + n].kind == TokenKind::Word && !text::is_capitalized(toks_[j + n].text) &&
        toks_[j + n].lower.back() == 's' && !lexicon::contains(TableId::temporal_s_final_verbs, toks_[j + n].lower))
        return 0;  // "in nineteen eighty-four cases"
    f.type = "DATE", f.value = calendar::format_year(y), f.point_year = y;
    if (season_at) f.value += std::string("-") + code;
    return j + n - i;
}

// "Christmas", "Christmas Eve 2023", "last Easter", "on Good Friday", "New Year's Day"
size_t Scanner::holiday(size_t i, Found& f) {
    size_t j = i;
    int shift = 0;
    if (lexicon::contains(TableId::temporal_shift_words, low(j)))
        shift = is(j, "last") ? -1 : is(j, "next") ? 1 : 2, ++j;
    const Holiday h = match_holiday(toks_, j);
    if (!h.length) return 0;
    size_t end = j + h.length;
    int y = 0;
    if (year_number(low(end)) && toks_[end].kind == TokenKind::Number) y = year_number(low(end)), ++end;
    else if (is(end, "of") && year_number(low(end + 1))) y = year_number(low(end + 1)), end += 2;
    // "Christmas" alone needs a date word around it: "the Christmas tree" and "Easter eggs" are things
    if (h.single_word && !y && !shift &&
        !(j > 0 && lexicon::contains(TableId::temporal_holiday_prepositions, low(j - 1))))
        return 0;
    if (h.single_word && !y && end < toks_.size() && toks_[end].kind == TokenKind::Word &&
        !text::is_capitalized(toks_[end].text) && !lexicon::contains(TableId::temporal_holiday_followers, low(end)))
        return 0;
    f.type = "DATE";
    if (!y && !ctx_.has_dct) {
        f.value = h.from_easter || h.nth_weekday ? "XXXX" : "XXXX-" + two(h.month) + "-" + two(h.day);
        return end - i;
    }
    if (!y) {
        const long today = calendar::days_from_civil(ctx_.dct.year, ctx_.dct.month, ctx_.dct.day);
        auto at = [&](int year) {
            const Date d = holiday_date(h, year);
            return calendar::days_from_civil(d.year, d.month, d.day);
        };
        const int ahead = at(ctx_.dct.year) >= today ? ctx_.dct.year : ctx_.dct.year + 1;  // next on or after
        const int behind = at(ctx_.dct.year) <= today ? ctx_.dct.year : ctx_.dct.year - 1;  // last on or before
        if (shift == 1 || (shift != -1 && forward_)) y = ahead;
        else if (shift == -1 || tense_[i].past) y = behind;
        else y = at(ahead) - today < today - at(behind) ? ahead : behind;  // the nearest one
    }
    set_day(f, holiday_date(h, y), false);
    return end - i;
}

// "the 1990s", "'90s", "the early 2000s"
size_t Scanner::decade(size_t i, Found& f) {
    size_t j = i;
    if (is(j, "the")) ++j;
    std::string mod;
    j += point_modifier(j, mod);
    if (j < toks_.size() && text::is_year_elision(toks_[j]) && j + 1 < toks_.size() && adjacent(j, j + 1)) {
        const std::string_view w = low(j + 1);
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
    const std::string_view w = low(j);
    if (w.size() == 5 && w[4] == 's' && is_digits(w.substr(0, 4)) && w[3] == '0') {
        f.type = "DATE", f.value = w.substr(0, 3), f.mod = mod;
        return j + 1 - i;
    }
    // "through the nineties": a spelled decade ("ninety" + "ies"), in the latest century that has it by the DCT
    if (j > i && w.size() > 5 && w.compare(w.size() - 3, 3, "ies") == 0 && mod.empty()) {
        const int tens = number_word(std::string(w.substr(0, w.size() - 3)) + "y");
        if (tens >= 20 && tens <= 90 && tens % 10 == 0) {
            const int digit = tens / 10;
            int century = 19;
            if (ctx_.has_dct) century = ctx_.dct.year / 100 - ((ctx_.dct.year / 10) % 10 < digit ? 1 : 0);
            f.type = "DATE", f.value = std::to_string(century) + std::to_string(digit);
            return j + 1 - i;
        }
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
size_t Scanner::quarter(size_t i, Found& f) {
    size_t j = i;
    // "this year's third quarter", "next year's first half": the year is named before the quarter
    int year_shift = 0;
    bool year_before = false;
    if (lexicon::contains(TableId::temporal_shift_words, low(j)) && is(j + 1, "year")) {
        year_shift = is(j, "next") ? 1 : is(j, "last") ? -1 : 0;
        year_before = true;
        j += 2;
    }
    if (is(j, "the")) ++j;
    int n = 0;
    bool half = false;
    size_t used = 0;
    const std::string_view w = low(j);
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
    // "the last half of 1989", "the final quarter of 2024": the last one of a named year
    if (!n && !year_before && lexicon::contains(TableId::temporal_final_words, w) && is(j + 2, "of") &&
        year_number(low(j + 3))) {
        if (is(j + 1, "quarter")) n = 4, used = 2;
        if (is(j + 1, "half")) n = 2, half = true, used = 2;
    }
    // "the first two quarters of 1990" is that year's first half (TimeML 1990-H1), "the last two quarters of
    // 1989" its second; without a named year "the last two quarters" is a span back from now, not a half
    if (!n && is(j + 2, "quarters") && cardinal(low(j + 1)) == 2) {
        if (ordinal_word(w) == 1) n = 1, half = true, used = 3;
        else if (!year_before && lexicon::contains(TableId::temporal_final_words, w) && is(j + 3, "of") &&
                 year_number(low(j + 4)))
            n = 2, half = true, used = 3;
    }
    if (!n) return 0;
    j += used;
    int y = 0;
    if (year_before) {
        if (!ctx_.has_dct) return 0;
        y = ctx_.dct.year + year_shift;
    } else if (is(j, "of") && (y = year_number(low(j + 1)))) j += 2;
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
    // "In this year's third quarter ... a year earlier": a year named with the quarter is the story's year
    if (y) f.point_year = y;
    return j - i;
}

// "spring", "last summer", "winter 2024"
size_t Scanner::season(size_t i, Found& f) {
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
    if (!introduced || (low(j) == "fall" && !marked &&
                        !(j > 0 && lexicon::contains(TableId::temporal_fall_determiners, low(j - 1)))))
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
        } else if (!forward_ && start_month > ctx_.dct.month) {
            --year_of;
        }
        yy = calendar::format_year(year_of);
    }
    f.type = "DATE", f.value = yy + "-" + code;
    return j + 1 + year_len - i;
}

}  // namespace storylens::temporal::scan
