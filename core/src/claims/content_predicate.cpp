// content_predicate.cpp — clause boundaries an indirect content stops at, read with the part-of-speech tagger.
// Where a verbless content ends: "He has proposed conducting surveillance on mosques and
// signaled support for a database", "Mrs. Clinton and Ms. Warren echoed similar liberal themes and took the stage
// together". A content without a finite verb of its own (an object, an infinitive, a gerund) cannot be the subject
// of a verb after "and" / "but": that verb is the speaker's next predicate, the writer's report, not what was said.
// And after a comma and "and" / "but", a clause with a subject of its own (named_subject_clause).
#include "claims/attributor.hpp"
#include "claims/negated_cue.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

namespace {

bool ends_with_ing(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

// "signaled", "has" … "calls": a past or -s form, the forms that can share the speaker's subject. Base forms after
// "and" mostly go on an infinitive or a modal inside the content ("urged him to step aside and join …"), and a
// hyphenated word is a compound adjective ("worse-than-expected revenue").
bool finite_form(std::string_view w) {
    if (w.find('-') != std::string_view::npos || w.size() < 4) return false;
    if (w.substr(w.size() - 2) == "ed") return true;
    return w.back() == 's' && w[w.size() - 2] != 's';
}

}  // namespace

bool Attributor::finite_verb_in(size_t from, size_t to) const {
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    for (size_t q = from; q < to; ++q) {
        if (quoted(q) || (tags[q] != pos::Tag::VERB && tags[q] != pos::Tag::AUX)) continue;
        // "conducting surveillance", "to join a coalition": non-finite forms make no clause of their own
        if (ends_with_ing(toks_[q].lower)) continue;
        if (q > 0 && toks_[q - 1].lower == "to") continue;
        return true;
    }
    // "he’s proud of his campaign": a contracted auxiliary is a finite verb the tagger sees as one pronoun
    for (size_t q = from; q < to; ++q)
        if (!quoted(q) && !pronoun_stem(toks_[q].lower).empty()) return true;
    return false;
}

bool Attributor::attributive_participle(size_t i, size_t after_cue) const {
    if (i == 0 || after_cue >= toks_.size() || quoted(after_cue)) return false;
    // (cheap tests first, so that the tagger runs only where the shape can hold: a lower-case word on each side,
    // no pronoun before, no article, pronoun or "that" after: "he said the …", "Trump said it …" never tag)
    const Tok& next = toks_[after_cue];
    const Tok& prev = toks_[i - 1];
    if (next.kind != TokenKind::Word || text::is_capitalized(next.text) || is_determiner(next.lower) ||
        is_pronoun(next.lower) || next.lower == "that" || prev.kind != TokenKind::Word ||
        text::is_capitalized(prev.text) || is_pronoun(prev.lower))
        return false;
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    if (tags[after_cue] != pos::Tag::NOUN && tags[after_cue] != pos::Tag::ADJ) return false;
    size_t b = i - 1;
    while (b > 0 && tags[b] == pos::Tag::ADV && !quoted(b)) --b;  // "the previously announced"
    if (quoted(b) || toks_[b].lower == "that") return false;       // "officials that said": a relative pronoun
    if (text::is_capitalized(toks_[b].text)) return false;           // "Some accused Trump of …": the subject
    // (not after an adjective: the tagger reads some subject nouns as one, "The police chief urged residents")
    return tags[b] == pos::Tag::DET || tags[b] == pos::Tag::ADP;
}

bool Attributor::naming_participle(size_t i, const claims::Cue& cue, size_t after_cue) const {
    if (i == 0 || after_cue >= toks_.size() || cue.length != 1 ||
        !lexicon::contains(lexicon::TableId::claims_naming_cues, cue.lemma))
        return false;
    const Tok& next = toks_[after_cue];
    if (next.kind != TokenKind::OpenQuote && !text::is_capitalized(next.text)) return false;
    const auto indefinite = [&](size_t k) {
        return !quoted(k) && lexicon::contains(lexicon::TableId::claims_indefinite_articles, toks_[k].lower);
    };
    if (indefinite(i - 1)) return true;  // "another called i360"
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    if (quoted(i - 1) || tags[i - 1] != pos::Tag::NOUN) return false;
    // back over the noun phrase's nouns and adjectives to its article
    for (size_t b = i - 1, words = 0; b > 0 && words < kNamedPhraseWords; ++words) {
        --b;
        if (indefinite(b)) return true;
        if (quoted(b) || (tags[b] != pos::Tag::NOUN && tags[b] != pos::Tag::ADJ)) return false;
    }
    return false;
}

bool Attributor::circumstance_only(size_t from, size_t to) const {
    if (from >= to || to > toks_.size() || quoted(from) ||
        !lexicon::contains(lexicon::TableId::claims_circumstance_prepositions, toks_[from].lower))
        return false;
    for (size_t q = from; q < to; ++q)
        if (quoted(q) || toks_[q].kind == TokenKind::OpenQuote) return false;
    return !finite_verb_in(from, to);
}

bool Attributor::next_predicate_at(size_t k, size_t from) const {
    if (k <= from + 1 || k + 1 >= toks_.size() || quoted(k) || !is_coordinator(toks_[k].lower)) return false;
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    size_t v = k + 1;
    // "and even assured the crowd", "but later declined": adverbs before the verb
    while (v < toks_.size() && tags[v] == pos::Tag::ADV && !quoted(v)) ++v;
    if (v >= toks_.size() || quoted(v)) return false;
    // "proposed a freeze on hiring and has since called for …", "and will lead": a finite auxiliary, adverbs, a verb
    if (tags[v] == pos::Tag::AUX && lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, toks_[v].lower)) {
        size_t w = v + 1;
        // ("but would not offer details": a negation between them)
        while (w < toks_.size() && (tags[w] == pos::Tag::ADV || is_negator(toks_[w].lower)) && !quoted(w)) ++w;
        if (w >= toks_.size() || quoted(w) || tags[w] != pos::Tag::VERB) return false;
        // ("he fears returning home and is seeking asylum", "the deal isn’t good …, but will make": a clause the
        // tagger reads without a verb — a subject pronoun or an auxiliary in it — shares the auxiliary's subject)
        if (contrast_predicate(k, from)) return true;
        for (size_t q = from; q < k; ++q)
            if (!quoted(q) && (lexicon::contains(lexicon::TableId::claims_subject_pronouns, toks_[q].lower) ||
                               lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, toks_[q].lower) ||
                               is_negator(toks_[q].lower)))
                return false;
        return !finite_verb_in(from, k);
    }
    if (tags[v] != pos::Tag::VERB || !finite_form(toks_[v].lower)) return false;
    // "the heat and unsettled weather could last": a participle before a noun and its verb is the noun's adjective
    // (the tagger reads some such nouns as adverbs: "unsettled/VERB weather/ADV could/AUX")
    size_t n = v + 1;
    while (n < toks_.size() && n < v + 4 &&
           (tags[n] == pos::Tag::NOUN || tags[n] == pos::Tag::ADJ || tags[n] == pos::Tag::ADV))
        ++n;
    if (n > v + 1 && n < toks_.size() && (tags[n] == pos::Tag::AUX || tags[n] == pos::Tag::VERB)) return false;
    return contrast_predicate(k, from) || !finite_verb_in(from, k);
}

