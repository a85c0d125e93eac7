// recognizer.cpp — a token-level matcher for English news time expressions. At each token every pattern is
// tried and the longest match wins; values come from the lexicon tables and calendar arithmetic. The pattern
// groups live in explicit_dates.cpp, relative_dates.cpp and durations_sets.cpp (see scanner.hpp).
#include "temporal/recognizer.hpp"

#include "temporal/scanner.hpp"

namespace storylens::temporal::scan {

// "early", "late", "mid", "the end of", "the beginning of", "the middle of": returns tokens used.
size_t Scanner::point_modifier(size_t i, std::string& mod) const {
    if (is(i, "early")) return mod = "START", 1;
    if (is(i, "late")) return mod = "END", 1;
    if (is(i, "mid")) return mod = "MID", 1;
    if (is(i, "the") && is(i + 2, "of")) {
        if (lexicon::contains(TableId::temporal_end_nouns, low(i + 1))) return mod = "END", 3;
        if (lexicon::contains(TableId::temporal_start_nouns, low(i + 1))) return mod = "START", 3;
        if (is(i + 1, "middle")) return mod = "MID", 3;
    }
    return 0;
}

// "about", "nearly", "more than", "at least", "up to": returns tokens used.
size_t Scanner::amount_modifier(size_t i, std::string& mod) const {
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
        if (m && !lexicon::contains(TableId::temporal_point_modifiers, low(i)))
            return mod = m, 1;
    }
    return 0;
}

void Scanner::try_all(size_t i, Found& best, size_t& best_len) {
    future_ = future_at(i);
    distant_future_ = !future_ && distant_future_at(i);
    future_ = future_ || distant_future_;
    forward_ = future_ || (tense_[i].present && !tense_[i].past && !(i > 0 && is(i - 1, "since"))) ||
               (i > 0 && is(i - 1, "effective")) ||  // "effective Feb. 1": a change announced ahead of its start
               // "to pay down the loan by February", "closed until March": a deadline outside a past clause
               // (a present verb in the deadline's own part wins over a past one elsewhere in the clause: "the sale,
               // which had been expected, is part of a program to pay down the loan by February")
               (i > 0 && lexicon::contains(TableId::temporal_deadline_words, low(i - 1)) &&
                (!tense_[i].past || tense_[i].present));
    // "lost in August", "backed him on 2 September": a past happening; deadlines ("by", "until", "payable")
    // may lie ahead even in a past clause
    past_ = !future_ && tense_[i].past && i > 0 &&
            lexicon::contains(TableId::temporal_past_event_prepositions, low(i - 1));
    // "loans through January", "would be paid in January": a deadline or a future-in-the-past looks ahead
    past_clause_ = !future_ && tense_[i].past &&
                   !(i > 0 && lexicon::contains(TableId::temporal_deadline_prepositions, low(i - 1)));
    for (size_t k = i > 10 ? i - 10 : 0; past_clause_ && k < i; ++k)
        if (future_in_the_past(k)) past_clause_ = false;
    start_ = i;
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
size_t Scanner::point_core(size_t i, Found& f) {
    size_t best = 0;
    Found tmp;
    auto take = [&](size_t n) {
        if (n > best) best = n, f = std::move(tmp);
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
    take(stepped_weekday(i, tmp));
    take(deictic(i, tmp));
    take(shifted(i, tmp));
    take(ago(i, tmp));
    take(approximate_ago(i, tmp));
    take(reference_step(i, tmp));
    take(reporting_period(i, tmp));
    take(weekend(i, tmp));
    take(year_end(i, tmp));
    take(early_year(i, tmp));
    take(spelled_year(i, tmp));
    take(holiday(i, tmp));
    take(narrative_period(i, tmp));
    return best;
}

// "mid-2026", "mid-March": one token.
size_t Scanner::mid_compound(size_t i, Found& f) {
    if (i >= toks_.size()) return 0;
    const std::string_view w = low(i);
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

}  // namespace storylens::temporal::scan

namespace storylens::temporal {

using scan::Scanner;

void advance_reference(Context& c, const Found& f) {
    if (f.resolved_day) {
        c.has_reference = true, c.reference = f.day;
        c.has_story_day = true, c.story_day = f.day;
        c.reference_year = f.day.year, c.reference_month = f.day.month;
        return;
    }
    if (!f.point_year) return;
    // a day stays the story's "now" while the coarser point agrees with it ("3 March ... in March 2025")
    if (c.has_reference && (c.reference.year != f.point_year || (f.point_month && f.point_month != c.reference.month)))
        c.has_reference = false;
    c.reference_year = f.point_year, c.reference_month = f.point_month;
}

void recognize(const text::TokenStream& tokens, uint32_t first, uint32_t count, const Context& context,
               std::vector<Found>& out) {
    Scanner scanner(tokens, first, count, context);
    scanner.run(out);
}

void recognize_at_every_token(const text::TokenStream& tokens, uint32_t first, uint32_t count,
                              const Context& context, std::vector<Found>& out) {
    Scanner scanner(tokens, first, count, context);
    scanner.run(out, true);
}

}  // namespace storylens::temporal
