// scanner.hpp — the recognizer's matcher, shared by the files that hold its pattern groups (recognizer.cpp:
// modifiers and dispatch; explicit_dates.cpp; relative_dates.cpp; durations_sets.cpp). One Scanner per sentence
// tries every pattern at each token that can begin a time expression and keeps the longest match.
#pragma once
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "temporal/first_token.hpp"
#include "temporal/granular.hpp"
#include "temporal/holidays.hpp"
#include "temporal/lexicon.hpp"
#include "temporal/recognizer.hpp"
#include "temporal/spelled_year.hpp"
#include "temporal/tense.hpp"
#include "text/token_view.hpp"

namespace storylens::temporal::scan {

using calendar::Date;
using lexicon::TableId;

using text::Tok;

inline bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

inline int to_int(std::string_view s) {
    if (!is_digits(s) || s.size() > 6) return -1;
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// "6th" -> 6, "6" -> 6; 0 when not a day number.
inline int day_number(std::string_view s) {
    size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    if (digits == 0 || digits > 2) return 0;
    const std::string_view suffix = s.substr(digits);
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    const int d = to_int(s.substr(0, digits));
    return d >= 1 && d <= 31 ? d : 0;
}

inline int year_number(std::string_view s) {
    if (s.size() != 4) return 0;
    const int y = to_int(s);
    return y >= 1000 && y <= 2199 ? y : 0;
}

// Number words, digits and hyphenated compounds ("twenty-five"); -1 when not a number.
inline int cardinal(std::string_view lower) {
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
inline bool date_preposition(std::string_view w) {
    return lexicon::contains(TableId::temporal_date_prepositions, w);
}

class Scanner {
public:
    Scanner(const text::TokenStream& tokens, uint32_t first, uint32_t count, const Context& ctx)
        : tokens_(tokens), ctx_(ctx) {
        text::sentence_tokens(tokens, first, count, toks_);
        // "Friday's", "today’s": the possessive is not part of the time expression
        for (Tok& t : toks_)
            for (std::string_view pos : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
                if (t.kind == TokenKind::Word && t.text.size() > pos.size() + 2 &&
                    t.text.substr(t.text.size() - pos.size()) == pos) {
                    t.text.remove_suffix(pos.size());
                    t.span.end -= static_cast<uint32_t>(pos.size());
                    t.lower.remove_suffix(pos.size());  // the ASCII lower case is as long as the text
                }
        // future_at looks at up to eleven tokens around every token: classify each token once
        facts_.resize(toks_.size());
        for (size_t k = 0; k < toks_.size(); ++k)
            if (((is_future_marker(toks_[k].lower) && !due_to_cause(k) && !plan_noun(k) && !inside_name(k)) ||
                 (toks_[k].lower == "set" && is(k + 1, "to")) || plan_infinitive(k)) &&
                !after_past_perfect(k))
                facts_[k] = kFutureWord;
        tense_ = clause_tenses(tokens_, toks_);
        for (size_t k = 0; k < toks_.size(); ++k)
            if (can_start_time_expression(tokens_, toks_[k])) facts_[k] |= kMayStart;
        mark_future_since_boundary();
    }

    // Whether the clause around token `i` speaks of the future: a future marker shortly before it.
    bool future_at(size_t i) const {
        const size_t from = i > 8 ? i - 8 : 0;
        for (size_t k = from; k < i && k < toks_.size(); ++k)
            if (facts_[k] & kFutureWord) return true;
        for (size_t k = i; k < i + 3 && k < toks_.size(); ++k)
            if (toks_[k].lower == "will") return true;
        return false;
    }

    // "will be named commander of the Space Shuttle Columbia for a mission in December": further back than
    // future_at looks, a future marker still governs the date while no comma or clause boundary lies between.
    // It picks the side of a year-less date only: as publication-date evidence it is too weak ("will bookend his
    // address to the convention in 2004").
    bool distant_future_at(size_t i) const { return facts_[i] & kDistantFuture; }

    // Reported future: "said operations would resume on Friday", "told reporters talks were due to restart
    // Monday". A modal of the future-in-the-past ("would", "could", "was to", "were due to", "was expected
    // to") shortly before token `i`, after a speech verb: the day lies after the time of saying, not before.
    bool reported_future_at(size_t i) const {
        const size_t from = i > 8 ? i - 8 : 0;
        for (size_t k = i; k-- > from;) {
            if (toks_[k].kind == TokenKind::Punctuation && (toks_[k].text == ";" || toks_[k].text == ":")) return false;
            if (!future_in_the_past(k)) continue;
            // "could have stopped it on Friday", "could not recall what happened on Friday": a past after all
            if (is(k + 1, "have")) return false;
            for (size_t m = k + 1; m < i; ++m)
                if (lexicon::contains(TableId::temporal_clause_openers, low(m))) return false;
            for (size_t s = k; s-- > 0;)
                if (lexicon::contains(TableId::temporal_speech_verbs, low(s)))
                    return true;
            return false;
        }
        return false;
    }

    // "the union would meet again in March": a modal of the future-in-the-past earlier in the clause, without a
    // speech verb before it (one after it, "..., its leader said", is common in news). "could have met" is past.
    bool modal_ahead_at(size_t i) const {
        const size_t from = i > 8 ? i - 8 : 0;
        const long k = last_before(i, from, [&](size_t m) {
            return (toks_[m].kind == TokenKind::Punctuation && toks_[m].text != "-") ||
                   lexicon::contains(TableId::temporal_clause_openers, low(m));
        }, [&](size_t m) { return future_in_the_past(m); });
        return k >= 0 && !is(size_t(k) + 1, "have");
    }

    // "which he believes will make it impossible for a Republican to win the presidency in 2016", "was prepared
    // to boost the number of refugees in fiscal 2016", "projected to swell to 65 million in 2025": a future marker,
    // a future-in-the-past or a target word anywhere earlier in the clause (back to a comma or a clause boundary;
    // a colon goes on: "the pledge he offered: to reduce emissions in 2025"); the date may lie ahead of the text.
    bool future_in_clause_before(size_t i) const {
        return last_before(i, 0, [&](size_t k) {
            const Tok& t = toks_[k];
            return t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote ||
                   (t.kind == TokenKind::Punctuation && (t.text == ";" || t.text == ",")) ||
                   lexicon::contains(TableId::temporal_clause_boundaries, t.lower);
        }, [&](size_t k) {
            return (facts_[k] & kFutureWord) || future_in_the_past(k) ||
                   lexicon::contains(TableId::time_dct_prospect_words, toks_[k].lower);
        }) >= 0;
    }

    // The one backward walker the clause look-backs share: from token i-1 down to `from`, the first token that
    // `hit` accepts, or -1 when `stop` accepts a token first (a token is tested for the stop before the hit).
    template <class Stop, class Hit>
    long last_before(size_t i, size_t from, Stop stop, Hit hit) const {
        for (size_t k = i; k-- > from;) {
            if (stop(k)) return -1;
            if (hit(k)) return long(k);
        }
        return -1;
    }

    // Sets kDistantFuture on every token in one pass: whether a future marker lies between the last boundary
    // before the token and the token (a boundary resets, a marker sets). Boundaries are looked up only while a
    // marker is pending, so a sentence without one costs no lookup.
    void mark_future_since_boundary() {
        bool distant = false;
        for (size_t k = 0; k < toks_.size(); ++k) {
            if (distant) facts_[k] |= kDistantFuture;
            const Tok& t = toks_[k];
            if (distant && (t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote ||
                            t.kind == TokenKind::Punctuation ||
                            lexicon::contains(TableId::temporal_clause_boundaries, t.lower)))
                distant = false;
            else if (facts_[k] & kFutureWord)
                distant = true;
        }
    }

    // "Planned Parenthood", "Will Smith": a capitalised word inside the sentence is part of a name
    bool inside_name(size_t k) const { return k > 0 && text::is_capitalized(toks_[k].text); }

    // A reported future ("said it would meet in March") at the current match: after the time of saying. Asked
    // only by year-less months, so the look back is not paid at every token.
    bool reported_ahead() const { return !future_ && (reported_future_at(start_) || modal_ahead_at(start_)); }

    // `every_token` tries the matchers at every token, not only where one can start: the reference that the
    // gate is tested against (temporal_gate_test.cpp).
    void run(std::vector<Found>& out, bool every_token = false) {
        size_t i = 0;
        while (i < toks_.size()) {
            if (!every_token && !(facts_[i] & kMayStart)) { ++i; continue; }
            Found best;
            size_t best_len = 0;
            try_all(i, best, best_len);
            if (best_len == 0) { ++i; continue; }
            // "over the next year or so", "in March or so": "or so" after any date or span makes it approximate
            if (is(i + best_len, "or") && is(i + best_len + 1, "so") &&
                (best.type == "DATE" || best.type == "DURATION")) {
                best_len += 2;
                if (best.mod.empty()) best.mod = "APPROX";
            }
            best.span = {toks_[i].span.start, toks_[i + best_len - 1].span.end};
            best.future_clause = future_ && !distant_future_, best.past_clause = past_clause_, best.present_clause = tense_[i].present;
            // only a dated past clue reads it (dct_inference.cpp): the look back is not paid for other matches
            best.future_in_clause = future_ || (past_clause_ && !best.value.empty() &&
                                                std::isdigit(static_cast<unsigned char>(best.value[0])) &&
                                                future_in_clause_before(i));
            if (best.resolved_day) last_day_ = best.day, has_last_day_ = true;
            // "since 2011", "until 2030": a bound, not the time the story has reached
            if (i > 0 && lexicon::contains(TableId::temporal_bound_words, low(i - 1)))
                best.point_year = 0;
            advance_reference(ctx_, best);
            out.push_back(best);
            i += best_len;
        }
    }

private:
    const text::TokenStream& tokens_;
    Context ctx_;  // a copy: the narrative reference also moves forward inside the sentence
    std::vector<Tok> toks_;
    std::vector<ClauseTense> tense_;  // by token
    bool forward_ = false;  // future, or a present-tense schedule ("the summit is in November"): look ahead
    bool past_ = false;     // a past clause: a year-less month after the DCT's is last year's
    bool past_clause_ = false;  // any past-tense clause: "brought in January" does not look a year ahead
    size_t start_ = 0;  // the token try_all matches at (reported_ahead reads it)
    // By token, one vector (a sentence's allocations count): a future marker ("will", "plans", "set to"), and
    // whether a time expression can begin there (first_token.hpp).
    // kDistantFuture: see mark_future_since_boundary.
    enum : uint8_t { kFutureWord = 1, kMayStart = 2, kDistantFuture = 4 };
    std::vector<uint8_t> facts_;
    bool future_ = false;  // set per match start by try_all
    bool distant_future_ = false;  // future_ only through distant_future_at
    bool has_last_day_ = false;  // the last day named in this sentence: clock times attach to it
    Date last_day_;

    std::string_view low(size_t i) const {
        return i < toks_.size() ? toks_[i].lower : std::string_view();
    }
    bool is(size_t i, std::string_view w) const { return i < toks_.size() && toks_[i].lower == w; }
    bool adjacent(size_t a, size_t b) const { return toks_[a].span.end == toks_[b].span.start; }

    // "would", "could", "was to", "were due to", "was expected to", "were set to", followed by a verb
    bool future_in_the_past(size_t k) const {
        if (lexicon::contains(TableId::temporal_past_modals, low(k)))
            return k + 1 < toks_.size() && toks_[k + 1].kind == TokenKind::Word;
        if (!lexicon::contains(TableId::temporal_past_be_forms, low(k))) return false;
        size_t j = k + 1;
        if (lexicon::contains(TableId::temporal_arrangement_words, low(j))) ++j;
        if (!is(j, "to") || j + 1 >= toks_.size() || toks_[j + 1].kind != TokenKind::Word) return false;
        return !due_to_cause(k + 1);
    }

    // "is to resume trading Tuesday", "are to meet Monday": an arrangement, so the day lies ahead
    bool plan_infinitive(size_t k) const {
        return lexicon::contains(TableId::temporal_present_be_forms, low(k)) && is(k + 1, "to") &&
               k + 2 < toks_.size() &&
               toks_[k + 2].kind == TokenKind::Word && !is(k + 2, "the") && !is(k + 2, "a");
    }

    // "announced the plan Aug. 21", "its plans for May": a noun, which says nothing of the clause's tense
    bool plan_noun(size_t k) const {
        return lexicon::contains(TableId::temporal_plan_nouns, low(k)) && k > 0 &&
               lexicon::contains(TableId::temporal_plan_determiners, low(k - 1));
    }

    // "had been due to expire Friday", "had been scheduled to open Monday": a plan that is already past
    bool after_past_perfect(size_t k) const {
        return (k >= 2 && is(k - 1, "been") && is(k - 2, "had")) ||
               // "as previously planned Saturday night", "more than expected": measured against a plan, not one
               (k >= 1 && lexicon::contains(TableId::temporal_settled_plan_words, low(k - 1)));
    }

    // "was due to the storm", "were due to heavy rain": a cause, not a plan
    bool due_to_cause(size_t k) const {
        return is(k, "due") && is(k + 1, "to") &&
               lexicon::contains(TableId::temporal_cause_openers, low(k + 2));
    }

    void consider(Found f, size_t len, Found& best, size_t& best_len) const {
        // "Mr. Reupke, 52 years old": an age, not a span of time (TimeML tags none)
        if (f.type == "DURATION" && is(start_ + len, "old")) return;
        if (len > best_len) best = std::move(f), best_len = len;
    }

    // ---- modifier prefixes ------------------------------------------------------------------------------------

    // "early", "late", "mid", "the end of", "the beginning of", "the middle of": returns tokens used.
    size_t point_modifier(size_t i, std::string& mod) const;

    // "about", "nearly", "more than", "at least", "up to": returns tokens used.
    size_t amount_modifier(size_t i, std::string& mod) const;

    // ---- the patterns --------------------------------------------------------------------------------------------

    void try_all(size_t i, Found& best, size_t& best_len);

    // Everything that names a point or period on the calendar.
    size_t point_core(size_t i, Found& f);

    // "mid-2026", "mid-March": one token.
    size_t mid_compound(size_t i, Found& f);

    // Year-less month: the year that keeps it on the right side of the DCT for the clause's tense (with a DCT).
    int month_year(int month, bool whole_month = false) const;
    // The month's TIMEX3 value: in `year` when given, else in month_year(), else "XXXX-MM" without a DCT.
    std::string month_value(int month, int year) const;

    static std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

    int month_at(size_t i, bool& abbreviated) const;

    void set_day(Found& f, const Date& d, bool explicit_day) const;

    size_t year_after(size_t i, int& y) const;

    // "March 6, 2025", "Mar. 6", "March 2025", "March"
    size_t month_date(size_t i, Found& f);

    // "6 March 2025", "6th of March"
    size_t day_month(size_t i, Found& f);

    // "2025-03-06" (ISO) and "6/3/2025" (US month/day/year unless the first part is over 12: then day/month).
    size_t numeric_date(size_t i, Found& f);

    // "2011", "fiscal 1999"
    size_t year(size_t i, Found& f) const;

    // "in 1648", "since 711", "AD 785", "300 BC": years before 1800 need a year cue or an era word, since small
    // numbers are counts far more often than years.
    size_t early_year(size_t i, Found& f) const;

    // "in nineteen eighty-four", "the year two thousand", "the winter of nineteen ninety-four"
    size_t spelled_year(size_t i, Found& f);

    // "Christmas", "Christmas Eve 2023", "last Easter", "on Good Friday", "New Year's Day"
    size_t holiday(size_t i, Found& f);

    // "that year", "that month", "that day": the period the narrative has reached, never the DCT's
    size_t narrative_period(size_t i, Found& f);

    // "the 1990s", "'90s", "the early 2000s"
    size_t decade(size_t i, Found& f);

    // "the third quarter (of 2025)", "third-quarter", "Q3", "the first half"
    size_t quarter(size_t i, Found& f);

    // "spring", "last summer", "winter 2024"
    size_t season(size_t i, Found& f);

    // "Friday", "late Friday" (via the modifier), "Friday night", "last Friday", "next Monday"
    size_t weekday(size_t i, Found& f);

    // "the previous Friday", "the following Monday": stepped from the narrative's day
    size_t stepped_weekday(size_t i, Found& f);

    // today, yesterday, tomorrow, tonight, "this morning", "last night", "yesterday afternoon"
    size_t deictic(size_t i, Found& f);

    // "last week", "next year", "this month", "last March", "earlier this year", "later this month"
    size_t shifted(size_t i, Found& f);

    // "two years ago", "a week earlier", "three days later", "a few months ago"
    size_t ago(size_t i, Found& f);

    // "almost two years ago", "about a week ago": the modifier belongs to the date
    size_t approximate_ago(size_t i, Found& f);

    // Business-news periods: "the quarter", "the latest quarter", "the year-earlier period", "the fiscal year".
    // A quarter or period without a number is the one just reported, the quarter before the DCT's.
    size_t reporting_period(size_t i, Found& f);

    static bool is_year_ago(std::string_view w) { return w == "year-ago" || w == "year-earlier"; }

    // "the first nine months ... a year earlier", "for the year ... a year ago": the comparison is yearly
    bool mentions_longer_period() const;

    bool mentions_quarter() const;

    std::string period_value(int quarters_from_dct) const;

    // The number (1-4) of the quarter just reported, the one before the DCT's (needs a DCT).
    int reported_quarter() const;

    // "the weekend": the one just past unless the clause looks ahead
    size_t weekend(size_t i, Found& f);

    // "year-end", "year end", "year's end": the end of the DCT's year, or of the last one in a past clause
    size_t year_end(size_t i, Found& f);

    // "the next day", "the following week", "the day before", "the previous day", "a day later" (in ago())
    size_t reference_step(size_t i, Found& f);

    // Without a day, "the following year" and "a month later" count from the year or month the story reached.
    void coarse_reference(Unit unit, bool& use_reference, Date& base) const;

    // "three days", "five-decade-long", "30-day", "the past two months", "for years", "a decade"
    size_t duration(size_t i, Found& f);

    static std::vector<std::string_view> split(std::string_view w);

    static void set_duration(Found& f, int n, Unit u);

    // "10:30 a.m.", "3 p.m.", "5pm", "noon", "midnight"
    size_t clock_time(size_t i, Found& f);

    // "every year", "each Monday", "every two weeks", "daily", "twice a year"
    size_t set_expression(size_t i, Found& f);

    // now, currently, recently, soon, "the past", "the future", "these days", "recent years"
    size_t vague(size_t i, Found& f);
};

}  // namespace storylens::temporal::scan
