// clause_bounds.cpp — where a dated clause starts and ends inside its sentence, and which of its tokens a
// gist leaves out (the date with its preposition, parentheticals, participle phrases with an agent).
#include "events/timeline_builder.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::events {

namespace {

bool is_participle_ing(const Tok& t) {
    return t.kind == TokenKind::Word && t.lower.size() > 5 && t.lower.substr(t.lower.size() - 3) == "ing" &&
           !text::is_capitalized(t.text);
}

}  // namespace

void TimelineBuilder::mark_quotes() {
    quoted_.assign(toks_.size(), 0);
    bool open = false;
    for (size_t i = 0; i < toks_.size(); ++i) {
        if (toks_[i].kind == TokenKind::OpenQuote) open = true;
        quoted_[i] = open;
        if (toks_[i].kind == TokenKind::CloseQuote) open = false;
    }
}

bool TimelineBuilder::is_break(size_t i) const {
    const Tok& t = toks_[i];
    if (t.text == ";") return true;
    if (text::in_table(tokens_, t, lexicon::TableId::events_clause_openers))
        return t.lower != "following" || following_is_preposition(i);
    if (t.lower == "that" && i > 0 && toks_[i - 1].kind == TokenKind::Word && !in_timex(i - 1) &&
        !looks_like_verb_at(i - 1))
        return true;
    if (t.lower == "response" && i > 0 && toks_[i - 1].lower == "in") return true;
    if (new_clause_after(i)) return true;
    if (i > 0 && toks_[i - 1].text == "," && is_participle_ing(t)) return true;
    if (i > 1 && toks_[i - 1].kind == TokenKind::CloseQuote && toks_[i - 2].text == "," && is_participle_ing(t))
        return true;
    return false;
}

bool TimelineBuilder::following_is_preposition(size_t i) const {
    if (i > 0 && (toks_[i - 1].lower == "the" || (toks_[i - 1].lower.size() > 2 &&
                                                   toks_[i - 1].lower.substr(toks_[i - 1].lower.size() - 2) == "ly")))
        return false;
    if (i + 1 >= toks_.size()) return false;
    const Tok& next = toks_[i + 1];
    return lexicon::contains(lexicon::TableId::events_noun_phrase_starts, next.lower) || text::is_capitalized(next.text) ||
           next.kind == TokenKind::Number;
}

int32_t TimelineBuilder::timex_at(size_t i) const {
    const Timex* t = timex_containing(timexes_, toks_[i].span);
    return t ? static_cast<int32_t>(t->id) : -1;
}

std::pair<size_t, size_t> TimelineBuilder::clause(size_t at) const {
    size_t from = at, to = at + 1;
    const bool in_quote = quoted_[at];
    while (from > 0 && !is_break(from) && !(in_quote && !quoted_[from - 1])) --from;
    // ", who took office in 2019, resigned on Friday": a relative clause closed before the date interrupts
    // the clause, which goes on back to its subject (the gist leaves the interruption out)
    while (from > 0 && lexicon::contains(lexicon::TableId::events_wh_relativizers, toks_[from].lower) && toks_[from - 1].text == "," &&
           comma_between(from, at)) {
        --from;
        while (from > 0 && !is_break(from) && !(in_quote && !quoted_[from - 1])) --from;
    }
    // "lost once after Christmas, a 1-0 defeat on 15 March": a date phrase ends at its comma
    if (from < at && lexicon::contains(lexicon::TableId::events_sequence_prepositions, toks_[from].lower)) {
        size_t k = from + 1;
        while (k < at && in_timex(k)) ++k;
        if (k > from + 1 && k + 1 < at && toks_[k].text == ",") from = k + 1;
    }
    // "After 24 years in power, he resigned on 3 May": a fronted subordinate clause is not the subject
    if (from == 0 && from < at && is_break(0) && !lexicon::contains(lexicon::TableId::events_relativizers, toks_[0].lower))
        for (size_t k = at; k > 1; --k)
            if (toks_[k - 1].text == "," && !quoted_[k - 1]) { from = k; break; }
    if (is_break(from) && from < at && lexicon::contains(lexicon::TableId::events_relativizers, toks_[from].lower)) {
        // a relative clause: keep a few words of the noun it hangs on as its subject
        size_t k = from;
        // "a 12-year investigation that": a number or hyphen written inside a word belongs to the noun
        auto in_word = [&](size_t j) {
            return toks_[j].span.end == toks_[j + 1].span.start &&
                   (toks_[j].kind == TokenKind::Number || toks_[j].text == "-");
        };
        while (k > 0 && from - k < 6 && (toks_[k - 1].kind == TokenKind::Word || in_word(k - 1)) &&
               !lexicon::contains(lexicon::TableId::events_subject_stops, toks_[k - 1].lower))
            --k;
        from = k;
    }
    while (to < toks_.size() && !is_break(to) && !(in_quote && !quoted_[to])) ++to;
    return {from, to};
}

bool TimelineBuilder::comma_between(size_t from, size_t to) const {
    for (size_t k = from + 1; k < to; ++k)
        if (toks_[k].text == ",") return true;
    return false;
}

bool TimelineBuilder::new_clause_after(size_t i) const {
    if (i == 0 || toks_[i - 1].text != "," || !lexicon::contains(lexicon::TableId::events_clause_conjunctions, toks_[i].lower)) return false;
    for (size_t k = i + 1; k < toks_.size() && k <= i + 5; ++k) {
        if (toks_[k].kind != TokenKind::Word) return false;
        if (k > i + 1 && looks_like_verb_at(k)) return true;
    }
    return false;
}

std::vector<char> TimelineBuilder::skip_marks(size_t from, size_t to, const Timex& t) const {
    std::vector<char> skip(toks_.size(), 0);
    for (size_t i = from; i < to; ++i) {
        if (toks_[i].span.start >= t.span.start && toks_[i].span.end <= t.span.end) {
            skip[i] = 1;
            if (i > from && lexicon::contains(lexicon::TableId::events_date_prepositions, toks_[i - 1].lower))
                skip[i - 1] = 1;
        }
        if (is_break(i) && i == from && !lexicon::contains(lexicon::TableId::events_relativizers, toks_[i].lower)) skip[i] = 1;
    }
    for (size_t i = from; i + 1 < to; ++i) {
        if (toks_[i].text != ",") continue;
        size_t j = i + 1;
        // ", spearheaded by X," ", backed by Y,": a participle with its agent
        if (!(toks_[j].kind == TokenKind::Word && toks_[j].lower.size() > 3 && j + 1 < to &&
              toks_[j + 1].lower == "by" &&
              (toks_[j].lower.substr(toks_[j].lower.size() - 2) == "ed" ||
               toks_[j].lower.substr(toks_[j].lower.size() - 2) == "en")))
            continue;
        size_t k = j;
        while (k < to && toks_[k].text != ",") ++k;
        if (k < to) std::fill(skip.begin() + i, skip.begin() + k + 1, 1);
    }
    for (size_t i = from; i < to; ++i)  // "(HTS)"
        if (toks_[i].text == "(") {
            size_t k = i;
            while (k < to && toks_[k].text != ")") skip[k++] = 1;
            if (k < to) skip[k] = 1;
        }
    // a leading "On 6 March 2025," keeps its comma out
    if (from < to && skip[from]) {
        size_t k = from;
        while (k < to && skip[k]) ++k;
        if (k < to && toks_[k].text == ",") skip[k] = 1;
    }
    return skip;
}

}  // namespace storylens::events
