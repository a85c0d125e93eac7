// possessed_statement.cpp — a cue noun with its possessor and what was said: "his promise to build a wall", "Trump's
// controversial pledge to be “neutral”", "Berlin's pledge last month to add almost 7,000 soldiers", "her claim that
// the vote was rigged". The possessor is the source; the 'that' clause or 'to' infinitive the content. Which nouns
// take which complement is data (claims_possessed_statement_nouns.tsv).
#include "claims/attributor.hpp"
#include "lexicon/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

// Whether `noun` (a row of the table) reports before `complement` ("that" or "to").
bool takes(std::string_view noun, std::string_view complement) {
    const long row = lexicon::find_row(lexicon::TableId::claims_possessed_statement_nouns, noun);
    if (row < 0) return false;
    const std::string_view cell = lexicon::cell(lexicon::TableId::claims_possessed_statement_nouns, size_t(row), 1);
    for (size_t from = 0; from < cell.size();) {
        size_t to = cell.find(',', from);
        if (to == std::string_view::npos) to = cell.size();
        if (cell.substr(from, to - from) == complement) return true;
        from = to + 1;
    }
    return false;
}

}  // namespace

bool Attributor::possessed_statement(size_t i, const claims::Cue& cue, size_t after_cue) {
    if (cue.length != 1 || !(cue.form == CueForm::Base || cue.form == CueForm::Third) || i == 0) return false;
    // the complement, past a time phrase after the noun ("pledge last month to add")
    size_t from = after_cue;
    while (from < toks_.size() && in_timex(from)) ++from;
    if (from + 1 >= toks_.size() || quoted(from) || !takes(cue.lemma, toks_[from].lower)) return false;
    // the possessor, past up to two adjectives ("his recent call", "Trump's controversial pledge")
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    size_t owner = i;
    while (owner > 0 && owner + kPossessedAdjectives >= i && !quoted(owner - 1) &&
           tags[owner - 1] == pos::Tag::ADJ && !text::is_capitalized(toks_[owner - 1].text))
        --owner;
    if (owner == 0 || quoted(owner - 1)) return false;
    const Tok& mark = toks_[owner - 1];
    const bool pronoun = lexicon::contains(lexicon::TableId::sources_personal_pronouns, mark.lower) &&
                         !is_pronoun(mark.lower) && tags[owner - 1] == pos::Tag::PRON;  // "his", "her", "their"
    if (!pronoun && !(mark.kind == TokenKind::Word && is_possessive(mark.lower))) return false;
    // "Trump's", "Sen. Ted Cruz's", "the mayor's": the noun phrase before the possessive mark
    size_t start = owner - 1;
    while (!pronoun && start > 0 && start + kPossessorWords >= owner && !quoted(start - 1) &&
           (!ends_phrase(toks_[start - 1]) || title_stop(start - 1)) && tags[start - 1] != pos::Tag::VERB &&
           tags[start - 1] != pos::Tag::ADP)
        --start;
    if (!pronoun && !(text::is_capitalized(toks_[start].text) || is_determiner(toks_[start].lower))) return false;
    // (the phrase is an object: after a verb or preposition; as the sentence's subject, "Trump's promises to deport
    // … have put the issue …", where its complement ends is not known)
    if (start == 0 || quoted(start - 1) || !(tags[start - 1] == pos::Tag::VERB || tags[start - 1] == pos::Tag::ADP))
        return false;
    TextSpan source;
    int32_t entity = -1;
    if (pronoun) {
        source = span_of(owner - 1, owner);
        entity = pronouns_.resolve(mark.lower, mark.span.start, sentence_->id, claims_, last_source_);
    } else {
        const std::string_view stripped = text::strip_possessive(mark.text);
        source.span = {toks_[start].span.start, mark.span.start + uint32_t(stripped.size())};
        source.text = slice(source.span);
        entity = entity_in(source.span);
    }
    const size_t end = content_end(from);
    if (end <= from + 1) return false;
    add_claim(std::move(source), entity, i, 1, from, end, kind_of(from, end, false));
    return true;
}

}  // namespace storylens::claims
