// relative_dates.cpp — Scanner patterns resolved against the DCT or the narrative: weekdays, "last week",
// "two years ago", "a day later", reporting periods, weekends.
#include "temporal/scanner.hpp"

namespace storylens::temporal::scan {

// "that year", "that month", "that day": the period the narrative has reached, never the DCT's
size_t Scanner::narrative_period(size_t i, Found& f) {
    if (!is(i, "that")) return 0;
    const Unit unit = unit_word(low(i + 1));
    f.type = "DATE", f.relative = true;
    if (unit == Unit::Year && ctx_.reference_year) {
        f.value = calendar::format_year(ctx_.reference_year), f.point_year = ctx_.reference_year;
        return 2;
    }
    if (unit == Unit::Month && ctx_.reference_month) {
        f.value = calendar::format_month(ctx_.reference_year, ctx_.reference_month);
        f.point_year = ctx_.reference_year, f.point_month = ctx_.reference_month;
        return 2;
    }
    if (unit == Unit::Day && ctx_.has_reference) {
        set_day(f, ctx_.reference, false), f.relative = true;
        return 2;
    }
    return 0;
}

// "down 4.5% from the previous Friday", "the following Monday": the weekday steps from the day the narrative has
// reached, strictly before or after it, as "the previous day" does. It is anaphoric ("last Friday" is the one
// counted from now), so without a day in its paragraph it counts from the last day the text named, then the DCT.
size_t Scanner::stepped_weekday(size_t i, Found& f) {
    if (!is(i, "the")) return 0;
    int shift = 0;
    if (lexicon::contains(TableId::temporal_step_forward_words, low(i + 1))) shift = 1;
    else if (lexicon::contains(TableId::temporal_step_back_words, low(i + 1))) shift = -1;
    if (!shift || i + 2 >= toks_.size() || !text::is_capitalized(toks_[i + 2].text)) return 0;
    const int wd = weekday_number(low(i + 2));
    if (!wd || low(i + 2).size() < 6) return 0;
    const bool use_reference = ctx_.has_reference || ctx_.has_story_day;
    if (!use_reference && !ctx_.has_dct) {
        f.type = "DATE", f.value = "XXXX-WXX-" + std::to_string(wd);
        return 3;
    }
    const Date base = ctx_.has_reference ? ctx_.reference : ctx_.has_story_day ? ctx_.story_day : ctx_.dct;
    long delta = (wd - calendar::weekday(base) + 7) % 7;  // 0..6 days ahead
    if (shift > 0) delta = delta == 0 ? 7 : delta;
    else delta = delta == 0 ? -7 : delta - 7;
    set_day(f, calendar::add_days(base, delta), false), f.relative = use_reference;
    return 3;
}

// "Friday", "late Friday" (via the modifier), "Friday night", "last Friday", "next Monday"
size_t Scanner::weekday(size_t i, Found& f) {
    if (i >= toks_.size()) return 0;  // a caller's look-ahead (a clock time at the sentence's end) may pass the end
    size_t j = i;
    int direction = future_ ? 1 : -1;
    // "closed until Monday", "must file by Friday": a deadline lies ahead unless the clause is in the past
    if (i > 0 && lexicon::contains(TableId::temporal_deadline_words, low(i - 1)) && !tense_[i].past) direction = 1;
    if (reported_future_at(i)) direction = 1;
    // "He and Arafat meet separately Monday": a present-tense schedule looks ahead, as a year-less month does
    if (tense_[i].present && !tense_[i].past) direction = 1;
    // "arrived on Friday and meets the president on Saturday before he travels on to Ethiopia on Sunday": in a
    // compound sentence the verb nearest before the day speaks for it, not the clause's first one
    else if (nearest_verb_tense(tokens_, toks_, i) > 0) direction = 1;
    // "before Friday's purchases is far below", "Thursday's closing price": a possessive day names a happening
    // already reported, the last such day, unless the clause looks ahead (the scanner dropped the "'s")
    {
        const std::string_view src = tokens_.text();
        const size_t end = toks_[i].span.end;
        const bool possessive = toks_[i].kind == TokenKind::Word &&
                                ((end + 1 < src.size() && src[end] == '\'' && src[end + 1] == 's') ||
                                 (end + 3 < src.size() && src.substr(end, 4) == "\xE2\x80\x99s"));
        if (possessive && !future_) direction = -1;
    }
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
    // "Saturday Night Live", "Monday Night Football": a capitalized part of day with another capitalized word
    // after it is a title; a time is written "Saturday night"
    if (j + 2 < toks_.size() && part_of_day(low(j + 1)) && text::is_capitalized(toks_[j + 1].text) &&
        toks_[j + 2].kind == TokenKind::Word && text::is_capitalized(toks_[j + 2].text) &&
        !month_number(low(j + 2)) && !weekday_number(low(j + 2)))
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
        // "began Thursday night and lasted until Friday morning": the end of a range follows the day it began
        if (j == i + 1 && has_last_day_ && i > 0 && lexicon::contains(TableId::temporal_range_end_words, low(i - 1))) {
            const long ahead = (wd - calendar::weekday(last_day_) + 7) % 7;
            d = calendar::add_days(last_day_, ahead == 0 ? 7 : ahead);
        }
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
size_t Scanner::deictic(size_t i, Found& f) {
    long shift = 0;
    size_t j = i;
    const char* pod = nullptr;
    bool on_story_day = false;
    // "mid-afternoon yesterday", "morning today": the part of day may come first
    {
        std::string_view w = low(j);
        if (w.rfind("mid-", 0) == 0) w.remove_prefix(4);
        const char* lead = part_of_day(w);
        if (lead && lexicon::contains(TableId::temporal_deictic_days, low(j + 1))) pod = lead, ++j;
    }
    // "later this afternoon", "earlier this morning": the adverb belongs to the expression, as with "this month"
    if (!pod && (is(j, "earlier") || is(j, "later")) && is(j + 1, "this") && part_of_day(low(j + 2))) ++j;
    if (is(j, "today")) shift = 0, ++j;
    else if (is(j, "yesterday")) shift = -1, ++j;
    else if (is(j, "tomorrow")) shift = 1, ++j;
    else if (is(j, "tonight")) shift = 0, pod = "NI", ++j;
    else if (!pod && is(j, "this") && (pod = part_of_day(low(j + 1)))) j += 2;
    else if (!pod && is(j, "last") && is(j + 1, "night")) shift = -1, pod = "NI", j += 2;
    else if (!pod && is(j, "mid") && (pod = part_of_day(low(j + 1)))) j += 2;  // "by mid afternoon"
    // "dealers placed orders in the morning": the part of the day the story has reached, when it named one
    else if (!pod && is(j, "the") && i > 0 && is(i - 1, "in") && (has_last_day_ || ctx_.has_reference) &&
             (pod = part_of_day(low(j + 1))) && !is(j + 2, "of"))
        j += 2, on_story_day = true;
    // "arrived in Philadelphia later in the day": the day the story is telling, the DCT's when it named none
    else if (!pod && is(j, "the") && is(j + 1, "day") && i > 1 && is(i - 1, "in") &&
             (is(i - 2, "later") || is(i - 2, "earlier")) && (has_last_day_ || ctx_.has_reference || ctx_.has_dct)) {
        j += 2;
        if (has_last_day_ || ctx_.has_reference) on_story_day = true;
    }
    // "It's the second day of an offensive", "today is the eighth day of Desert Shield": after a present verb,
    // the day the story is told
    else if (!pod && ordinal_word(low(is(j, "the") ? j + 1 : j)) > 0 && is(j + (is(j, "the") ? 2 : 1), "day") &&
             is(j + (is(j, "the") ? 3 : 2), "of") && nearest_verb_tense(tokens_, toks_, i) > 0)
        j += is(j, "the") ? 3 : 2;
    else return 0;
    if (!pod && j < toks_.size() && j > i && (pod = part_of_day(low(j)))) ++j;
    if (on_story_day) set_day(f, has_last_day_ ? last_day_ : ctx_.reference, false), f.relative = !has_last_day_;
    else if (ctx_.has_dct) set_day(f, calendar::add_days(ctx_.dct, shift), false);
    else f.type = "DATE", f.value = shift == 0 ? "PRESENT_REF" : "XXXX-XX-XX";
    if (pod) {
        f.type = "TIME";
        if (ctx_.has_dct || on_story_day) f.value += std::string("T") + pod;
    }
    return j - i;
}

// "last week", "next year", "this month", "last March", "earlier this year", "later this month"
size_t Scanner::shifted(size_t i, Found& f) {
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
    // ABC's "This Week": a capitalised unit just inside an opening quote is a title, not a week
    if (i > 0 && toks_[i - 1].kind == TokenKind::OpenQuote && text::is_capitalized(toks_[j].text)) return 0;
    f.type = "DATE";
    f.value = shift_value(ctx_.has_dct, ctx_.dct, unit, shift);
    if (unit == Unit::Day) return 0;  // "this day" is rare and "next day" is a reference step
    // "In this year's third quarter ... a year earlier": the year named is the one the story has reached
    if (unit == Unit::Year && ctx_.has_dct) f.point_year = ctx_.dct.year + shift;
    // "posted earnings of $24 million, compared with a loss of $3 million last year": in an earnings report a
    // figure compared with last year's is the reported quarter a year back, as "a year ago" is there
    if (unit == Unit::Year && shift == -1 && j == i + 1 && ctx_.has_dct && ctx_.earnings)
        for (size_t k = i; k-- > 0 && toks_[k].text != "," && toks_[k].text != ";";)
            if (is(k, "compared")) {
                f.value = period_value(-5);
                break;
            }
    return j + 1 - i;
}

// "two years ago", "a week earlier", "three days later", "a few months ago"
size_t Scanner::ago(size_t i, Found& f) {
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
    // "a week or so ago": the date is approximate, as "about a week ago" is
    const bool approx = is(j, "or") && is(j + 1, "so");
    if (approx) j += 2, f.mod = "APPROX";
    const bool from_dct = is(j, "ago");
    const bool back = from_dct || is(j, "earlier") || is(j, "before");
    const bool forward = is(j, "later") || is(j, "after") || is(j, "hence");
    if (!back && !forward) return 0;
    if ((is(j, "before") || is(j, "after")) && j + 1 < toks_.size() && toks_[j + 1].kind == TokenKind::Word)
        return 0;  // "two days before the vote" is a duration followed by a preposition
    ++j;
    bool use_reference = !from_dct && ctx_.has_reference;
    Date base = use_reference ? ctx_.reference : ctx_.dct;
    if (!from_dct && !use_reference) coarse_reference(unit, use_reference, base);
    const bool known = use_reference || ctx_.has_dct;
    f.type = "DATE";
    f.relative = use_reference;
    if (vague_count) {
        f.value = back ? "PAST_REF" : "FUTURE_REF";
        return j - i;
    }
    f.value = shift_value(known, base, unit, back ? -n : n);
    // Earnings reports compare quarters: "a year ago" there is the reported quarter one year back.
    if (unit == Unit::Year && n == 1 && back && ctx_.has_dct && (ctx_.earnings || mentions_quarter()) &&
        !mentions_longer_period())
        f.value = period_value(-5), f.relative = false;
    if (unit == Unit::Day && known) set_day(f, calendar::add_days(base, back ? -n : n), false), f.relative = use_reference;
    if (unit_is_time(unit)) f.type = "TIME";
    return j - i;
}

// "almost two years ago", "about a week ago": the modifier belongs to the date
size_t Scanner::approximate_ago(size_t i, Found& f) {
    if (!lexicon::contains(TableId::temporal_approximators, low(i))) return 0;
    const size_t n = ago(i + 1, f);
    if (!n) return 0;
    const char* m = modifier_mod(low(i));
    f.mod = m ? m : "APPROX";
    return n + 1;
}

// Business-news periods: "the quarter", "the latest quarter", "the year-earlier period", "the fiscal year".
// A quarter or period without a number is the one just reported, the quarter before the DCT's.
size_t Scanner::reporting_period(size_t i, Found& f) {
    // "U.K. sales for last year's quarter": the reported quarter a year back (the scanner drops the possessive)
    const bool last_years = is(i, "last") && is(i + 1, "year");
    if (!lexicon::contains(TableId::temporal_period_determiners, low(i)) && !is_year_ago(low(i)) && !last_years)
        return 0;
    size_t j = last_years ? i + 2 : lexicon::contains(TableId::temporal_period_determiners, low(i)) ? i + 1 : i;
    bool current = is(i, "this"), year_ago = last_years, latest = false;
    int written_year = 0, ordinal = 0;
    while (j < toks_.size()) {
        if (lexicon::contains(TableId::temporal_period_adjectives, low(j))) {
            if (is(j, "current")) current = true;
            if (is_year_ago(low(j))) year_ago = true;
            if (lexicon::contains(TableId::temporal_latest_adjectives, low(j))) latest = true;
        } else if (year_number(low(j)) && toks_[j].kind == TokenKind::Number) {
            written_year = year_number(low(j));
        } else if (const int o = ordinal_word(low(j)); o >= 1 && o <= 4 && is(j + 1, "quarter")) {
            ordinal = o;
        } else if (const int fo = low(j).rfind("fiscal-", 0) == 0 ? ordinal_word(low(j).substr(7)) : 0;
                   fo >= 1 && fo <= 4 && is(j + 1, "quarter")) {
            ordinal = fo;  // "the fiscal-first quarter ended Sept. 30": the company's own first quarter
        } else {
            break;
        }
        ++j;
    }
    const bool quarter = is(j, "quarter"), period = is(j, "period"), year = is(j, "year");
    if (last_years && !quarter && !period) return 0;
    // "the corresponding period last year", "the quarter a year ago": one expression, the quarter a year back
    size_t trail = 0;
    if ((quarter || period) && !year_ago && !current) {
        if (is(j + 1, "last") && is(j + 2, "year")) trail = 2;
        else if (is(j + 1, "a") && is(j + 2, "year") && (is(j + 3, "ago") || is(j + 3, "earlier"))) trail = 3;
        if (trail) year_ago = true;
    }
    // "by the end of the month": after a point modifier ("the end of", point_modifier) the month is the DCT's
    // (XXXX-XX without one), as "the end of the year" is its year; a bare "the month" ("for the month") is not
    if (is(j, "month") && j == i + 1 && is(i, "the") && i >= 3 && is(i - 1, "of") && is(i - 3, "the") &&
        (lexicon::contains(TableId::temporal_end_nouns, low(i - 2)) ||
         lexicon::contains(TableId::temporal_start_nouns, low(i - 2)) || is(i - 2, "middle"))) {
        f.type = "DATE", f.value = shift_value(ctx_.has_dct, ctx_.dct, Unit::Month, 0);
        return 2;
    }
    if (quarter && (ordinal || written_year) && ctx_.has_dct) {
        // "the 1988 third quarter", "the year-ago third quarter", "the 1988 quarter"
        const int y = written_year ? written_year : ctx_.dct.year - (year_ago ? 1 : 0);
        f.type = "DATE";
        f.value = calendar::format_year(y) + "-Q" + std::to_string(ordinal ? ordinal : reported_quarter());
        return j + 1 + trail - i;
    }
    if (period && written_year && ctx_.has_dct) {
        f.type = "DATE", f.value = calendar::format_year(written_year) + "-Q" + std::to_string(reported_quarter());
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
    // "the fiscal year ended June 30", "the year ending Friday": twelve months up to that day, not a calendar year
    if (year && !year_ago && (is(j + 1, "ended") || is(j + 1, "ending"))) {
        f.type = "DURATION", f.value = "P1Y";
        return j + 1 - i;
    }
    f.type = "DATE";
    if (year) {
        f.value = shift_value(ctx_.has_dct, ctx_.dct, Unit::Year, year_ago ? -1 : 0);
    } else {
        f.value = current ? period_value(0) : period_value(year_ago ? -5 : -1);
    }
    return j + 1 + trail - i;
}

// "the first nine months ... a year earlier", "for the year ... a year ago": the comparison is yearly
bool Scanner::mentions_longer_period() const {
    for (size_t k = 0; k < toks_.size(); ++k) {
        // "this year's third quarter": the year only dates the quarter
        const bool dates_a_quarter = is(k + 1, "quarter") || low(k + 1).find("-quarter") != std::string::npos ||
                                     (ordinal_word(low(k + 1)) && is(k + 2, "quarter"));
        if (toks_[k].lower == "months" ||
            (toks_[k].lower == "year" && k > 0 && !is(k - 1, "a") && !dates_a_quarter))
            return true;
    }
    return false;
}

bool Scanner::mentions_quarter() const {
    for (const Tok& t : toks_)
        if (t.lower == "quarter" || t.lower.find("-quarter") != std::string::npos) return true;
    return false;
}

int Scanner::reported_quarter() const {
    const int index = ctx_.dct.year * 4 + (ctx_.dct.month - 1) / 3 - 1;  // the quarter before the DCT's
    return index % 4 + 1;
}

std::string Scanner::period_value(int quarters_from_dct) const {
    return shift_value(ctx_.has_dct, ctx_.dct, Unit::Quarter, quarters_from_dct);
}

// "the weekend": the one just past unless the clause looks ahead
size_t Scanner::weekend(size_t i, Found& f) {
    // "For the week, the index dropped 3.8%", "the week's most active session": market reports name the week they
    // cover, the week of the day the story reached; which week is open without one. "The week before the vote"
    // counts from an event.
    if (is(i, "the") && is(i + 1, "week") && !lexicon::contains(TableId::temporal_event_relative_followers, low(i + 2))) {
        f.type = "DATE";
        if (ctx_.has_reference || has_last_day_) {
            const Date d = has_last_day_ ? last_day_ : ctx_.reference;
            f.value = shift_value(true, d, Unit::Week, 0), f.relative = !has_last_day_;
        } else {
            f.value = (ctx_.has_dct ? calendar::format_year(ctx_.dct.year) : std::string("XXXX")) + "-WXX";
        }
        return 2;
    }
    if (!is(i, "the") || !is(i + 1, "weekend")) return 0;
    f.type = "DATE";
    int shift = 0;
    const bool ahead = i > 0 && (is(i - 1, "before") || (is(i - 1, "of") && i > 1 && is(i - 2, "ahead")));
    if (ctx_.has_dct && !future_ && !ahead && calendar::weekday(ctx_.dct) < 6) shift = -1;
    f.value = shift_value(ctx_.has_dct, ctx_.dct, Unit::Weekend, shift);
    return 2;
}

// "year-end", "year end", "year's end" (the possessive is split off by the scanner)
size_t Scanner::year_end(size_t i, Found& f) {
    size_t n = 0;
    if (is(i, "year-end")) n = 1;
    else if (is(i, "year") && is(i + 1, "end")) n = 2;
    if (!n) return 0;
    // "year-end bonus", "the year-end results": an adjective before a noun still names the date
    f.type = "DATE", f.mod = "END";
    if (!ctx_.has_dct) return f.value = "XXXX", n;
    // "since year-end", "assets at year-end were": the last year's end; "by year-end": this one
    const bool back = (i > 0 && is(i - 1, "since")) || (past_clause_ && !forward_);
    f.value = calendar::format_year(ctx_.dct.year - (back ? 1 : 0));
    return n;
}

// "the next day", "the following week", "the day before", "the previous day", "a day later" (in ago())
size_t Scanner::reference_step(size_t i, Found& f) {
    if (!is(i, "the")) return 0;
    size_t j = i + 1;
    int shift = 0;
    if (lexicon::contains(TableId::temporal_step_forward_words, low(j))) shift = 1, ++j;
    else if (lexicon::contains(TableId::temporal_step_back_words, low(j))) shift = -1, ++j;
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
    bool use_reference = ctx_.has_reference;
    Date base = use_reference ? ctx_.reference : ctx_.dct;
    if (!use_reference) coarse_reference(unit, use_reference, base);
    const bool known = use_reference || ctx_.has_dct;
    f.type = "DATE", f.relative = use_reference;
    f.value = shift_value(known, base, unit, shift);
    if (unit == Unit::Day && known) set_day(f, calendar::add_days(base, shift), false), f.relative = use_reference;
    if (known && unit == Unit::Year) f.point_year = base.year + shift;
    if (known && unit == Unit::Month) {
        const Date m = calendar::add_months(Date{base.year, base.month, 1}, shift);
        f.point_year = m.year, f.point_month = m.month;
    }
    return j - i;
}

// Without a day, "the following year" and "a month later" count from the year or month the story reached.
void Scanner::coarse_reference(Unit unit, bool& use_reference, Date& base) const {
    if (unit == Unit::Year && ctx_.reference_year)
        use_reference = true, base = Date{ctx_.reference_year, ctx_.reference_month ? ctx_.reference_month : 1, 1};
    else if ((unit == Unit::Month || unit == Unit::Quarter) && ctx_.reference_month)
        use_reference = true, base = Date{ctx_.reference_year, ctx_.reference_month, 1};
}

}  // namespace storylens::temporal::scan
