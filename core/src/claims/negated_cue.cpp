// negated_cue.cpp — see negated_cue.hpp.
#include "claims/negated_cue.hpp"

#include "lexicon/lexicon.hpp"

namespace storylens::claims {

namespace {

bool ends_with(std::string_view w, std::string_view tail) {
    return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
}

// "declined to say", "refused to confirm", "was unable to say": the speaker withholds the statement
bool is_refusal(std::string_view w) {
    return lexicon::contains(lexicon::TableId::claims_refusal_words, w);
}

// Auxiliaries and adverbs that may sit between a negation and its verb: "did not immediately say".
bool is_between_word(std::string_view w) {
    return lexicon::contains(lexicon::TableId::claims_negation_fillers, w);
}

// Whether a negated cue is still a statement as PolNeAR marks it: "did not mention X", "did not say when".
bool claim_under_negation(const std::vector<text::Tok>& toks, std::string_view lemma, size_t after_cue) {
    using lexicon::TableId;
    const long row = lexicon::find_row(TableId::claims_negated_claim_cues, lemma);
    if (row < 0) return false;
    if (lexicon::cell(TableId::claims_negated_claim_cues, static_cast<size_t>(row), 1) == "any") return true;
    // "would not say whether", "did not tell reporters when": an open question right after the cue or its addressee
    for (size_t k = after_cue; k < toks.size() && k < after_cue + (lemma == "tell" ? 4 : 1); ++k) {
        if (toks[k].kind != TokenKind::Word) return false;
        if (lexicon::contains(TableId::claims_open_question_words, toks[k].lower)) return true;
    }
    return false;
}

}  // namespace

// "not", "never", "didn't", "won’t", "cannot", "nor": the verb after them is not done
bool is_negator(std::string_view w) {
    return lexicon::contains(lexicon::TableId::claims_negators, w) || ends_with(w, "n't") ||
           ends_with(w, "n\xE2\x80\x99t");
}

bool negated_cue(const std::vector<text::Tok>& toks, size_t cue_at, std::string_view lemma, size_t after_cue) {
    for (size_t k = cue_at; k > 0 && k + 6 > cue_at; --k) {
        const std::string_view w = toks[k - 1].lower;
        if (toks[k - 1].kind != TokenKind::Word) return false;
        if (is_negator(w)) return !claim_under_negation(toks, lemma, after_cue);
        if (w == "longer" && k >= 2 && toks[k - 2].lower == "no") return true;  // "no longer claims"
        if (w == "to" && k >= 2 && is_refusal(toks[k - 2].lower)) return true;
        if (!is_between_word(w)) return false;
    }
    return false;
}

}  // namespace storylens::claims
