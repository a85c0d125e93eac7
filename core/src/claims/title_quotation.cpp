// title_quotation.cpp — "the co-author of "Going Viral," said …", "on MSNBC's “Morning Joe.”": a short title-case
// quotation after "of", "on", "book" or a possessive names a work or a programme; nobody said it.
#include "claims/attributor.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

namespace {
constexpr size_t kMaxTitleWords = 6;

bool possessive_name(std::string_view w) { return text::is_capitalized(w) && is_possessive(w); }
}  // namespace

bool Attributor::title_quotation(uint32_t open, uint32_t close) const {
    if (open == 0 || close <= open + 1 || close >= doc_.tokens.size()) return false;
    auto word_at = [&](uint32_t g) {
        const Span s = doc_.tokens[g].span;
        return text_.substr(s.start, s.end - s.start);
    };
    size_t words = 0;
    for (uint32_t g = open + 1; g < close; ++g) {
        const TokenKind k = doc_.tokens[g].kind;
        if (k == TokenKind::Number) continue;
        if (k != TokenKind::Word) {
            // a comma or full stop may close the title ("“Morning Joe.”"); anything else inside is speech
            const std::string_view p = word_at(g);
            if (g + 1 != close || (p != "," && p != ".")) return false;
            continue;
        }
        const std::string_view w = word_at(g);
        const bool small = g != open + 1 && lexicon::contains_lowered(lexicon::TableId::claims_title_small_words, w);
        if (!text::is_capitalized(w) && !small) return false;
        if (++words > kMaxTitleWords) return false;
    }
    if (words == 0) return false;
    uint32_t before = open - 1;
    // "in his 2012 book, ''An American Son.''": a comma may stand between the title noun and its title
    if (word_at(before) == "," && before > 0) --before;
    if (doc_.tokens[before].kind != TokenKind::Word) return false;
    const std::string_view w = word_at(before);
    return lexicon::contains_lowered(lexicon::TableId::claims_title_introducers, w) ||
           (before + 1 == open && possessive_name(w));
}

}  // namespace storylens::claims
