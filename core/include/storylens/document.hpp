// document.hpp — the segment stage: paragraphs, sentences and tokens as spans into Source::text.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "storylens/span.hpp"

namespace storylens {

struct Paragraph {
    uint32_t id = 0;
    Span span;
};

struct Sentence {
    uint32_t id = 0;
    Span span;
    uint32_t paragraph = 0;
    uint32_t first_token = 0;  // tokens [first_token, first_token + token_count)
    uint32_t token_count = 0;
};

enum class TokenKind : uint8_t {
    Word,         // letters, with inner apostrophes/hyphens/periods ("al-Assad", "U.S.", "don't")
    Number,       // digits with inner , . : / ("1,700", "3.5", "10:30", "6/3/2025")
    OpenQuote,    // " “ ‘ and ' when opening
    CloseQuote,   // " ” ’ and ' when closing
    Dash,         // - – — used as punctuation
    Punctuation,  // everything else that is not space
};

struct Token {
    Span span;
    TokenKind kind = TokenKind::Word;
};

struct Document {
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<Token> tokens;  // all tokens in text order

    // Index of the sentence holding byte `offset`, or the nearest one before it.
    uint32_t sentence_at(uint32_t offset) const;
};

// A run of text with no sentence end (a 10 MB line, a list without periods) is cut into sentences of this many
// tokens: the rule stages look across a whole sentence, so an unbounded one would make them quadratic.
// analyze() reports the cut with a "segment.long_sentence" warning.
inline constexpr uint32_t kMaxSentenceTokens = 300;

// `body_start` lets the caller skip a dateline so it does not glue onto the first sentence.
Document segment(std::string_view text, uint32_t body_start = 0);

}  // namespace storylens
