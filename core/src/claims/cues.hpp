// cues.hpp — the reporting verbs and phrases that introduce a claim, each with its inflections, as a table.
#pragma once
#include <string_view>

#include "text/token_view.hpp"

namespace storylens::claims {

enum class CueForm { Base, Third, Past, Participle };

struct Cue {
    std::string_view lemma;      // "say"
    CueForm form = CueForm::Base;
    int length = 1;              // tokens: "called on" is 2
    bool documents_only = false; // "read", "found": only a statement or report "reads" (or before "that")
    bool that_only = false;      // "ruled", "held", "agreed": a cue only in the past form before "that"
};

// Looks for a cue starting at `lower` (the next word, lower-cased, is `next` — used by "called on",
// "according to"). Returns false when the word is not a cue.
bool find_cue(std::string_view lower, std::string_view next, Cue& out);
// The same for a token of `tokens`: a word that is no form of any cue (nearly every one) is told apart once per
// distinct word of the document, not once per token.
bool find_cue(const text::TokenStream& tokens, const text::Tok& t, std::string_view next, Cue& out);

// Whether the base and -s forms double as nouns: those count as cues only before "that" or ":".
bool is_noun_like(std::string_view lemma);

}  // namespace storylens::claims
