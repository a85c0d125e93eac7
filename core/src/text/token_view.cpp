// token_view.cpp — see token_view.hpp.
#include "text/token_view.hpp"

#include <cctype>

namespace storylens::text {

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');  // as std::tolower in the C locale
    return out;
}

bool is_capitalized(std::string_view s) { return !s.empty() && std::isupper(static_cast<unsigned char>(s[0])); }

bool is_all_caps(std::string_view s) {
    int letters = 0;
    for (char c : s) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
        if (std::isupper(static_cast<unsigned char>(c))) ++letters;
    }
    return letters >= 2;
}

std::string_view strip_possessive(std::string_view s) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (s.size() > suffix.size() + 1 && s.substr(s.size() - suffix.size()) == suffix)
            return s.substr(0, s.size() - suffix.size());
    for (std::string_view suffix : {std::string_view("'"), std::string_view("\xE2\x80\x99")})
        if (s.size() > suffix.size() + 2 && s.substr(s.size() - suffix.size()) == suffix &&
            s[s.size() - suffix.size() - 1] == 's')
            return s.substr(0, s.size() - suffix.size());
    return s;
}

bool is_quote(const Tok& t) { return t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote; }

std::vector<Tok> sentence_tokens(std::string_view text, const Document& doc, const Sentence& sentence) {
    std::vector<Tok> out;
    out.reserve(sentence.token_count);
    for (uint32_t i = sentence.first_token; i < sentence.first_token + sentence.token_count; ++i) {
        const Token& t = doc.tokens[i];
        const std::string_view s = text.substr(t.span.start, t.span.end - t.span.start);
        out.push_back({s, lowered(s), t.kind, t.span, i});
    }
    return out;
}

}  // namespace storylens::text
