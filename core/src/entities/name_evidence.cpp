// name_evidence.cpp — context rules that type a capitalized run the lexicons do not know (see name_evidence.hpp).
#include "entities/name_evidence.hpp"

#include <algorithm>
#include <iterator>

#include "entities/lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::entities {

namespace {

using lexicon::TableId;
using text::Tok;

std::string_view singular(std::string_view w) {
    return w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
}

bool is_business_noun(const Tok& t, bool single_word) {
    if (t.kind != TokenKind::Word || text::is_capitalized(t.text)) return false;
    return lexicon::contains(TableId::entities_business_nouns, t.lower) ||
           (single_word && lexicon::contains(TableId::entities_weak_business_nouns, t.lower));
}

bool is_title_head(std::string_view w) {
    return is_title(w) || is_role_noun(w) || lexicon::contains(TableId::entities_extra_title_heads, w);
}

// A capitalized word that can stand in a person's name.
bool person_word(const Tok& t) {
    if (t.kind != TokenKind::Word || !text::is_capitalized(t.text)) return false;
    if (text::is_all_caps(t.text) && t.text.size() > 2) return false;  // "HTS", but "J." is an initial
    return !is_org_head(t.lower) && !is_org_start(t.lower) && !is_place_head(t.lower) && !is_name_connector(t.lower) &&
           !is_title_head(t.lower) && (!place_demonym(t.lower) || is_city(t.lower));  // "Jeff Davis": a surname
}

// toks[from, to) reads as a person's name: one to four capitalized words with particles between them.
size_t person_words(const std::vector<Tok>& toks, size_t from, size_t to) {
    size_t words = 0;
    for (size_t k = from; k < to; ++k) {
        if (person_word(toks[k])) ++words;
        else if (toks[k].lower.find('-') != std::string::npos && is_name_particle(toks[k].lower)) ++words;  // "al-Assad"
        else if (!(is_name_particle(toks[k].lower) && k + 1 < to)) return 0;
    }
    return words <= 4 ? words : 0;
}

// "governorate" also covers "Governorate's": a prefix match.
bool is_place_noun(std::string_view w) {
    return lexicon::contains(TableId::entities_place_nouns, w) || w.rfind("governorate", 0) == 0;
}

}  // namespace

bool org_context(const std::vector<Tok>& toks, size_t from, size_t to) {
    const bool single = to == from + 1;
    // "regional carrier X", "the shipping company X"; for a person-shaped run not right after "the" (which
    // reads "the company Jane Doe founded")
    if (from >= 1 && is_business_noun(toks[from - 1], single) && (single || from < 2 || toks[from - 2].lower != "the"))
        return true;
    // "an analyst at X", "researchers at X": people work at organizations, not at people
    if (from >= 2 && toks[from - 1].lower == "at" && is_role_noun(singular(toks[from - 2].lower))) return true;
    // "shares of X", "a stake in X"
    if (from >= 2 && (toks[from - 1].lower == "of" || toks[from - 1].lower == "in") &&
        lexicon::contains(TableId::entities_company_holdings, toks[from - 2].lower))
        return true;
    // "X, the Dutch equipment maker," / "X, an app store operator that": the business noun heads the apposition
    if (to + 2 < toks.size() && toks[to].text == "," &&
        lexicon::contains(TableId::entities_articles, toks[to + 1].lower)) {
        for (size_t k = to + 2; k < toks.size() && k < to + 7; ++k) {
            if (toks[k].kind != TokenKind::Word) break;
            if (!is_business_noun(toks[k], single)) continue;
            const bool head = k + 1 == toks.size() || toks[k + 1].kind != TokenKind::Word ||
                              is_function_word(toks[k + 1].lower) ||
                              lexicon::contains(TableId::entities_apposition_followers, toks[k + 1].lower);
            if (head) return true;
        }
    }
    return false;
}

// Evidence that only an unknown run may take: a person can own shares or have a spokesman.
bool weak_org_context(const std::vector<Tok>& toks, size_t from, size_t to) {
    // "X's shares", "X's chief executive"
    const std::string_view last = toks[to - 1].text;
    if (to < toks.size() && text::strip_possessive(last) != last) {
        const std::string_view next = toks[to].lower;
        if (lexicon::contains(TableId::entities_company_possessions, next)) return true;
        if (next == "chief" && to + 1 < toks.size() && toks[to + 1].lower == "executive") return true;
    }
    // "a spokeswoman for X", "chief executive of X"
    if (from >= 2 && toks[from - 1].lower == "for" && is_role_noun(singular(toks[from - 2].lower))) return true;
    return from >= 2 && toks[from - 1].lower == "of" &&
           lexicon::contains(TableId::entities_company_heads_of, toks[from - 2].lower);
}

bool place_context(const std::vector<Tok>& toks, size_t from) {
    if (from < 2) return false;
    if (toks[from - 1].lower == "to" && lexicon::contains(TableId::entities_motion_verbs, toks[from - 2].lower))
        return true;
    return toks[from - 1].lower == "of" && is_place_noun(toks[from - 2].lower);
}

bool is_subject_verb(std::string_view lower) { return lexicon::contains(TableId::entities_subject_verbs, lower); }

TitleRun split_title_run(const std::vector<Tok>& toks, size_t from, size_t to) {
    TitleRun run;
    // The last title word followed by a person-shaped name: "Chief Executive Tim Cook" splits at "Executive".
    for (size_t t = to - 1; t-- > from;) {
        // "Sen.", "Gov.": the tokenizer leaves the period apart, the title table keeps it
        const bool dotted = t + 1 < to && toks[t + 1].text == "." && is_title(std::string(toks[t].lower) + ".");
        if (!text::is_capitalized(toks[t].text) || !(is_title_head(toks[t].lower) || dotted)) continue;
        const size_t name = t + 1 < to && toks[t + 1].text == "." ? t + 2 : t + 1;  // "Mr. Smith"
        const size_t words = person_words(toks, name, to);
        if (words == 0) continue;
        // Walk back over the rest of the title: modifiers, portfolios, demonyms and places ("Dutch
        // Infrastructure Minister", "Syrian President"); a minister's portfolio may be any capitalized word.
        // only some titles take a portfolio ("Health Minister", "Finance Director"); before the others a word
        // like "Labour" names the organization ("Labour Leader Keir Starmer")
        const bool minister = toks[t].lower == "minister" || toks[t].lower == "secretary";
        const bool portfolio_title = minister || lexicon::contains(TableId::entities_portfolio_titles, toks[t].lower);
        size_t title = t;
        while (title > from) {
            const Tok& w = toks[title - 1];
            const bool part = is_title_head(w.lower) ||
                              lexicon::contains(TableId::entities_title_modifiers, w.lower) ||
                              (portfolio_title && is_portfolio_word(w.lower) && w.lower != "and" && w.lower != "the") ||
                              !demonym_place(w.lower).empty() || place_demonym(w.lower) != nullptr ||
                              (minister && text::is_capitalized(w.text) && !is_org_head(w.lower) &&
                               !is_org_start(w.lower) && !is_name_connector(w.lower));
            if (!part) break;
            --title;
        }
        // "Judge Lopez" is a name, "Apple Chief Cook" is not enough to tell
        if (words == 1 && title != from) continue;
        run.found = true;
        run.title = title;
        run.name = name;
        run.employer = title == from + 1 && !lexicon::contains(TableId::entities_territorial_titles, toks[t].lower);
        return run;
    }
    return run;
}

}  // namespace storylens::entities
