// inverted_predicate.cpp — "Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert …,
// would read this as …": an inverted tag inside the clause it reports; PolNeAR's content is both sides of it.
#include "claims/attributor.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

void Attributor::predicate_after_inverted_tag(size_t comma) {
    if (comma >= toks_.size() || toks_[comma].text != "," || claims_.empty()) return;
    size_t start = comma + 1;
    // skip a description of the speaker up to the next comma: ", an expert on Russian military affairs,"
    auto finite_verb = [&](size_t k) {
        if (k >= toks_.size() || toks_[k].kind != TokenKind::Word || quoted(k)) return false;
        if (lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, toks_[k].lower)) return true;
        const pos::Tag tag = tags_of_first(toks_.size())[k];
        return tag == pos::Tag::AUX || (tag == pos::Tag::VERB && finite_verb_in(k, k + 1));
    };
    if (!finite_verb(start)) {
        size_t next = start;
        while (next < toks_.size() && next < start + kTagDescriptionWords && toks_[next].text != "," && !quoted(next))
            ++next;
        if (next >= toks_.size() || toks_[next].text != ",") return;
        start = next + 1;
        if (!finite_verb(start)) return;
    }
    size_t end = content_end(start);
    while (end > start && toks_[end - 1].kind == TokenKind::Punctuation) --end;
    if (end <= start + 1) return;
    const Claim& tagged = claims_.back();
    Claim c;
    c.source = tagged.source;
    c.source_entity = tagged.source_entity;
    c.content = span_of(start, end);
    c.kind = kind_of(start, end, false);
    c.sentence = sentence_->id;
    c.when_timex = tagged.when_timex;
    claims_.push_back(std::move(c));
}

}  // namespace storylens::claims
