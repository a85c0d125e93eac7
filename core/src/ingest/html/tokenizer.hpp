// tokenizer.hpp — an HTML tokenizer after the WHATWG states that matter for real pages; tokens carry byte offsets.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storylens::html {

enum class TokenKind { Text, StartTag, EndTag, Comment, Doctype };

struct Attribute {
    std::string name;   // lower-case ASCII
    std::string value;  // character references decoded
};

struct Token {
    TokenKind kind = TokenKind::Text;
    std::string name;                   // tags: lower-case ASCII name
    std::vector<Attribute> attributes;  // tags: in source order, duplicates kept (attribute() returns the first)
    bool self_closing = false;          // tags: written "<br/>"
    std::string text;                   // Text: character data (references decoded except in raw text);
                                        // Comment, Doctype: their content as written
    bool raw = false;                   // Text inside script/style/title/textarea/noscript... (not page text)
    size_t start = 0, end = 0;          // byte range of the token in the input

    // The value of the first attribute called `name`, or nullptr.
    const std::string* attribute(std::string_view name) const;
};

// Pull tokenizer: `while (tokenizer.next(token)) ...`. Runs in time linear in the input; `token` is reused so
// its buffers keep their capacity. Malformed input never fails: an unfinished tag at the end is dropped and an
// unfinished comment runs to the end, as browsers do.
class Tokenizer {
public:
    explicit Tokenizer(std::string_view input) : input_(input) {}
    bool next(Token& token);

private:
    bool starts_markup(size_t at) const;
    bool markup(Token& token);  // false when the markup produced no token (dropped "</>", tag cut by EOF)
    void text(Token& token);
    bool raw_text(Token& token);
    bool tag(Token& token, bool end_tag);
    void comment(Token& token);
    void bogus_comment(Token& token, size_t content_start);
    void doctype(Token& token, size_t content_start);
    void enter_raw_text_if_needed(const Token& token);

    std::string_view input_;
    size_t pos_ = 0;
    std::string raw_end_tag_;      // set while inside a raw-text element: its name
    bool raw_decodes_ = false;     // RCDATA (title, textarea): references are decoded
    bool raw_to_end_ = false;      // <plaintext>: the rest of the input is text
};

bool is_html_space(char c);

}  // namespace storylens::html
