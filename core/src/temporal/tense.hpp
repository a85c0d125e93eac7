// tense.hpp — the tense of the clause around a token, so year-less dates can pick their side of the DCT:
// "the summit is in November" looks ahead, "the summit was in November" looks back.
#pragma once
#include <vector>

#include "text/token_view.hpp"

namespace storylens::temporal {

struct ClauseTense {
    bool past = false;     // a past auxiliary or a past-tense verb: was, were, had, did, closed, ...
    bool present = false;  // a present or present-progressive verb: is, are, remains, opens, takes, is running
};

// The tense of each token's clause: from the last clause boundary before it (semicolon, colon, quote, "that", a
// speech verb) to the next one after it, so reported speech keeps its own tense. One pass over the sentence.
// `toks` come from `tokens`; the word classes are asked once per distinct word.
std::vector<ClauseTense> clause_tenses(const text::TokenStream& tokens, const std::vector<text::Tok>& toks);

// The tense of the verb nearest before token `i` in its clause (back to a comma or a clause boundary): +1 for a
// present one ("meets", "he travels"), -1 for a past one ("arrived", "had met"), 0 when there is none.
int nearest_verb_tense(const text::TokenStream& tokens, const std::vector<text::Tok>& toks, size_t i);

}  // namespace storylens::temporal
