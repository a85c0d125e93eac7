// tense.cpp — see tense.hpp. Word lists, not a parser: auxiliaries decide, then -ed forms that are not
// participles after "is"/"be"/"been" and a short list of present-tense schedule verbs.
#include "temporal/tense.hpp"

#include "lexicon/lexicon.hpp"

namespace storylens::temporal {

namespace {

using lexicon::TableId;
using text::in_table;

bool boundary(const text::TokenStream& tokens, const text::Tok& t) {
    if (t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote) return true;
    if (t.kind == TokenKind::Punctuation) return t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")";
    return in_table(tokens, t, TableId::temporal_clause_boundaries);
}

// A past auxiliary, or one of the irregular past tenses news uses most (regular ones end in -ed).
bool past_word(const text::TokenStream& tokens, const text::Tok& t) {
    return in_table(tokens, t, TableId::temporal_past_auxiliaries) ||
           in_table(tokens, t, TableId::temporal_irregular_pasts);
}

// "closed", "signed": a past-tense verb unless an auxiliary makes it a participle ("is closed", "will be signed")
bool past_verb(const text::TokenStream& tokens, const std::vector<text::Tok>& toks, size_t k) {
    const std::string_view w = toks[k].lower;
    if (toks[k].kind != TokenKind::Word || w.size() < 5 || text::is_capitalized(toks[k].text)) return false;
    if (w.compare(w.size() - 2, 2, "ed") != 0) return false;
    if (in_table(tokens, toks[k], TableId::temporal_ed_non_verbs)) return false;
    if (k > 0 && in_table(tokens, toks[k - 1], TableId::temporal_participle_markers)) return false;
    return true;
}

// "he travels", "it opens": a third-person pronoun and a lower-case word in -s make a present verb
bool pronoun_present(const text::TokenStream& tokens, const std::vector<text::Tok>& toks, size_t k) {
    const std::string_view w = toks[k].lower;
    return k > 0 && toks[k].kind == TokenKind::Word && w.size() >= 4 && w.back() == 's' &&
           !text::is_capitalized(toks[k].text) &&
           in_table(tokens, toks[k - 1], TableId::temporal_third_person_pronouns);
}

}  // namespace

int nearest_verb_tense(const text::TokenStream& tokens, const std::vector<text::Tok>& toks, size_t i) {
    for (size_t k = i; k-- > 0;) {
        if (boundary(tokens, toks[k]) || toks[k].text == ",") return 0;
        if (past_word(tokens, toks[k]) || past_verb(tokens, toks, k)) return -1;
        if (in_table(tokens, toks[k], TableId::temporal_present_verbs) || pronoun_present(tokens, toks, k)) return 1;
    }
    return 0;
}

std::vector<ClauseTense> clause_tenses(const text::TokenStream& tokens, const std::vector<text::Tok>& toks) {
    std::vector<ClauseTense> out(toks.size());
    size_t from = 0;
    while (from < toks.size()) {
        size_t to = from;
        while (to < toks.size() && !boundary(tokens, toks[to])) ++to;
        bool past = false;
        for (size_t k = from; k < to; ++k)
            if (past_word(tokens, toks[k]) || past_verb(tokens, toks, k)) past = true;
        // a present verb counts only inside the token's own comma-bounded part: "worth $1 billion in October,
        // are worth half that now" keeps October in the past
        size_t part = from;
        for (size_t k = from; k <= to; ++k) {
            if (k == to || toks[k].text == ",") {
                bool present = false;
                for (size_t m = part; m < k; ++m)
                    present = present || in_table(tokens, toks[m], TableId::temporal_present_verbs);
                for (size_t m = part; m <= k && m < toks.size(); ++m) out[m] = ClauseTense{past, present};
                part = k + 1;
            }
        }
        from = to + 1;
    }
    return out;
}

}  // namespace storylens::temporal
