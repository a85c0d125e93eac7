// tokenizer.cpp — data, tag, attribute, comment, DOCTYPE, bogus-comment and raw-text states of the WHATWG tokenizer.
#include "ingest/html/tokenizer.hpp"

#include <algorithm>

#include "ingest/html/character_references.hpp"

namespace storylens::html {

namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

bool iequals_at(std::string_view input, size_t at, std::string_view lower_word) {
    if (at + lower_word.size() > input.size()) return false;
    for (size_t k = 0; k < lower_word.size(); ++k)
        if (to_lower(input[at + k]) != lower_word[k]) return false;
    return true;
}

// Elements whose content the tokenizer reads as text up to the matching end tag.
struct RawTextElement {
    std::string_view name;
    bool decodes;  // RCDATA: references decoded
};
constexpr RawTextElement kRawTextElements[] = {
    {"script", false}, {"style", false},    {"xmp", false},     {"iframe", false}, {"noembed", false},
    {"noframes", false}, {"noscript", false}, {"title", true}, {"textarea", true},
};

// Appends input from `from` up to the first of `stops`, decoding references; returns the stop position.
size_t decoded_run(std::string_view input, size_t from, std::string_view stops, bool in_attribute, std::string& out) {
    size_t i = from;
    while (i < input.size()) {
        size_t run = i;
        while (run < input.size() && input[run] != '&' && stops.find(input[run]) == std::string_view::npos) ++run;
        out.append(input.data() + i, run - i);
        i = run;
        if (i >= input.size() || input[i] != '&') break;
        const size_t used = consume_character_reference(input, i, in_attribute, out);
        if (used == 0) {
            out.push_back('&');
            ++i;
        } else {
            i += used;
        }
    }
    return i;
}

}  // namespace

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

const std::string* Token::attribute(std::string_view wanted) const {
    for (const Attribute& a : attributes)
        if (a.name == wanted) return &a.value;
    return nullptr;
}

bool Tokenizer::next(Token& token) {
    token.name.clear();
    token.attributes.clear();
    token.text.clear();
    token.self_closing = false;
    token.raw = false;
    while (pos_ < input_.size()) {
        if (raw_to_end_ || !raw_end_tag_.empty()) {
            if (raw_text(token)) return true;
            continue;
        }
        if (input_[pos_] == '<' && starts_markup(pos_)) {
            if (markup(token)) return true;
            continue;
        }
        text(token);
        return true;
    }
    return false;
}

bool Tokenizer::starts_markup(size_t at) const {
    if (at + 1 >= input_.size()) return false;
    const char c = input_[at + 1];
    if (is_ascii_alpha(c) || c == '!' || c == '?') return true;
    return c == '/' && at + 2 < input_.size();  // "</" at the very end is text
}

void Tokenizer::text(Token& token) {
    token.kind = TokenKind::Text;
    token.start = pos_;
    size_t i = pos_;
    for (;;) {
        i = decoded_run(input_, i, "<", false, token.text);
        if (i >= input_.size() || starts_markup(i)) break;
        token.text.push_back('<');  // a stray '<' ("a < b") is text
        ++i;
    }
    pos_ = i;
    token.end = i;
}

bool Tokenizer::raw_text(Token& token) {
    token.kind = TokenKind::Text;
    token.raw = true;
    token.start = pos_;
    size_t stop = input_.size();
    if (!raw_to_end_) {
        for (size_t at = input_.find("</", pos_); at != std::string_view::npos; at = input_.find("</", at + 2)) {
            const size_t after = at + 2 + raw_end_tag_.size();
            if (iequals_at(input_, at + 2, raw_end_tag_) && after < input_.size() &&
                (is_html_space(input_[after]) || input_[after] == '/' || input_[after] == '>')) {
                stop = at;
                break;
            }
        }
    }
    if (raw_decodes_) {
        decoded_run(input_.substr(0, stop), pos_, "", false, token.text);  // RCDATA ends at the end tag
    } else {
        token.text.assign(input_.data() + pos_, stop - pos_);
    }
    raw_end_tag_.clear();
    raw_to_end_ = false;
    pos_ = stop;
    token.end = stop;
    return token.end > token.start;
}

bool Tokenizer::markup(Token& token) {
    const char c = input_[pos_ + 1];
    if (c == '!') {
        if (input_.compare(pos_ + 2, 2, "--") == 0) { comment(token); return true; }
        if (iequals_at(input_, pos_ + 2, "doctype")) { doctype(token, pos_ + 9); return true; }
        bogus_comment(token, pos_ + 2);  // "<![CDATA[...]]>" outside foreign content is a bogus comment too
        return true;
    }
    if (c == '?') { bogus_comment(token, pos_ + 1); return true; }
    if (c == '/') {
        const char d = input_[pos_ + 2];
        if (is_ascii_alpha(d)) return tag(token, true);
        if (d == '>') { pos_ += 3; return false; }  // "</>" is dropped
        bogus_comment(token, pos_ + 2);
        return true;
    }
    return tag(token, false);
}

