// first_token.hpp — the recognizer's first-token gate: which tokens can begin a time expression. The Scanner
// tries its matchers only at those tokens (most tokens of news text begin none), so a matcher that starts with
// a new word must have that word's class here (see first_token.cpp and core/lexicon/temporal_start_words.tsv).
#pragma once
#include "text/token_view.hpp"

namespace storylens::temporal {

// A number, a quotation mark ("'90s"), a word with a digit or a hyphen ("mid-2026", "30-day", "Q3"), a word of
// one of the time classes (months, weekdays, number words, units, parts of day, ...) or a start word
// ("the", "last", "every"). Possessives must already be stripped from `tok.lower`. The word classes are asked
// once per distinct word of `tokens` (the stream `tok` comes from).
bool can_start_time_expression(const text::TokenStream& tokens, const text::Tok& tok);

}  // namespace storylens::temporal
