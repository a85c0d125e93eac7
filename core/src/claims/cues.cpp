// cues.cpp — cue lookup: one-word cues come from the lexicon (core/lexicon/reporting_verbs.tsv), two-word
// phrases from core/lexicon/claims_cue_phrases.tsv.
#include "claims/cues.hpp"

#include <vector>

#include "lexicon/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

bool match(std::string_view w, std::string_view base, std::string_view third, std::string_view past,
           std::string_view participle, CueForm& form) {
    // "read" is base and past alike: the past reading is the one news uses ("the statement read")
    using text::same_word;
    if (same_word(w, past)) return form = CueForm::Past, true;
    if (same_word(w, base)) return form = CueForm::Base, true;
    if (same_word(w, third)) return form = CueForm::Third, true;
    if (same_word(w, participle)) return form = CueForm::Participle, true;
    return false;
}

// The two-word cues' columns, read out of the table once: find_cue runs on nearly every token, and most of its
// time went to fetching the same cells again for each.
struct PhraseCue {
    std::string_view lemma, base, third, past, participle, particle;
};

const std::vector<PhraseCue>& phrase_cues() {
    static const std::vector<PhraseCue> rows = [] {
        using lexicon::TableId;
        std::vector<PhraseCue> out;
        const lexicon::Table& phrases = lexicon::table(TableId::claims_cue_phrases);
        for (size_t r = 0; r < phrases.rows; ++r) {
            const auto column = [r](int c) { return lexicon::cell(TableId::claims_cue_phrases, r, c); };
            out.push_back({column(1) == "according" ? column(0) : column(1), column(1), column(2), column(3),
                           column(4), column(5)});
        }
        return out;
    }();
    return rows;
}

}  // namespace

bool find_cue(std::string_view w, std::string_view next, Cue& out) {
    using lexicon::TableId;
    // Two-word cues (core/lexicon/claims_cue_phrases.tsv): a handful of rows, the particle checked first
    for (const PhraseCue& p : phrase_cues()) {
        if (!text::same_word(next, p.particle) || !match(w, p.base, p.third, p.past, p.participle, out.form)) continue;
        out.lemma = p.lemma;
        out.length = 2;
        out.documents_only = false;
        out.that_only = false;
        return true;
    }
    const long row = lexicon::find_row(TableId::reporting_verbs, w);
    if (row < 0) return false;
    const auto column = [row](int c) { return lexicon::cell(TableId::reporting_verbs, static_cast<size_t>(row), c); };
    if (!match(w, column(0), column(1), column(2), column(3), out.form)) return false;
    out.lemma = column(0);
    out.length = 1;
    out.documents_only = column(4) == "documents";
    out.that_only = column(4) == "that";
    return true;
}

namespace {

// Whether `w` is a form of any cue: a reporting verb's key, or a form of a two-word cue. find_cue is true of
// no other word, whatever follows it.
bool cue_form(std::string_view w) {
    if (lexicon::contains(lexicon::TableId::reporting_verbs, w)) return true;
    CueForm form;
    for (const PhraseCue& p : phrase_cues())
        if (match(w, p.base, p.third, p.past, p.participle, form)) return true;
    return false;
}

}  // namespace

bool find_cue(const text::TokenStream& tokens, const text::Tok& t, std::string_view next, Cue& out) {
    return text::test_word(tokens, t, cue_form) && find_cue(t.lower, next, out);
}

bool is_noun_like(std::string_view lemma) {
    return lexicon::contains(lexicon::TableId::noun_like_cues, lemma);
}

}  // namespace storylens::claims
