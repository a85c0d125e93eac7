// token_view.hpp — a sentence's tokens with their text and lower-cased form, for the rule-based stages.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/document.hpp"

namespace storylens::text {

struct Tok {
    std::string_view text;
    std::string lower;
    TokenKind kind = TokenKind::Word;
    Span span;
    uint32_t index = 0;  // index into Document::tokens
};

// Word equality that rejects on length and first byte before comparing the rest: the rule tables compare
// every token with dozens of words, and almost all of those comparisons fail on the first byte.
inline bool same_word(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}

std::string lowered(std::string_view s);  // ASCII letters only: UTF-8 bytes are left as they are
bool is_capitalized(std::string_view s);                      // first byte is an ASCII capital
bool is_all_caps(std::string_view s);                         // "HTS", "SOHR", "U.S."
std::string_view strip_possessive(std::string_view s);        // "Syria’s" -> "Syria", "Assads’" -> "Assads"
bool is_quote(const Tok& t);

// The tokens of one sentence.
std::vector<Tok> sentence_tokens(std::string_view text, const Document& doc, const Sentence& sentence);

}  // namespace storylens::text
