// described_subject.cpp — the subject of a cue that follows a comma: "Rep. Elijah Cummings (D-Md.), chair of the
// party's platform drafting committee, said …", "Paul Porter, a truck driver from Ava, Mo., who backs Mr. Trump,
// said …", "Murphy, though, said …", "Another pollster, David Woodard of Clemson University, said …". News puts
// any number of descriptions of the speaker between the name and the verb; the speaker is the noun phrase
// opening the clause (or the name a leading description introduces).
#include "claims/attributor.hpp"
#include "entities/lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

namespace {

bool is_boundary(const Tok& t) { return t.text == "," || t.kind == TokenKind::Dash; }

}  // namespace

bool Attributor::opens_a_phrase(size_t k) const {
    const Tok& t = toks_[k];
    if (lexicon::contains(lexicon::TableId::claims_opening_phrase_words, t.lower) || in_timex(k)) return true;
    // "Speaking in Harlem", "Asked about it", "Pressed on the point": a participle opening the sentence
    const std::string_view w = t.lower;
    const bool participle_shape = w.size() > 4 && (w.compare(w.size() - 3, 3, "ing") == 0 ||
                                                   w.compare(w.size() - 2, 2, "ed") == 0);
    // (not a name of that shape, "Sterling", "Manning": a name is a mention, or goes on in capitals)
    return k == 0 && participle_shape && k + 1 < toks_.size() && !text::is_capitalized(toks_[k + 1].text) &&
           entity_in(t.span) < 0;
}

bool Attributor::described_subject(size_t comma, size_t after_cue, size_t& np_start, size_t& np_end) const {
    if (comma < 2 || quoted(comma)) return false;
    // "The contrast with Trump, said Doyle and others, would be clear": a name closing a clause after the verb
    // makes it an inverted tag, not the end of a description
    {
        size_t k = after_cue;
        while (k < toks_.size() && ((toks_[k].kind == TokenKind::Word && text::is_capitalized(toks_[k].text)) ||
                                    title_stop(k) || toks_[k].lower == "and" || toks_[k].lower == "others"))
            ++k;
        if (k > after_cue && (k >= toks_.size() || is_boundary(toks_[k]) || k + 1 == toks_.size())) return false;
    }
    // the clause: back to the sentence start, a quotation, or a semicolon or colon
    size_t from = comma;
    int depth = 0;
    while (from > 0 && from + kDescribedSubjectWords > comma) {
        const Tok& t = toks_[from - 1];
        if (quoted(from - 1) || t.text == ";" || t.text == ":") break;
        if (t.text == ")") ++depth;
        if (t.text == "(") --depth;
        --from;
    }
    if (depth != 0 || (from > 0 && from + kDescribedSubjectWords <= comma)) return false;
    // "…,” Paul Porter, a truck driver, said": after a closing quotation the clause opens after its comma
    if (from < comma && toks_[from].text == ",") ++from;
    // a leading "And" / "But" / "Yet" joins the sentence to the one before
    if (from < comma && lexicon::contains(lexicon::TableId::claims_sentence_joiners, toks_[from].lower)) ++from;
    // the boundaries of the descriptions, outside parentheses
    std::vector<size_t> cuts;
    depth = 0;
    for (size_t k = from; k < comma; ++k) {
        if (toks_[k].text == "(") ++depth;
        if (toks_[k].text == ")") --depth;
        if (depth == 0 && is_boundary(toks_[k])) cuts.push_back(k);
    }
    cuts.push_back(comma);
    // "In her statement Thursday, X, a senator, said", "Earlier this week, …", "Speaking in Harlem, Clinton, …": an
    // opening phrase of occasion, time or manner is not the speaker
    size_t head = from, first_cut = 0;
    while (first_cut + 1 < cuts.size() && first_cut < 2 && head < cuts[first_cut] && opens_a_phrase(head)) {
        head = cuts[first_cut] + 1;
        ++first_cut;
    }
    if (first_cut + 1 >= cuts.size()) return false;  // no description between the subject and the verb
    const size_t head_end = cuts[first_cut];
    if (head_end <= head || head_end > head + kDescribedHeadWords) return false;
    // the head is a noun phrase: a name, a pronoun alone, or a determiner's phrase; no verb, quotation or clause
    const Tok& first = toks_[head];
    const bool pronoun_alone = is_pronoun(first.lower) && head_end == head + 1;
    if (first.kind != TokenKind::Word ||
        !(text::is_capitalized(first.text) || is_determiner(first.lower) || pronoun_alone))
        return false;
    if (is_pronoun(first.lower) && !pronoun_alone) return false;
    for (size_t k = head; k < head_end; ++k) {
        const std::string_view w = toks_[k].lower;
        if (text::is_quote(toks_[k]) || w == "that" || lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, w) ||
            (k > head && finite_cue_at(k)))
            return false;
    }
    // each description: no new subject ("he", "they"), no reporting verb of its own outside a relative clause
    for (size_t s = first_cut; s + 1 < cuts.size(); ++s) {
        const size_t a = cuts[s] + 1, b = cuts[s + 1];
        if (b <= a) return false;
        if (is_pronoun(toks_[a].lower)) return false;
        bool relative = false;
        for (size_t k = a; k < b; ++k) {
            if (text::is_quote(toks_[k])) return false;
            // ("…, a Navy veteran who now is a civilian employee of the Air Force, said": the relative clause may
            // follow the description's noun)
            relative = relative || toks_[k].lower == "who" || toks_[k].lower == "whose" || toks_[k].lower == "which";
            // ("…, son Ghassan and his wife had been traveling together, wrote …": a clause of its own)
            if (!relative &&
                (lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, toks_[k].lower) || finite_cue_at(k)))
                return false;
        }
    }
    // "Another pollster, David Woodard of Clemson University, said": a lower-case description introduces the name
    // ("One pastor supporting Mr. Cruz": a determiner or a number word opens it)
    const bool description = !pronoun_alone && (is_determiner(first.lower) || entities::is_function_word(first.lower));
    const size_t next = head_end + 1;
    // (the whole apposition is the source: PolNeAR heads it with the description, the entity is the name)
    if (description && next + 1 < cuts[first_cut + 1] &&
        text::is_capitalized(toks_[next].text) && !entities::is_function_word(toks_[next].lower) &&
        (text::is_capitalized(toks_[next + 1].text) || title_stop(next + 1))) {
        np_start = head;
        np_end = trim_subject(next, cuts[first_cut + 1]);
        return true;
    }
    np_start = head;
    np_end = trim_subject(head, head_end);
    return true;
}

}  // namespace storylens::claims
