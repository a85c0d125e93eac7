// passive_question.cpp — a passive question or request: "the actress was asked if she'd ever been discriminated
// against", "Clinton has been asked to release the transcripts", "Trump was questioned about the dispute",
// "Rubio was asked by moderator Gerard Baker whether …". What was asked is the content; who asked is the agent
// after "by" when the sentence names one, otherwise not said (PolNeAR marks no source then).
#include "claims/attributor.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

bool Attributor::passive_question(size_t i, const claims::Cue& cue, size_t after_cue) {
    if (cue.form != CueForm::Past || cue.length != 1 || !(cue.lemma == "ask" || cue.lemma == "question")) return false;
    size_t be = i;
    while (be > 0 && is_verb_filler(toks_[be - 1].lower) && !quoted(be - 1)) --be;
    if (be == 0 || !lexicon::contains(lexicon::TableId::claims_passive_be_forms, toks_[be - 1].lower)) return false;
    // "by Fox Business moderator Gerard Baker": a short agent, then the question
    size_t open = after_cue;
    TextSpan source;
    int32_t entity = -1;
    if (open < toks_.size() && toks_[open].lower == "by" && !quoted(open)) {
        size_t agent_end = open + 1;
        while (agent_end < toks_.size() && agent_end <= open + kPassiveAgentWords && !quoted(agent_end) &&
               toks_[agent_end].kind == TokenKind::Word &&
               !lexicon::contains(lexicon::TableId::claims_question_openers, toks_[agent_end].lower))
            ++agent_end;
        if (agent_end == open + 1 || agent_end >= toks_.size() ||
            !lexicon::contains(lexicon::TableId::claims_question_openers, toks_[agent_end].lower))
            return false;
        source = span_of(open + 1, agent_end);
        entity = resolve(open + 1, agent_end);
        open = agent_end;
    }
    if (open >= toks_.size() || quoted(open) ||
        !lexicon::contains(lexicon::TableId::claims_question_openers, toks_[open].lower))
        return false;
    // ("was asked about the loan": the preposition is the cue's; "to" and "whether" open the content)
    const size_t from = toks_[open].lower == "about" ? open + 1 : open;
    size_t end = from;
    while (end < toks_.size() && (quoted(end) || toks_[end].kind != TokenKind::Punctuation)) ++end;
    if (end <= from || end > from + kQuestionWords) return false;
    add_claim(std::move(source), entity, i, 1, from, end, kind_of(from, end, false));
    return true;
}

}  // namespace storylens::claims
