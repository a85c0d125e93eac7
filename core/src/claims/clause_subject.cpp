// clause_subject.cpp — the subject a second verb shares with the first: "Gary Emineth, a former state party
// chairman, became a delegate and said …", "In a statement, Florida Gov. Rick Scott (R) blasted Congress and said
// …", "The State Department has deemed the pages personal and says …". The part-of-speech tagger finds the
// clause's first verb; the noun phrase before it is the subject.
#include "claims/attributor.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

bool Attributor::clause_subject(size_t and_at, size_t& np_start, size_t& np_end) const {
    if (and_at < 3 || and_at > kClauseSubjectWords || and_at + 1 >= toks_.size()) return false;
    // a finite verb after "and" ("and said", "and says"), not "would go … and contradict", "significant and criticized move"
    if (!finite_cue_at(and_at + 1)) return false;
    return subject_of_clause_before(and_at, np_start, np_end);
}

bool Attributor::subject_of_clause_before(size_t and_at, size_t& np_start, size_t& np_end) const {
    if (and_at < 2 || and_at > kClauseSubjectWords) return false;
    // the clause: after the last quotation, semicolon or subordinator ("when Rubio thanked Miami and said")
    size_t start = 0;
    for (size_t k = 0; k < and_at; ++k)
        if (quoted(k) || toks_[k].text == ";" || toks_[k].text == ":" ||
            lexicon::contains(lexicon::TableId::claims_clause_subordinators, toks_[k].lower))
            start = k + 1;
    if (start < and_at && is_coordinator(toks_[start].lower)) ++start;
    const std::vector<pos::Tag>& tags = tags_of_first(and_at);
    // "Rick Scott (R) blasted Congress": the tagger reads some past forms after a name as adjectives
    const auto past_after_noun = [&](size_t k) {
        const std::string_view w = toks_[k].lower;
        return k > 0 && tags[k] == pos::Tag::ADJ && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 &&
               (tags[k - 1] == pos::Tag::PROPN || tags[k - 1] == pos::Tag::NOUN || tags[k - 1] == pos::Tag::PRON ||
                toks_[k - 1].text == ")");
    };
    size_t verb = start;
    int depth = 0;
    for (; verb < and_at; ++verb) {
        if (toks_[verb].text == "(") ++depth;
        if (toks_[verb].text == ")") --depth;
        if (depth == 0 && (tags[verb] == pos::Tag::VERB || tags[verb] == pos::Tag::AUX || past_after_noun(verb)))
            break;
    }
    if (verb >= and_at || verb == start) return false;
    // "Gary Emineth, a former state party chairman, became …": descriptions between the name and the verb
    if (toks_[verb - 1].text == ",") return described_subject(verb - 1, verb + 1, np_start, np_end);
    // "In a statement, Florida Gov. Rick Scott (R) blasted …": an opening phrase before a comma is not the subject
    size_t from = start;
    for (size_t k = start; k < verb; ++k)
        if (opens_aside(toks_[k])) from = k + 1;
    if (from > start && !opens_a_phrase(start)) return false;  // "Democrats, looking for a way, seized": unsure
    if (from >= verb || verb > from + kDescribedHeadWords) return false;
    const Tok& first = toks_[from];
    if (first.kind != TokenKind::Word) return false;
    if (!(text::is_capitalized(first.text) || is_determiner(first.lower) || is_pronoun(first.lower))) return false;
    for (size_t k = from; k < verb; ++k)
        if (text::is_quote(toks_[k]) || tags[k] == pos::Tag::VERB || tags[k] == pos::Tag::AUX || past_after_noun(k))
            return false;
    if (tags[verb - 1] != pos::Tag::NOUN && tags[verb - 1] != pos::Tag::PROPN && tags[verb - 1] != pos::Tag::PRON &&
        toks_[verb - 1].text != ")")
        return false;  // "her decision to …": the phrase before the verb ends in its head noun
    np_start = from;
    np_end = trim_subject(from, verb);
    return true;
}

}  // namespace storylens::claims
