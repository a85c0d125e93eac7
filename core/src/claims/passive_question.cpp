// passive_question.cpp — a question or request whose asker is not the subject: "the actress was asked if she'd
// ever been discriminated against", "Clinton has been asked to release the transcripts", "Trump was questioned
// about the dispute", "Rubio was asked by moderator Gerard Baker whether …", and the reduced forms "Asked on
// Monday whether …, Smith said", "when asked by a reporter if that remains his view". What was asked is the
// content; who asked is the agent after "by" when the sentence names one, otherwise not said (PolNeAR marks no
// source then).
#include "claims/attributor.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

namespace {

bool opens_question(std::string_view lower) {
    return lexicon::contains(lexicon::TableId::claims_question_openers, lower);
}


}  // namespace

bool Attributor::question_opening(size_t after_cue, QuestionOpening& out) const {
    out = QuestionOpening{};
    size_t k = after_cue;
    const bool by_agent = k < toks_.size() && toks_[k].lower == "by" && !quoted(k);
    if (by_agent) {
        // "by Fox Business moderator Gerard Baker": the asker runs to the question or to a time or preposition
        // ("by Ingraham on Thursday about …")
        out.agent_from = ++k;
        while (k < toks_.size() && k < out.agent_from + kPassiveAgentWords && !quoted(k) &&
               (toks_[k].kind == TokenKind::Word || title_stop(k)) && !opens_question(toks_[k].lower) &&
               !in_timex(k) && !lexicon::contains(lexicon::TableId::claims_content_prepositions, toks_[k].lower))
            ++k;
        out.agent_end = k;
        if (out.agent_end == out.agent_from) return false;
    }
    // a time or a short prepositional phrase may stand before the question: "asked on Monday whether", "asked
    // Tuesday if", "asked at the conference about" (not an object: "asked a direct question about this")
    if (k < toks_.size() && !quoted(k) &&
        (in_timex(k) || lexicon::contains(lexicon::TableId::claims_content_prepositions, toks_[k].lower))) {
        const size_t reach = k + kQuestionLeadWords;
        while (k < toks_.size() && k < reach && !quoted(k) && !opens_question(toks_[k].lower) &&
               toks_[k].kind != TokenKind::Punctuation)
            ++k;
    }
    if (k >= toks_.size() || quoted(k) || !opens_question(toks_[k].lower)) return false;
    // ("was asked about the loan": the preposition is the cue's; "to" and "whether" open the content)
    out.from = toks_[k].lower == "about" ? k + 1 : k;
    out.end = question_end(out.from);
    return out.end > out.from && out.end <= out.from + kQuestionWords;
}

size_t Attributor::question_end(size_t from) const {
    // the question ends at the clause's punctuation, not at the full stop of a title ("whether Mr. Clinton would …")
    size_t end = from;
    while (end < toks_.size() &&
           (quoted(end) || toks_[end].kind != TokenKind::Punctuation || (end > from && title_stop(end)))) {
        // `Asked whether Clinton “has the integrity to serve,” 75 percent said yes`: a quotation closing on the
        // question's comma ends it; the answer after it is a claim of its own
        if (end > from && toks_[end].kind == TokenKind::CloseQuote && toks_[end - 1].text == ",") return end + 1;
        ++end;
    }
    return end;
}

void Attributor::add_question(size_t i, const QuestionOpening& q) {
    TextSpan source;
    int32_t entity = -1;
    if (q.agent_end > q.agent_from) {
        source = span_of(q.agent_from, q.agent_end);
        entity = resolve(q.agent_from, q.agent_end);
    }
    add_claim(std::move(source), entity, i, 1, q.from, q.end, kind_of(q.from, q.end, false));
}

bool Attributor::passive_question(size_t i, const claims::Cue& cue, size_t after_cue) {
    if (cue.form != CueForm::Past || cue.length != 1 || !(cue.lemma == "ask" || cue.lemma == "question")) return false;
    size_t be = i;
    while (be > 0 && is_verb_filler(toks_[be - 1].lower) && !quoted(be - 1)) --be;
    if (be == 0 || !lexicon::contains(lexicon::TableId::claims_passive_be_forms, toks_[be - 1].lower)) return false;
    QuestionOpening q;
    if (!question_opening(after_cue, q)) return false;
    add_question(i, q);
    return true;
}

void Attributor::asked_question(size_t i, size_t after_cue) {
    // "Asked whether he would run, Smith said no", "when asked by a reporter if …", "when asked about the loan"
    QuestionOpening q;
    if (question_opening(after_cue, q)) {
        add_question(i, q);
        return;
    }
    // no question opener: what follows is what was asked about ("Asked his view, Smith said …")
    if (after_cue < toks_.size() && toks_[after_cue].lower == "by") return;
    const size_t end = question_end(after_cue);
    if (end <= after_cue || end > after_cue + kQuestionWords) return;
    add_claim(TextSpan{}, -1, i, 1, after_cue, end, kind_of(after_cue, end, false));
}

}  // namespace storylens::claims
