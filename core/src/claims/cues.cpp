// cues.cpp — cue lookup: one-word cues come from the lexicon (core/lexicon/reporting_verbs.tsv), two-word
// phrases from the table below.
#include "claims/cues.hpp"

#include "lexicon/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

// Two-word cues: the verb row's forms followed by a particle.
struct Phrase {
    std::string_view base, third, past, participle, particle;
};
constexpr Phrase kPhrases[] = {
    {"call", "calls", "called", "calling", "on"},
    {"call", "calls", "called", "calling", "for"},
    {"according", "according", "according", "according", "to"},
    {"point", "points", "pointed", "pointing", "out"},
};

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

}  // namespace

bool find_cue(std::string_view w, std::string_view next, Cue& out) {
    for (const Phrase& p : kPhrases)
        if (text::same_word(next, p.particle) && match(w, p.base, p.third, p.past, p.participle, out.form)) {
            out.lemma = p.base == "according" ? "according to" : p.base;
            out.length = 2;
            out.documents_only = false;
            out.that_only = false;
            return true;
        }
    using lexicon::TableId;
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

bool is_noun_like(std::string_view lemma) {
    return lexicon::contains(lexicon::TableId::noun_like_cues, lemma);
}

}  // namespace storylens::claims
