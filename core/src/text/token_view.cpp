// token_view.cpp — see token_view.hpp.
#include "text/token_view.hpp"

#include <cctype>

#include "lexicon/lexicon.hpp"

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

bool is_year_elision(const Tok& t) {
    return t.kind == TokenKind::Punctuation && (t.text == "'" || t.text == "\xE2\x80\x99");
}

namespace {

// Whether t.lower is the very view of its word's folded form the stream holds (so the word's memo answers it).
bool lower_is_folded(const TokenStream& stream, const Tok& t) {
    const std::string_view folded = stream.folded(t.index);
    return t.lower.data() == folded.data() && t.lower.size() == folded.size();
}

uint8_t answer(bool yes) { return yes ? 2 : 1; }

}  // namespace

bool in_table(const TokenStream& stream, const Tok& t, lexicon::TableId table) {
    if (!lower_is_folded(stream, t)) return lexicon::contains(table, t.lower);
    uint8_t& memo = stream.table_memo(table, stream.word(t.index));
    if (!memo) memo = answer(lexicon::contains(table, t.lower));
    return memo == 2;
}

bool test_word(const TokenStream& stream, const Tok& t, bool (*test)(std::string_view)) {
    if (!lower_is_folded(stream, t)) return test(t.lower);
    uint8_t& memo = stream.test_memo(test, stream.word(t.index));
    if (!memo) memo = answer(test(t.lower));
    return memo == 2;
}

void sentence_tokens(const TokenStream& stream, uint32_t first, uint32_t count, std::vector<Tok>& out) {
    out.clear();
    out.reserve(count);
    const std::vector<Token>& tokens = stream.document().tokens;
    for (uint32_t i = first; i < first + count; ++i) {
        const Token& t = tokens[i];
        out.push_back({t.span.of(stream.text()), stream.lower(i), t.kind, t.span, i});
    }
}

std::vector<Tok> sentence_tokens(const TokenStream& stream, const Sentence& sentence) {
    std::vector<Tok> out;
    sentence_tokens(stream, sentence.first_token, sentence.token_count, out);
    return out;
}

}  // namespace storylens::text
