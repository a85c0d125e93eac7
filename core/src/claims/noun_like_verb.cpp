// noun_like_verb.cpp — when a cue whose base and -s forms are also nouns ("claims", "calls", "notes") is a verb
// without "that" after it: "Trump claims he's worth $10 billion", "Others call it the nerd prom", "Schweizer notes
// the foundation hid four donations". The tagger must read a verb, a subject must stand before it and an object
// or a clause after it; "The report exceeded expectations", "press secretary", "the roll call itself was" are nouns.
#include "claims/attributor.hpp"

namespace storylens::claims {

bool Attributor::noun_like_reads_as_verb(size_t i, size_t after_cue) const {
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    using pos::Tag;
    if (tags[i] != Tag::VERB || after_cue >= toks_.size() || i == 0) return false;
    // the subject: a noun or pronoun right before it, over adverbs ("Trump and Sanders often blame")
    size_t s = i;
    while (s > 0 && tags[s - 1] == Tag::ADV && !quoted(s - 1)) --s;
    if (s == 0 || quoted(s - 1)) return false;
    const Tag subject = tags[s - 1];
    if (subject != Tag::NOUN && subject != Tag::PROPN && subject != Tag::PRON) return false;
    // the object or clause: not a preposition, a verb, punctuation ("report on Wednesday", "report exceeded")
    const Tag next = tags[after_cue];
    if (toks_[after_cue].kind == TokenKind::OpenQuote) return true;
    if (next == Tag::DET || next == Tag::PRON || next == Tag::PROPN || next == Tag::ADJ || next == Tag::NUM ||
        next == Tag::PART)
        return true;
    // a bare noun object only after a pronoun: "what he calls corruption", not "Rubio press secretary"
    return next == Tag::NOUN && subject == Tag::PRON;
}

size_t Attributor::progressive_adverbs_before(size_t i) const {
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    size_t k = i;
    while (k > 0 && k + 2 > i && tags[k - 1] == pos::Tag::ADV && !quoted(k - 1)) --k;
    return k;
}

size_t Attributor::progressive_auxiliary_before(size_t i) const {
    const size_t k = progressive_adverbs_before(i);
    return k > 0 && is_progressive_auxiliary(toks_[k - 1].lower) ? k - 1 : i;
}

bool Attributor::progressive_object_follows(size_t after_cue) const {
    if (after_cue >= toks_.size()) return false;
    if (toks_[after_cue].lower == "that" || toks_[after_cue].kind == TokenKind::OpenQuote) return true;
    const pos::Tag next = tags_of_first(toks_.size())[after_cue];
    return next == pos::Tag::DET || next == pos::Tag::PRON || next == pos::Tag::PROPN || next == pos::Tag::PART;
}

}  // namespace storylens::claims