bool Attributor::contrast_predicate(size_t k, size_t from) const {
    // "acknowledged that the candidate has delivered paid speeches but declined to provide a list", "confirmed that
    // Trump would be meeting with officials but would not offer details": after "but" a verb without a subject goes
    // back to the speaker even when the content has a clause of its own. Not after a negation ("not A but B", "isn't
    // safe, but will open it") nor when the content's clause has a pronoun subject, which the verb may share ("he
    // was familiar with the book but had not seen the movie").
    if (!lexicon::contains(lexicon::TableId::claims_contrast_predicate_joiners, toks_[k].lower)) return false;
    for (size_t q = from; q < k; ++q)
        if (!quoted(q) && (lexicon::contains(lexicon::TableId::claims_subject_pronouns, toks_[q].lower) ||
                           !pronoun_stem(toks_[q].lower).empty() || is_negator(toks_[q].lower)))
            return false;
    return true;
}

bool Attributor::named_subject_clause(size_t k) const {
    // "…, but Cook did not say when", "…, and an article cited by her campaign quoted …": a name, or a determiner and
    // its nouns, then a finite verb
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    const auto nominal = [&](size_t q) {
        return tags[q] == pos::Tag::NOUN || tags[q] == pos::Tag::ADJ || tags[q] == pos::Tag::PROPN;
    };
    size_t v = k;
    if (tags[v] == pos::Tag::DET) {
        ++v;
        while (v < toks_.size() && v < k + kSubjectClauseWords && !quoted(v) && nominal(v)) ++v;
        if (v == k + 1) return false;
    } else {
        while (v < toks_.size() && v < k + kSubjectClauseWords && !quoted(v) &&
               ((toks_[v].kind == TokenKind::Word && text::is_capitalized(toks_[v].text) && tags[v] == pos::Tag::PROPN) ||
                (v > k && title_stop(v))))
            ++v;
        // ("…, but Republican leaders were hard-pressed …": a name's nouns after it)
        if (v > k)
            while (v < toks_.size() && v < k + kSubjectClauseWords && !quoted(v) && tags[v] == pos::Tag::NOUN) ++v;
    }
    if (v == k || v >= toks_.size() || quoted(v)) return false;
    while (v < toks_.size() && tags[v] == pos::Tag::ADV && !quoted(v)) ++v;
    if (v >= toks_.size() || quoted(v) || (tags[v] != pos::Tag::VERB && tags[v] != pos::Tag::AUX)) return false;
    return !ends_with_ing(toks_[v].lower);
}

}  // namespace storylens::claims
