// passive_agent.cpp — a passive cue with its agent closing the sentence: "O’Malley’s move was first reported by
// MSNBC.", "Sanders’ stridency was echoed by former Maryland Gov. Martin O’Malley." The agent is the source and the
// passive's subject is what was said (its content stands before the cue).
#include <algorithm>

#include "claims/attributor.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

bool Attributor::passive_with_agent(size_t i, const claims::Cue& cue, size_t after_cue) {
    if (cue.form != CueForm::Past || cue.length != 1 || after_cue + 1 >= toks_.size() || quoted(after_cue) ||
        toks_[after_cue].lower != "by")
        return false;
    // the form of 'be' before the participle, adverbs between ("was first reported", "was never mentioned")
    size_t be = i;
    while (be > 0 && is_verb_filler(toks_[be - 1].lower) && !quoted(be - 1)) --be;
    if (be == 0 || !lexicon::contains(lexicon::TableId::claims_passive_be_forms, toks_[be - 1].lower)) return false;
    // the agent: a name or a determiner's noun phrase, and nothing after it but a date and the full stop ("was told
    // by officials that …" reports the clause after it, not the subject)
    const size_t agent = after_cue + 1;
    if (quoted(agent) || toks_[agent].kind != TokenKind::Word ||
        !(text::is_capitalized(toks_[agent].text) || is_determiner(toks_[agent].lower)) || in_timex(agent))
        return false;
    size_t agent_end = agent;
    while (agent_end < toks_.size() && !quoted(agent_end) && (!ends_phrase(toks_[agent_end]) || title_stop(agent_end)))
        ++agent_end;
    const size_t source_end = trim_subject(agent, agent_end);
    if (source_end > agent + kPassiveAgentWords) return false;
    // a noun phrase, no clause: "advised by the World Health Organization to consider delaying pregnancy" bids
    // someone act
    const std::vector<pos::Tag>& tags = tags_of_first(toks_.size());
    for (size_t k = agent; k < agent_end; ++k)
        if (tags[k] == pos::Tag::VERB || tags[k] == pos::Tag::AUX || tags[k] == pos::Tag::PART) return false;
    size_t rest = agent_end;
    while (rest < toks_.size() && in_timex(rest)) ++rest;
    if (!(rest >= toks_.size() || (rest + 1 == toks_.size() && toks_[rest].kind == TokenKind::Punctuation))) return false;
    size_t np_start = 0, np_end = 0;
    if (!subject_before(be - 1, np_start, np_end) || quote_closes_before(np_start) >= 0) return false;
    add_claim(span_of(agent, source_end), resolve(agent, source_end), i, cue.length, np_start, np_end,
              kind_of(np_start, np_end, false));
    return true;
}

bool Attributor::agentless_passive_statement(size_t i, const claims::Cue& cue, size_t after_cue) {
    // (the -ing form is a progressive: "McConnell is criticizing Obama")
    if (cue.length != 1 || cue.form != CueForm::Past || quoted(i) ||
        !lexicon::contains(lexicon::TableId::claims_passive_statement_verbs, cue.lemma))
        return false;
    // an agent makes it the agent's statement (passive_with_agent); "that" after it is a clause of its own
    if (after_cue < toks_.size() &&
        (toks_[after_cue].lower == "by" || toks_[after_cue].lower == "that" || quoted(after_cue)))
        return false;
    size_t be = i;
    while (be > 0 && is_verb_filler(toks_[be - 1].lower) && !quoted(be - 1)) --be;
    // ("resulting in Ahmed al-Sharaa being declared president": a reduced clause reports nothing)
    if (be == 0 || !lexicon::contains(lexicon::TableId::claims_passive_be_forms, toks_[be - 1].lower) ||
        toks_[be - 1].lower == "being")
        return false;
    size_t np_start = 0, np_end = 0;
    if (!subject_before(be - 1, np_start, np_end) || quote_closes_before(np_start) >= 0) return false;
    // the complement ends at the first comma: "Clinton was declared the winner in Maryland, Sanders told …" goes on
    // with another claim
    size_t end = after_cue < toks_.size() ? std::max(content_end(after_cue), np_end) : np_end;
    for (size_t k = after_cue; k < end; ++k)
        if (toks_[k].kind == TokenKind::Punctuation) {
            end = std::max(k, np_end);
            break;
        }
    if (end <= np_start) return false;
    add_claim(TextSpan{}, -1, i, cue.length, np_start, end, kind_of(np_start, end, false));
    return true;
}

}  // namespace storylens::claims
