// cues.cpp — the cue table. Irregular forms are written out; a row per lemma keeps it reviewable.
#include "claims/cues.hpp"

#include <algorithm>
#include <iterator>

#include "text/sorted_table.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

struct Row {
    std::string_view base, third, past, participle;
    bool documents_only;
    bool that_only = false;
};

// Sorted by base form.
constexpr Row kVerbs[] = {
    {"accuse", "accuses", "accused", "accusing", false},
    {"acknowledge", "acknowledges", "acknowledged", "acknowledging", false},
    {"add", "adds", "added", "adding", false},
    {"admit", "admits", "admitted", "admitting", false},
    {"agree", "agrees", "agreed", "agreeing", false, true},
    {"allege", "alleges", "alleged", "alleging", false},
    {"announce", "announces", "announced", "announcing", false},
    {"argue", "argues", "argued", "arguing", false},
    {"assert", "asserts", "asserted", "asserting", false},
    {"believe", "believes", "believed", "believing", false},
    {"caution", "cautions", "cautioned", "cautioning", false, true},
    {"claim", "claims", "claimed", "claiming", false},
    {"complain", "complains", "complained", "complaining", false},
    {"conclude", "concludes", "concluded", "concluding", true},
    {"confirm", "confirms", "confirmed", "confirming", false},
    {"declare", "declares", "declared", "declaring", false},
    {"deny", "denies", "denied", "denying", false},
    {"disclose", "discloses", "disclosed", "disclosing", false},
    {"emphasise", "emphasises", "emphasised", "emphasising", false},
    {"emphasize", "emphasizes", "emphasized", "emphasizing", false},
    {"estimate", "estimates", "estimated", "estimating", false},
    {"explain", "explains", "explained", "explaining", false},
    {"find", "finds", "found", "finding", true},
    {"forecast", "forecasts", "forecast", "forecasting", false, true},
    {"hold", "holds", "held", "holding", false, true},
    {"insist", "insists", "insisted", "insisting", false},
    {"maintain", "maintains", "maintained", "maintaining", false},
    {"note", "notes", "noted", "noting", false},
    {"predict", "predicts", "predicted", "predicting", false},
    {"promise", "promises", "promised", "promising", false},
    {"read", "reads", "read", "reading", true},
    {"report", "reports", "reported", "reporting", false},
    {"reveal", "reveals", "revealed", "revealing", false},
    {"rule", "rules", "ruled", "ruling", false, true},
    {"say", "says", "said", "saying", false},
    {"show", "shows", "showed", "showing", true},
    {"state", "states", "stated", "stating", false},
    {"stress", "stresses", "stressed", "stressing", false},
    {"suggest", "suggests", "suggested", "suggesting", false},
    {"tell", "tells", "told", "telling", false},
    {"testify", "testifies", "testified", "testifying", false},
    {"tweet", "tweets", "tweeted", "tweeting", false},
    {"urge", "urges", "urged", "urging", false},
    {"vow", "vows", "vowed", "vowing", false},
    {"warn", "warns", "warned", "warning", false},
    {"write", "writes", "wrote", "writing", false},
};

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

// Lemmas whose base and -s forms are common nouns ("a report", "the claims", "human rights reports").
constexpr std::string_view kNounLike[] = {"call", "claim", "estimate", "find", "note", "promise", "read",
                                          "report", "show", "state", "stress", "tweet", "vow", "warning", "write"};

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
    for (const Row& r : kVerbs)
        if (match(w, r.base, r.third, r.past, r.participle, out.form)) {
            out.lemma = r.base;
            out.length = 1;
            out.documents_only = r.documents_only;
            out.that_only = r.that_only;
            return true;
        }
    return false;
}

bool is_noun_like(std::string_view lemma) {
    return text::in_sorted_table(kNounLike, lemma);
}

bool cue_tables_are_sorted() {
    return std::is_sorted(std::begin(kVerbs), std::end(kVerbs),
                          [](const Row& a, const Row& b) { return a.base < b.base; }) &&
           text::is_sorted_table(kNounLike);
}

}  // namespace storylens::claims
