// tense.cpp — see tense.hpp. Word lists, not a parser: auxiliaries decide, then -ed forms that are not
// participles after "is"/"be"/"been" and a short list of present-tense schedule verbs.
#include "temporal/tense.hpp"

#include "lexicon/lexicon.hpp"

namespace storylens::temporal {

namespace {

bool boundary(const text::Tok& t) {
    if (t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote) return true;
    if (t.kind == TokenKind::Punctuation) return t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")";
    return lexicon::contains(lexicon::TableId::temporal_clause_boundaries, t.lower);
}

bool past_auxiliary(std::string_view w) {
    return lexicon::contains(lexicon::TableId::temporal_past_auxiliaries, w);
}

// The irregular past tenses news uses most; regular ones end in -ed.
bool irregular_past(std::string_view w) {
    return lexicon::contains(lexicon::TableId::temporal_irregular_pasts, w);
}

bool present_verb(std::string_view w) {
    return lexicon::contains(lexicon::TableId::temporal_present_verbs, w);
}

// "closed", "signed": a past-tense verb unless an auxiliary makes it a participle ("is closed", "will be signed")
bool past_verb(const std::vector<text::Tok>& toks, size_t k) {
    const std::string_view w = toks[k].lower;
    if (toks[k].kind != TokenKind::Word || w.size() < 5 || text::is_capitalized(toks[k].text)) return false;
    if (w.compare(w.size() - 2, 2, "ed") != 0) return false;
    if (lexicon::contains(lexicon::TableId::temporal_ed_non_verbs, w))
        return false;
    if (k > 0 && lexicon::contains(lexicon::TableId::temporal_participle_markers, toks[k - 1].lower))
        return false;
    return true;
}

}  // namespace

std::vector<ClauseTense> clause_tenses(const std::vector<text::Tok>& toks) {
    std::vector<ClauseTense> out(toks.size());
    size_t from = 0;
    while (from < toks.size()) {
        size_t to = from;
        while (to < toks.size() && !boundary(toks[to])) ++to;
        bool past = false;
        for (size_t k = from; k < to; ++k)
            if (past_auxiliary(toks[k].lower) || irregular_past(toks[k].lower) || past_verb(toks, k)) past = true;
        // a present verb counts only inside the token's own comma-bounded part: "worth $1 billion in October,
        // are worth half that now" keeps October in the past
        size_t part = from;
        for (size_t k = from; k <= to; ++k) {
            if (k == to || toks[k].text == ",") {
                bool present = false;
                for (size_t m = part; m < k; ++m) present = present || present_verb(toks[m].lower);
                for (size_t m = part; m <= k && m < toks.size(); ++m) out[m] = ClauseTense{past, present};
                part = k + 1;
            }
        }
        from = to + 1;
    }
    return out;
}

}  // namespace storylens::temporal
