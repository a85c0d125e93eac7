// durations_sets.cpp — Scanner patterns for durations ("three days", "five-decade-long"), clock times, sets
// ("every year") and vague references ("now", "recently").
#include "temporal/scanner.hpp"

namespace storylens::temporal::scan {

// "three days", "five-decade-long", "30-day", "the past two months", "for years", "a decade"
size_t Scanner::duration(size_t i, Found& f) {
    if (i >= toks_.size()) return 0;
    // "Islam will one day be the second largest religion": after a modal, "one day" is some day ahead, not 24 hours
    if (is(i, "one") && is(i + 1, "day") && i > 0 &&
        (is_future_marker(low(i - 1)) || lexicon::contains(TableId::temporal_past_modals, low(i - 1)))) {
        f.type = "DATE", f.value = "FUTURE_REF";
        return 2;
    }
    size_t j = i;
    bool with_the = false;
    if (is(j, "the") && lexicon::contains(TableId::temporal_span_adjectives, low(j + 1))) {
        with_the = true;
        j += 2;
    } else if (lexicon::contains(TableId::temporal_span_prepositions, low(j)) && i > 0 && is(i - 1, "the")) {
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
                // "a several-year tenure": a vague count names an unknown number of units
                if (lexicon::contains(TableId::temporal_vague_counts, parts[0]) && u != Unit::None &&
                    u != Unit::Weekend && tail_ok) {
                    f.type = "DURATION", f.value = std::string(unit_is_time(u) ? "PTX" : "PX") + unit_code(u);
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
    if (!with_the && i > 0 && lexicon::contains(TableId::temporal_span_cues, low(i - 1)) &&
        j == i) {
        const Unit u = unit_word(low(j));
        if (u != Unit::None && u != Unit::Weekend && low(j).back() == 's') {
            f.type = "DURATION", f.value = std::string(unit_is_time(u) ? "PTX" : "PX") + unit_code(u);
            if (u == Unit::Quarter) f.value = "PXQ";
            return 1;
        }
    }
    // "the nine months", "the four days": a counted span named with the article
    if (!with_the && is(j, "the") && cardinal(low(j + 1)) > 1 && unit_word(low(j + 2)) != Unit::None &&
        low(j + 2).back() == 's' && !lexicon::contains(TableId::temporal_relative_direction_words, low(j + 3)))
        ++j;
    if (j >= toks_.size()) return 0;  // "the" ending the sentence: no count, no unit (and toks_[j] below is read)
    int n = cardinal(low(j));
    size_t k = j + 1;
    bool unknown = false;
    if (is(j, "a") && is(j + 1, "few")) n = -1;  // "a few days": not one
    if (is(j, "a") && is(j + 1, "couple")) n = 2, k = j + 2;  // "a couple of years"
    if (n < 0) {
        if (lexicon::contains(TableId::temporal_vague_counts, low(j))) unknown = true, n = 0;
        else if (is(j, "a") && (is(j + 1, "few") || is(j + 1, "couple"))) unknown = true, n = 0, k = j + 2;
        else if (with_the) n = 1, k = j;
        else return 0;
    }
    // "the last twenty four hours": a compound number written without its hyphen
    if (n >= 20 && n <= 90 && n % 10 == 0 && toks_[j].kind == TokenKind::Word) {
        const int ones = number_word(low(k));
        if (ones >= 1 && ones <= 9 && !is(k, "a") && !is(k, "an")) n += ones, ++k;
    }
    // "two and a half years", "2 1/2 years", "a minute and a half": half of the unit in the next smaller one
    bool half = false;
    if (!unknown && is(k, "and") && is(k + 1, "a") && is(k + 2, "half")) half = true, k += 3;
    else if (!unknown && toks_[j].kind == TokenKind::Number && is(k, "1/2")) half = true, ++k;
    if (is(k, "of")) ++k;
    // "for at least 20 more years", "for an additional year": the added amount is still the span's length
    if (!half && lexicon::contains(TableId::temporal_added_amount_words, low(k)) &&
        unit_word(low(k + 1)) != Unit::None)
        ++k;
    // "eight trading days", "ten business days": days counted on a calendar of their own are still days
    if (!half && lexicon::contains(TableId::temporal_day_qualifiers, low(k)) && unit_word(low(k + 1)) == Unit::Day)
        ++k;
    const Unit u = unit_word(low(k));
    if (u == Unit::None || u == Unit::Weekend) return 0;
    // "at least the first two quarters of 1990": a half of the named year, which quarter() names (1990-H1)
    if (with_the && n == 2 && u == Unit::Quarter && is(k + 1, "of") && year_number(low(k + 2)) &&
        (ordinal_word(low(i + 1)) == 1 || lexicon::contains(TableId::temporal_final_words, low(i + 1))))
        return 0;
    // "in the first hours of the ground war": a plural unit without a count is an unknown number of them
    if (with_the && k == j && !unknown && low(k).back() == 's') unknown = true, n = 0;
    if (!half && n == 1 && is(k + 1, "and") && is(k + 2, "a") && is(k + 3, "half") &&
        !half_duration_value(1, u).empty()) {
        f.type = "DURATION", f.value = half_duration_value(1, u);
        return k + 4 - i;
    }
    if (half) {
        if (half_duration_value(n, u).empty()) return 0;
        f.type = "DURATION", f.value = half_duration_value(n, u);
        return k + 1 - i;
    }
    if (toks_[j].kind == TokenKind::Number && !is_digits(toks_[j].text)) return 0;
    // "two day talks" is a duration; "1988 second" and "1988 quarter" are not
    if (!unknown && n > 1 && low(k).back() != 's' && (n > 99 || u == Unit::Second || u == Unit::Quarter))
        return 0;
    // "$5 a year", "twice a week": a rate, not a span of time
    if ((is(j, "a") || is(j, "an") || is(j, "per")) && !with_the && j > 0 &&
        (toks_[j - 1].kind == TokenKind::Number || lexicon::contains(TableId::temporal_rate_counters, low(j - 1)) ||
         lexicon::contains(TableId::temporal_amount_magnitudes, low(j - 1))))
        return 0;
    // "more than a quarter of the market", "half a century of": "a quarter of" is a fraction, not three months
    if (u == Unit::Quarter && n == 1 && is(k + 1, "of") && !with_the) return 0;
    ++k;
    if (lexicon::contains(TableId::temporal_ago_words, low(k))) return 0;  // a date, handled by ago()
    // "over the past year", "in the last decade" without a count: TimeML names the calendar year (decade)
    // before the DCT, as for "last year"; "the last year of the war" is the final one, not a time ago
    if (with_the && k == j + 1 && n == 1 && !unknown &&
        lexicon::contains(TableId::temporal_backward_span_adjectives, low(i + 1)) &&
        (u == Unit::Year || u == Unit::Decade) && low(j).back() != 's' && !is(k, "of") && ctx_.has_dct) {
        f.type = "DATE";
        f.value = u == Unit::Year ? calendar::format_year(ctx_.dct.year - 1)
                                  : calendar::format_year(ctx_.dct.year - 10).substr(0, 3);
        return k - i;
    }
    f.type = "DURATION";
    if (unknown) f.value = std::string(unit_is_time(u) ? "PTX" : "PX") + unit_code(u);
    else set_duration(f, n, u);
    return k - i;
}

std::vector<std::string_view> Scanner::split(std::string_view w) {
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

void Scanner::set_duration(Found& f, int n, Unit u) {
    f.type = "DURATION";
    f.value = duration_value(n, u);
}

// "10:30 a.m.", "3 p.m.", "5pm", "noon", "midnight"
size_t Scanner::clock_time(size_t i, Found& f) {
    if (i >= toks_.size()) return 0;
    int hour = -1, minute = 0;
    size_t j = i;
    const std::string_view w = low(i);
    if (w == "noon" || w == "midday") hour = 12, ++j;
    else if (w == "midnight") hour = 24, ++j;
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
        if (!meridiem && lexicon::contains(TableId::temporal_meridiems, low(j))) {
            pm = low(j)[0] == 'p';
            meridiem = true;
            ++j;
        }
        if (!meridiem && (colon == std::string_view::npos || dot)) return 0;  // "9.30am", not "3.5 percent"
        if (!meridiem && !(i > 0 && lexicon::contains(TableId::temporal_clock_prepositions, low(i - 1))))
            return 0;
        if (meridiem && hour > 12) return 0;
        if (pm && hour < 12) hour += 12;
        if (!pm && meridiem && hour == 12) hour = 0;
    } else {
        return 0;
    }
    if (lexicon::contains(TableId::temporal_time_zones, low(j))) ++j;
    else if (is(j, "local") && is(j + 1, "time")) j += 2;
    // TimeML writes midnight as the end of its day, hour 24 ("expire at midnight Friday": 1989-10-27T24), so
    // the day it is named with is the day that ends
    const std::string clock = hour == 24 ? std::string("T24") : "T" + two(hour) + ":" + two(minute);
    std::string day = "XXXX-XX-XX";
    // "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": a day right after the time is its day
    {
        const size_t k = is(j, ",") ? j + 1 : j;
        Found dated;
        const size_t n = k < toks_.size() ? point_core(k, dated) : 0;
        if (n && dated.resolved_day) {
            f.type = "TIME", f.value = calendar::format_day(dated.day) + clock;
            f.resolved_day = true, f.day = dated.day;
            return k + n - i;
        }
    }
    // "7:15 on Monday morning": the day after "on" is the time's day; it keeps its own timex
    if (is(j, "on")) {
        Found dated;
        if (point_core(j + 1, dated) && dated.resolved_day) {
            f.type = "TIME", f.value = calendar::format_day(dated.day) + clock;
            return j - i;
        }
    }
    if (has_last_day_) day = calendar::format_day(last_day_);
    else if (ctx_.has_reference) day = calendar::format_day(ctx_.reference), f.relative = true;
    else if (ctx_.has_dct) day = calendar::format_day(ctx_.dct);
    f.type = "TIME", f.value = day + clock;
    return j - i;
}

// "every year", "each Monday", "every two weeks", "daily", "twice a year"
size_t Scanner::set_expression(size_t i, Found& f) {
    if (i >= toks_.size()) return 0;
    if (const char* v = set_adverb(low(i))) {
        // "paid annually" is a set; "a daily newspaper" names a kind of thing
        if (i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::Word &&
            !lexicon::contains(TableId::temporal_conjunctions, low(i + 1)))
            return 0;
        f.type = "SET", f.value = v;
        return 1;
    }
    if (!is(i, "every") && !is(i, "each")) {
        // "profit of about $33 million a year": a sum per unit recurs every unit (TimeML SET); after a bare
        // number ("$2.51 a month") news annotation leaves the rate untagged
        if ((is(i, "a") || is(i, "per")) && i > 0 && lexicon::contains(TableId::temporal_amount_magnitudes, low(i - 1))) {
            const Unit u = unit_word(low(i + 1));
            if (u == Unit::None || u == Unit::Weekend || low(i + 1).back() == 's') return 0;
            f.type = "SET", f.value = duration_value(1, u);
            return 2;
        }
        if (lexicon::contains(TableId::temporal_frequency_counts, low(i)) && (is(i + 1, "a") || is(i + 1, "per"))) {
            const Unit u = unit_word(low(i + 2));
            if (u == Unit::None) return 0;
            f.type = "SET", f.value = duration_value(1, u);
            return 3;
        }
        return 0;
    }
    size_t j = i + 1;
    int n = 1;
    if (is(j, "other")) n = 2, ++j;  // "every other week"
    else if (const int c = cardinal(low(j)); c > 1) n = c, ++j;
    // "every morning", "each night", "every weekend", "every summer", "every July"
    if (n == 1 && j < toks_.size()) {
        if (const char* pod = part_of_day(low(j)); pod && !is(j, "overnight"))
            return f.type = "SET", f.value = std::string("XXXX-XX-XXT") + pod, j + 1 - i;
        if (is(j, "weekend")) return f.type = "SET", f.value = "XXXX-WXX-WE", j + 1 - i;
        if (const char* code = season_code(low(j)); code && !is(j, "fall"))
            return f.type = "SET", f.value = std::string("XXXX-") + code, j + 1 - i;
        bool abbreviated = false;
        if (const int m = month_at(j, abbreviated); m && !abbreviated)
            return f.type = "SET", f.value = "XXXX-" + two(m), j + 1 - i;
    }
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
size_t Scanner::vague(size_t i, Found& f) {
    if (i >= toks_.size()) return 0;
    // "as soon as possible" is one time ahead; "as soon as trading opened", "soon after being captured" tie an
    // event to another one and name no time
    if (is(i, "as") && is(i + 1, "soon") && is(i + 2, "as") && is(i + 3, "possible"))
        return f.type = "DATE", f.value = "FUTURE_REF", 4;
    if (is(i, "soon") && ((i > 0 && is(i - 1, "as") && is(i + 1, "as")) || is(i + 1, "after") || is(i + 1, "before")))
        return 0;
    if (const char* v = vague_reference(low(i))) {
        f.type = "DATE", f.value = v;
        return 1;
    }
    // "current market conditions", "the current crisis": the adjective places its noun in the present. A noun
    // must follow ("the river's current" is water), and "current account" is a ledger, not a time.
    if (is(i, "current") && i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::Word &&
        !lexicon::contains(TableId::temporal_current_non_time_nouns, low(i + 1)) &&
        !(i > 0 && lexicon::contains(TableId::temporal_current_electric_words, low(i - 1)))) {
        f.type = "DATE", f.value = "PRESENT_REF";
        return 1;
    }
    if (is(i, "the") && (is(i + 1, "past") || is(i + 1, "future") || is(i + 1, "present"))) {
        if (is(i + 1, "past") && (cardinal(low(i + 2)) >= 0 || unit_word(low(i + 2)) != Unit::None ||
                                  lexicon::contains(TableId::temporal_vague_quantities, low(i + 2))))
            return 0;  // "the past two years" is a duration
        f.type = "DATE";
        f.value = is(i + 1, "past") ? "PAST_REF" : is(i + 1, "future") ? "FUTURE_REF" : "PRESENT_REF";
        return 2;
    }
    if (is(i, "the") && lexicon::contains(TableId::temporal_future_adjectives, low(i + 1)) && is(i + 2, "future"))
        return f.type = "DATE", f.value = "FUTURE_REF", 3;
    if (is(i, "these") && is(i + 1, "days")) return f.type = "DATE", f.value = "PRESENT_REF", 2;
    // "live without it for a while": a span of unknown length and unit
    if (is(i, "a") && is(i + 1, "while") && i > 0 && is(i - 1, "for"))
        return f.type = "DURATION", f.value = "PXX", 2;
    // "the challenges of the near term", "placate holders in the short term", "at a later date": time ahead
    if (is(i, "the") && lexicon::contains(TableId::temporal_ahead_term_adjectives, low(i + 1)) && is(i + 2, "term"))
        return f.type = "DATE", f.value = "FUTURE_REF", 3;
    if (is(i, "a") && lexicon::contains(TableId::temporal_ahead_date_adjectives, low(i + 1)) && is(i + 2, "date"))
        return f.type = "DATE", f.value = "FUTURE_REF", 3;
    // "in recent years", "past years", "in coming quarters", "future quarters": a vague time before or after now
    // (weeks and months stay spans below: "recent weeks" is PXW)
    if (i + 1 < toks_.size() && lexicon::contains(TableId::temporal_reference_plural_units, low(i + 1))) {
        const long row = lexicon::find_row(TableId::temporal_reference_span_words, low(i));
        if (row >= 0) return f.type = "DATE", f.value = std::string(lexicon::cell(TableId::temporal_reference_span_words, row, 1)), 2;
    }
    if (is(i, "recent") && lexicon::contains(TableId::temporal_recent_plural_units, low(i + 1)))
        return f.type = "DURATION", f.value = std::string("PX") + unit_code(unit_word(low(i + 1))), 2;
    // "over the years", "through the decades": a span of unknown length up to now
    if (is(i, "the") && lexicon::contains(TableId::temporal_recent_plural_units, low(i + 1)) && i > 0 &&
        lexicon::contains(TableId::temporal_span_through_words, low(i - 1)))
        return f.type = "DURATION", f.value = std::string("PX") + unit_code(unit_word(low(i + 1))), 2;
    // "in coming weeks", "in the weeks ahead": the mirror of "recent weeks", a span of unknown length ahead
    if (is(i, "coming") && lexicon::contains(TableId::temporal_recent_plural_units, low(i + 1)))
        return f.type = "DURATION", f.value = std::string("PX") + unit_code(unit_word(low(i + 1))), 2;
    if (is(i, "the") && lexicon::contains(TableId::temporal_recent_plural_units, low(i + 1)) && is(i + 2, "ahead"))
        return f.type = "DURATION", f.value = std::string("PX") + unit_code(unit_word(low(i + 1))), 3;
    return 0;
}

}  // namespace storylens::temporal::scan
