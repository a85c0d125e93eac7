// dct_inference.cpp — the publication date as evidence: every clue narrows a range of days, and a value is named
// only when the range is narrow. The latest date a text names is a lower bound, never the answer by itself: wire
// stories quote decades-old speeches, and bond notices name maturities years ahead.
#include "temporal/dct_inference.hpp"

#include <algorithm>
#include <cctype>
#include <climits>
#include <string>

#include "lexicon/lexicon.hpp"
#include "temporal/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::temporal {

namespace {

using calendar::Date;

constexpr long kNone = LONG_MIN;
constexpr int kQuotedWeight = 50;  // a date inside quotation marks: someone else's time, maybe long ago
constexpr int kRecentMonthWeight = 60;  // the year-less month may be a later one than the dated day's
constexpr size_t kOtherClues = 16;      // clues without effect kept in the output
// "Thursday, June 16, 2016": wire style (AP Stylebook) names the weekday only for days within a week of the story;
// a convention, not a fact, so it weighs less than a dated past
constexpr int kWeekWeight = 60;
constexpr long kWeek = 7;

long day_number(const Date& d) { return calendar::days_from_civil(d.year, d.month, d.day); }
std::string day_text(long n) { return calendar::format_day(calendar::civil_from_days(n)); }

int digits(std::string_view s, size_t at, size_t count) {
    if (at + count > s.size()) return -1;
    int v = 0;
    for (size_t k = at; k < at + count; ++k) {
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return -1;
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

// "2025", "2025-03", "2025-03-06": the first and last day of the period; false for anything else.
bool period_of(std::string_view v, long& first, long& last) {
    const int y = digits(v, 0, 4);
    if (y < 1000) return false;
    if (v.size() == 4) {
        first = calendar::days_from_civil(y, 1, 1), last = calendar::days_from_civil(y, 12, 31);
        return true;
    }
    if (v.size() < 7 || v[4] != '-') return false;
    const int m = digits(v, 5, 2);
    if (m < 1 || m > 12) return false;
    if (v.size() == 7) {
        first = calendar::days_from_civil(y, m, 1), last = calendar::days_from_civil(y, m, calendar::days_in_month(y, m));
        return true;
    }
    if (v.size() != 10 || v[7] != '-') return false;
    const int d = digits(v, 8, 2);
    if (d < 1 || d > calendar::days_in_month(y, m)) return false;
    first = last = calendar::days_from_civil(y, m, d);
    return true;
}

// "XXXX-03" -> month 3, day 0; "XXXX-10-13" -> 10, 13; false otherwise.
bool yearless(std::string_view v, int& month, int& day) {
    if (v.rfind("XXXX-", 0) != 0 || (v.size() != 7 && v.size() != 10)) return false;
    month = digits(v, 5, 2), day = v.size() == 10 ? digits(v, 8, 2) : 0;
    return month >= 1 && month <= 12 && day >= 0;
}

// "XXXX-WXX-5" -> 5 (ISO weekday); 0 otherwise.
int weekday_of(std::string_view v) {
    if (v.size() != 10 || v.rfind("XXXX-WXX-", 0) != 0) return 0;
    const int d = digits(v, 9, 1);
    return d >= 1 && d <= 7 ? d : 0;
}

// Whether a position lies inside quotation marks of its paragraph: straight quotes toggle, curly ones open and
// close. Asked in text order, it reads each byte once (a long text names thousands of dates).
class QuoteTracker {
public:
    QuoteTracker(std::string_view text, const Document& doc) : text_(text), doc_(doc) {}

    bool inside(uint32_t pos) {
        while (paragraph_ < doc_.paragraphs.size() && doc_.paragraphs[paragraph_].span.start <= pos) {
            if (doc_.paragraphs[paragraph_].span.start > at_) at_ = doc_.paragraphs[paragraph_].span.start;
            straight_ = curly_ = 0;
            ++paragraph_;
        }
        for (; at_ < pos && at_ < text_.size(); ++at_) {
            if (text_[at_] == '"') ++straight_;
            else if (text_.compare(at_, 3, "\xE2\x80\x9C") == 0) ++curly_;
            else if (text_.compare(at_, 3, "\xE2\x80\x9D") == 0 && curly_ > 0) --curly_;
        }
        return straight_ % 2 == 1 || curly_ > 0;
    }

private:
    std::string_view text_;
    const Document& doc_;
    size_t paragraph_ = 0;
    uint32_t at_ = 0;
    int straight_ = 0, curly_ = 0;
};

// The word just before `pos`, lower-cased ("to" in "postponed to 2030"); empty when something else is there.
// `start` is set to where that word begins.
std::string word_before(std::string_view text, uint32_t pos, uint32_t& start) {
    size_t end = pos;
    while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    size_t from = end;
    while (from > 0 && std::isalpha(static_cast<unsigned char>(text[from - 1]))) --from;
    start = static_cast<uint32_t>(from);
    return text::lowered(text.substr(from, end - from));
}

// A deadline or maturity word among the two words before the date ("until 2030", "expires on Dec. 31, 1990").
bool after_deadline_word(std::string_view text, uint32_t pos) {
    uint32_t start = pos;
    for (int k = 0; k < 2; ++k) {
        const std::string w = word_before(text, start, start);
        if (w.empty()) return false;
        if (lexicon::contains(lexicon::TableId::time_dct_non_bounds, w)) return true;
    }
    return false;
}

// A bare year names when a past clause happened only after "in", "during", "since".
bool introduced_year(std::string_view text, uint32_t pos) {
    uint32_t start = pos;
    return lexicon::contains(lexicon::TableId::time_dct_year_prepositions, word_before(text, pos, start));
}

// A dated day that names a past event: "the attacks of Sept. 11, 2001".
bool names_past_event(std::string_view text, uint32_t pos) {
    uint32_t start = pos;
    return lexicon::contains(lexicon::TableId::time_dct_history_prepositions, word_before(text, pos, start));
}

// "said late Friday", "announced on Tuesday": the speech verb ends its clause for the tagger's tense, but the
// weekday right after it is when the speaking happened.
bool after_past_speech_verb(std::string_view text, uint32_t pos) {
    uint32_t start = pos;
    std::string w = word_before(text, pos, start);
    if (lexicon::contains(lexicon::TableId::temporal_past_event_prepositions, w)) w = word_before(text, start, start);
    return lexicon::contains(lexicon::TableId::time_dct_past_speech_verbs, w);
}

// Whether the match is all its line holds, bar spaces and a full stop ("Friday, December 4, 2015.").
bool alone_on_its_line(std::string_view text, Span span) {
    for (size_t k = span.start; k > 0 && text[k - 1] != '\n'; --k)
        if (!std::isspace(static_cast<unsigned char>(text[k - 1]))) return false;
    for (size_t k = span.end; k < text.size() && text[k] != '\n'; ++k)
        if (text[k] != '.' && !std::isspace(static_cast<unsigned char>(text[k]))) return false;
    return true;
}

// Whether the match signs an embedded post: "— Paul Ryan (@SpeakerRyan) July 5, 2016", the handle in brackets
// right before the date.
bool signs_a_post(std::string_view text, Span span) {
    size_t k = span.start;
    while (k > 0 && text[k - 1] == ' ') --k;
    if (k == 0 || text[k - 1] != ')') return false;
    --k;
    const size_t handle_end = k;
    while (k > 0 && (std::isalnum(static_cast<unsigned char>(text[k - 1])) || text[k - 1] == '_')) --k;
    return k >= 2 && k < handle_end && text[k - 1] == '@' && text[k - 2] == '(';
}

// The first word of the match, lower-cased ("last" in "last March").
std::string first_word(std::string_view text, Span span) {
    size_t end = span.start;
    while (end < span.end && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    return text::lowered(text.substr(span.start, end - span.start));
}

// Whether only spaces and commas separate two matches ("Friday, Oct. 13").
bool next_to(std::string_view text, Span a, Span b) {
    if (b.start < a.end) return false;
    for (uint32_t k = a.end; k < b.start; ++k)
        if (text[k] != ' ' && text[k] != ',') return false;
    return b.start - a.end <= 3;
}

struct Bounds {
    long earliest = kNone, latest = kNone;
    int earliest_clue = -1, latest_clue = -1;  // index into the evidence list
    bool earliest_is_day = false;              // set by a dated day, not by the start of a year or month
};

class Weigher {
public:
    Weigher(std::string_view text, const Document& doc, const std::vector<Found>& found)
        : text_(text), found_(found), quotes_(text, doc) {}

    Dct run() {
        for (const Found& f : found_) dated_clue(f), past_weekday_clue(f), day_before_clue(f);
        if (b_.earliest != kNone && b_.latest != kNone && b_.latest < b_.earliest) drop_upper_bounds();
        for (size_t k = 0; k + 1 < found_.size(); ++k) weekday_date_clue(found_[k], found_[k + 1]);
        for (const Found& f : found_) recent_month_clue(f);
        for (const Found& f : found_) last_month_clue(f);
        within_a_week_clues();  // last: its window is no dated past for "last March" to move out of
        return conclude();
    }

private:
    std::string_view text_;
    const std::vector<Found>& found_;
    QuoteTracker quotes_;
    Bounds b_;
    std::vector<DctEvidence> evidence_;
    int earliest_weight_ = 100, latest_weight_ = 100;
    std::vector<int> past_weekdays_;  // evidence indices of weekdays in past clauses ("said Friday")
    int day_before_ = -1;             // evidence index of the first "yesterday" outside quotations

    int add(const char* kind, Span span, std::string value, int weight) {
        evidence_.push_back({kind, span, std::move(value), "none", weight});
        return static_cast<int>(evidence_.size()) - 1;
    }

    void raise_earliest(long day, int clue, bool is_day) {
        if (b_.earliest != kNone && day <= b_.earliest) return;
        if (b_.earliest_clue >= 0) evidence_[b_.earliest_clue].effect = "none";
        b_.earliest = day, b_.earliest_clue = clue, b_.earliest_is_day = is_day;
        evidence_[clue].effect = "earliest";
    }

    void lower_latest(long day, int clue) {
        if (b_.latest != kNone && day >= b_.latest) return;
        if (b_.latest_clue >= 0) evidence_[b_.latest_clue].effect = "none";
        b_.latest = day, b_.latest_clue = clue;
        evidence_[clue].effect = "latest";
    }

    // A calendar date with its year: before the text was written when the clause is past, after it when the
    // clause looks ahead. Deadlines and maturities ("to 2030", "due 2019") bound nothing.
    void dated_clue(const Found& f) {
        if (f.type != "DATE" || !f.mod.empty() || f.relative) return;  // "a day later": the text's own arithmetic
        long first, last;
        if (!period_of(f.value, first, last)) return;
        if (after_deadline_word(text_, f.span.start)) return;
        if (f.value.size() == 4 && !introduced_year(text_, f.span.start)) return;
        const bool in_quote = quotes_.inside(f.span.start);
        // "The issue, which is puttable back to the company in 1999, was priced": the date sits in a present
        // part of a past sentence, so it is no past happening
        if (f.past_clause && !f.future_in_clause && !f.present_clause) {
            const int clue = add("past_date", f.span, f.value, in_quote ? kQuotedWeight : 100);
            // "the attacks of Sept. 11, 2001": a named past event bounds the range, but says nothing of the year a
            // year-less "in September" falls in (recent_month_clue), nor that the text followed it closely
            raise_earliest(first, clue, first == last && !names_past_event(text_, f.span.start));
        } else if (f.future_clause && !f.past_clause && !in_quote) {
            lower_latest(last, add("future_date", f.span, f.value, 100));
        }
    }

    // "voted Friday", "said late Friday": a weekday told in the past tense is the last such weekday on or before
    // the text's day. It bounds nothing alone (every week has one) but places the value inside a narrow range.
    void past_weekday_clue(const Found& f) {
        if (f.type != "DATE" || f.relative || f.future_clause || f.future_in_clause) return;
        if (!f.past_clause && !after_past_speech_verb(text_, f.span.start)) return;
        const int wd = weekday_of(f.value);
        if (!wd || quotes_.inside(f.span.start)) return;
        past_weekdays_.push_back(add("past_weekday", f.span, f.value, 100));
    }

    // "said yesterday": a writer who names the day before by that word names by weekday only days before it.
    void day_before_clue(const Found& f) {
        if (day_before_ >= 0 || f.type != "DATE") return;
        if (!lexicon::contains(lexicon::TableId::time_dct_day_before_words, first_word(text_, f.span))) return;
        if (quotes_.inside(f.span.start)) return;
        day_before_ = add("day_before", f.span, f.value, 100);
    }

    // The day a narrow range's value moves to so that every past weekday the text tells falls inside the range:
    // news names by weekday what happened in the days just before it was written, so those days come after the
    // range's start ("last March" then "said Friday": the first Friday of April), and two days later when the text
    // says "yesterday" for the day before. `from` when no weekday is told or the day would leave the range.
    long after_past_weekdays(long from) {
        long day = from - 1;  // below every weekday's first day, so a weekday falling on `from` still decides
        int deciding = -1;
        for (int clue : past_weekdays_) {
            const int wd = weekday_of(evidence_[clue].value);
            const long first = from + (wd - calendar::weekday(calendar::civil_from_days(from)) + 7) % 7;
            if (first > day) day = first, deciding = clue;
        }
        if (deciding < 0) return from;
        const bool day_before = day_before_ >= 0;
        if (day_before) day += 2;
        if (b_.latest != kNone && day > b_.latest) return from;
        evidence_[deciding].effect = "value";
        if (day_before) evidence_[day_before_].effect = "value";
        return day;
    }

    // "on Thursday, Aug. 11, 2016": a full date written with its (matching) weekday is within a week of the text:
    // after it in a past clause, before it in a future one, either side otherwise; so is the date that signs an
    // embedded post. The latest such date is tried first; one that would empty the range is only listed.
    void within_a_week_clues() {
        struct Dated {
            long day;
            const Found* found;
            bool post;  // signs an embedded post
        };
        std::vector<Dated> dated;
        for (const Found& f : found_) {
            long first, last;
            if (f.type != "DATE" || !f.mod.empty() || f.relative || !period_of(f.value, first, last) || first != last)
                continue;
            if (signs_a_post(text_, f.span)) {
                dated.push_back({first, &f, true});
                continue;
            }
            const int wd = weekday_number(first_word(text_, f.span));
            if (!wd || wd != calendar::weekday(calendar::civil_from_days(first))) continue;
            if (after_deadline_word(text_, f.span.start)) continue;
            // a date line alone ("Friday, December 4, 2015." under a correction) dates an addition, not the text
            if (alone_on_its_line(text_, f.span)) continue;
            dated.push_back({first, &f, false});
        }
        std::sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) { return a.day > b.day; });
        for (const auto& [day, f, post] : dated) {
            // an embedded post is news of the moment, but the story may be updated after it or predate a later
            // post added to it: a week either side
            const bool past = !post && f->past_clause && !f->future_clause && !f->future_in_clause;
            const bool future = !post && f->future_clause && !f->past_clause;
            const long from = past ? day : day - kWeek, to = future ? day : day + kWeek;
            const int clue = add(post ? "post_date" : "weekday_full_date", f->span, f->value, kWeekWeight);
            const long e = b_.earliest == kNone ? from : std::max(b_.earliest, from);
            const long l = b_.latest == kNone ? to : std::min(b_.latest, to);
            if (l < e) continue;
            if (b_.earliest == kNone || from > b_.earliest) raise_earliest(from, clue, past);
            if (b_.latest == kNone || to < b_.latest) lower_latest(to, clue);
            if (b_.earliest_clue == clue && b_.latest_clue == clue) evidence_[clue].effect = "value";
        }
    }

    // Upper bounds that contradict the dated past are the weaker clues (a plan reported long after it was due).
    void drop_upper_bounds() {
        for (DctEvidence& e : evidence_)
            if (e.effect == "latest") e.effect = "none";
        b_.latest = kNone, b_.latest_clue = -1;
    }

    // "Friday, Oct. 13": only some years put that date on a Friday. The first such year from the year before the
    // lower bound on is the one a news text means (it writes no year for a date within the last twelve months).
    void weekday_date_clue(const Found& a, const Found& b) {
        if (!next_to(text_, a.span, b.span)) return;
        int month, day;
        const int wd = weekday_of(a.value);
        if (!wd || !yearless(b.value, month, day) || day == 0 || b_.earliest == kNone) return;
        const int from = calendar::civil_from_days(b_.earliest).year - 1;
        for (int y = from; y <= from + 2; ++y) {
            if (day > calendar::days_in_month(y, month)) continue;
            const Date d{y, month, day};
            const long n = day_number(d);
            if (calendar::weekday(d) != wd || n + 365 < b_.earliest) continue;
            if (b_.latest != kNone && n - 365 > b_.latest) continue;
            const Span span{a.span.start, b.span.end};
            const int clue = add("weekday_date", span, calendar::format_day(d), 100);
            if (b.future_clause && !b.past_clause) {
                lower_latest(n, clue);
            } else {
                raise_earliest(n, clue, true);
                lower_latest(n + 365, clue);
                evidence_[clue].effect = "earliest";
            }
            return;
        }
    }

    // "in early March" in a past clause names the latest March before the text: when the text also dates a day
    // in March (6 March 2025), it was written before the next March.
    void recent_month_clue(const Found& f) {
        int month, day;
        if (!b_.earliest_is_day || !f.past_clause || f.future_clause || !yearless(f.value, month, day) || day) return;
        const Date low = calendar::civil_from_days(b_.earliest);
        if (low.month != month) return;
        const long cap = calendar::days_from_civil(low.year + 1, month, 1) - 1;
        lower_latest(cap, add("recent_month", f.span, calendar::format_month(low.year, month), kRecentMonthWeight));
    }

    // "last March" is not said in March: a lower bound in that month moves to the next one.
    void last_month_clue(const Found& f) {
        int month, day;
        if (b_.earliest == kNone || !yearless(f.value, month, day) || day != 0) return;
        if (first_word(text_, f.span) != "last") return;
        const Date low = calendar::civil_from_days(b_.earliest);
        if (low.month != month) return;
        const Date next = calendar::add_months(Date{low.year, low.month, 1}, 1);
        raise_earliest(day_number(next), add("last_month", f.span, calendar::format_month(low.year, month), 100), true);
    }

    // The clues that set a bound, and the first few others (a long text names thousands of dates).
    std::vector<DctEvidence> deciding_and_first_others() {
        if (b_.earliest_clue >= 0) earliest_weight_ = evidence_[b_.earliest_clue].weight;
        if (b_.latest_clue >= 0) latest_weight_ = evidence_[b_.latest_clue].weight;
        std::vector<DctEvidence> kept;
        size_t others = 0;
        for (DctEvidence& e : evidence_)
            if (e.effect != "none" || others++ < kOtherClues) kept.push_back(std::move(e));
        return kept;
    }

    // Narrow ranges get a value: the lower bound when a dated day set it (news reports what just happened), the
    // middle of the range otherwise. Wider than a year, the date is unknown and only the bounds are reported.
    Dct conclude() {
        Dct d;
        if (b_.earliest != kNone) d.earliest = day_text(b_.earliest);
        if (b_.latest != kNone) d.latest = day_text(b_.latest);
        const long width = b_.earliest != kNone && b_.latest != kNone ? b_.latest - b_.earliest : -1;
        // contradicting clues, an open side, or a range too wide to name a day: the bounds only
        const bool narrow = width >= 0 && width <= 366;
        long value = kNone;
        if (narrow) value = b_.earliest_is_day ? after_past_weekdays(b_.earliest) : b_.earliest + width / 2;
        d.evidence = deciding_and_first_others();
        if (!narrow) return d;
        d.value = day_text(value);
        d.origin = DctOrigin::Inferred;
        const int base = width == 0 ? 90 : width <= 7 ? 75 : width <= 31 ? 55 : width <= 92 ? 40 : 30;
        const int weight = std::min(earliest_weight_, latest_weight_);
        d.confidence = base * weight / 100;
        return d;
    }
};

}  // namespace

Dct known_dct(const Date& day, DctOrigin origin, const char* kind, int confidence, Span span) {
    Dct d;
    d.value = d.earliest = d.latest = calendar::format_day(day);
    d.origin = origin;
    d.confidence = confidence;
    d.evidence.push_back({kind, span, d.value, "value", 100});
    return d;
}

Dct infer_dct(std::string_view text, const Document& document, const std::vector<Found>& found) {
    return Weigher(text, document, found).run();
}

}  // namespace storylens::temporal
