// token_view.hpp — a sentence's tokens with their text and lower-cased form, for the rule-based stages: views
// into the document's shared token stream (text/token_stream.hpp), no string per token.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/document.hpp"
#include "text/token_stream.hpp"

namespace storylens::text {

struct Tok {
    std::string_view text;
    std::string_view lower;  // ASCII lower case (TokenStream::lower): same length as `text`
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
// "the '80s", "in ’08": the tokenizer's mark for a year's left-out digits (punctuation, never a quotation mark)
bool is_year_elision(const Tok& t);

// lexicon::contains(table, t.lower) and test(t.lower), asked once per distinct word of the stream: a token
// whose lower form is the stream's folded form (nearly all) shares the answer of its word id; any other (a
// curly apostrophe, a possessive the scanner cut off) is looked up itself.
bool in_table(const TokenStream& stream, const Tok& t, lexicon::TableId table);
bool test_word(const TokenStream& stream, const Tok& t, bool (*test)(std::string_view));

// The tokens [first, first + count) of the stream, into `out` (cleared; its capacity is reused), and those of
// one sentence.
void sentence_tokens(const TokenStream& stream, uint32_t first, uint32_t count, std::vector<Tok>& out);
std::vector<Tok> sentence_tokens(const TokenStream& stream, const Sentence& sentence);

}  // namespace storylens::text