bool Tokenizer::tag(Token& token, bool end_tag) {
    token.kind = end_tag ? TokenKind::EndTag : TokenKind::StartTag;
    token.start = pos_;
    size_t i = pos_ + (end_tag ? 2 : 1);
    const size_t n = input_.size();
    while (i < n && !is_html_space(input_[i]) && input_[i] != '/' && input_[i] != '>') token.name.push_back(to_lower(input_[i++]));
    for (;;) {
        while (i < n && is_html_space(input_[i])) ++i;
        if (i >= n) break;
        if (input_[i] == '>') {
            pos_ = i + 1;
            token.end = pos_;
            if (!end_tag) enter_raw_text_if_needed(token);
            return true;
        }
        if (input_[i] == '/') {
            if (i + 1 < n && input_[i + 1] == '>') token.self_closing = true;
            ++i;
            continue;
        }
        // Attribute name: the first character may be '=' ("<a =x>"), then up to space, '/', '>' or '='.
        Attribute& attribute = token.attributes.emplace_back();
        attribute.name.push_back(to_lower(input_[i++]));
        while (i < n && !is_html_space(input_[i]) && input_[i] != '/' && input_[i] != '>' && input_[i] != '=')
            attribute.name.push_back(to_lower(input_[i++]));
        while (i < n && is_html_space(input_[i])) ++i;
        if (i >= n || input_[i] != '=') continue;
        ++i;
        while (i < n && is_html_space(input_[i])) ++i;
        if (i >= n) break;
        if (input_[i] == '"' || input_[i] == '\'') {
            const char quote[2] = {input_[i], '\0'};
            i = decoded_run(input_, i + 1, std::string_view(quote, 1), true, attribute.value);
            if (i >= n) break;
            ++i;  // the closing quote
        } else if (input_[i] != '>') {
            i = decoded_run(input_, i, " \t\n\r\f>", true, attribute.value);
        }
    }
    // The input ended inside the tag: browsers drop the unfinished tag.
    pos_ = n;
    return false;
}

void Tokenizer::enter_raw_text_if_needed(const Token& token) {
    if (token.name == "plaintext") { raw_to_end_ = true; raw_decodes_ = false; return; }
    for (const RawTextElement& e : kRawTextElements)
        if (token.name == e.name) {
            raw_end_tag_.assign(e.name);
            raw_decodes_ = e.decodes;
            return;
        }
}

void Tokenizer::comment(Token& token) {
    token.kind = TokenKind::Comment;
    token.start = pos_;
    const size_t content = pos_ + 4;
    // "<!-->" and "<!--->" are complete (empty) comments.
    if (input_.compare(content, 1, ">") == 0) { pos_ = content + 1; token.end = pos_; return; }
    if (input_.compare(content, 2, "->") == 0) { pos_ = content + 2; token.end = pos_; return; }
    size_t close = input_.find("--", content);
    while (close != std::string_view::npos) {
        if (input_.compare(close + 2, 1, ">") == 0) { token.text.assign(input_.substr(content, close - content)); pos_ = close + 3; break; }
        if (input_.compare(close + 2, 2, "!>") == 0) { token.text.assign(input_.substr(content, close - content)); pos_ = close + 4; break; }
        close = input_.find("--", close + 1);
    }
    if (close == std::string_view::npos) {  // EOF in a comment: the comment runs to the end
        token.text.assign(input_.substr(content));
        pos_ = input_.size();
    }
    token.end = pos_;
}

void Tokenizer::bogus_comment(Token& token, size_t content_start) {
    token.kind = TokenKind::Comment;
    token.start = pos_;
    const size_t close = input_.find('>', content_start);
    const size_t stop = close == std::string_view::npos ? input_.size() : close;
    token.text.assign(input_.substr(content_start, stop - content_start));
    pos_ = close == std::string_view::npos ? input_.size() : close + 1;
    token.end = pos_;
}

void Tokenizer::doctype(Token& token, size_t content_start) {
    bogus_comment(token, content_start);
    token.kind = TokenKind::Doctype;
    size_t b = 0;
    while (b < token.text.size() && is_html_space(token.text[b])) ++b;
    token.text.erase(0, b);
}

}  // namespace storylens::html
