// quoted_predicate.cpp — "The bill's failure was "heartbreaking," she said.": a quotation that finishes a clause
// the writer began is the speaker's claim together with that clause (PolNeAR marks the whole clause, mixed).
#include "claims/attributor.hpp"
#include "claims/cues.hpp"

namespace storylens::claims {

size_t Attributor::clause_before_quotation(size_t opener) const {
    // the quotation must open inside this sentence, after words of its own, and nothing may be claimed before it
    const size_t open = local_index(uint32_t(opener));
    if (open == 0 || open >= toks_.size()) return kNoClauseBefore;
    if (claims_.size() > first_claim_in_sentence_) return kNoClauseBefore;
    // "He wrote: "…"", "Asked why, "…"": a colon hands the quotation over; it finishes nothing
    if (toks_[open - 1].text == ":") return kNoClauseBefore;
    bool word = false;
    for (size_t k = 0; k < open; ++k) {
        if (quoted(k) || text::is_quote(toks_[k])) return kNoClauseBefore;
        claims::Cue cue;
        if (claims::find_cue(tokens_, toks_[k], toks_[k + 1].lower, cue)) return kNoClauseBefore;
        word = word || toks_[k].kind == TokenKind::Word;
    }
    return word ? 0 : kNoClauseBefore;
}

}  // namespace storylens::claims
