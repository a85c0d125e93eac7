// figures.cpp — see figures.hpp. A figure is an optional modifier, a number (digits or words) and up to
// two following lower-case words naming what is counted.
#include "claims/figures.hpp"

#include <algorithm>

#include "temporal/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

using text::one_of;

// Words that end the counted noun: verbs, prepositions, conjunctions.
bool stops_unit(std::string_view w) {
    if (w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing")) return true;
    return one_of(w, {"a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
                      "have", "in", "into", "is", "of", "on", "or", "that", "the", "their", "to", "was", "were",
                      "which", "who", "with", "will", "would"});
}

std::string digits_only(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ',') out += c;
    return out;
}

}  // namespace

std::vector<Figure> find_figures(std::string_view text, const Document& doc, const std::vector<Timex>& timexes) {
    std::vector<Figure> out;
    for (const Sentence& s : doc.sentences) {
        const std::vector<text::Tok> toks = text::sentence_tokens(text, doc, s);
        for (size_t i = 0; i < toks.size(); ++i) {
            const text::Tok& t = toks[i];
            std::string value;
            if (t.kind == TokenKind::Number) {
                if (t.text.find('/') != std::string_view::npos || t.text.find(':') != std::string_view::npos) continue;
                value = digits_only(t.text);
            } else if (const int n = temporal::number_word(t.lower); n >= 2 && t.lower != "couple") {
                value = std::to_string(n);
            } else {
                continue;
            }
            if (timex_containing(timexes, t.span)) continue;
            // what it counts: up to two lower-case words ("security personnel")
            size_t j = i + 1;
            if (j < toks.size() && (toks[j].lower == "million" || toks[j].lower == "billion" ||
                                    toks[j].lower == "thousand" || toks[j].lower == "percent" || toks[j].text == "%"))
                ++j;
            const size_t unit_start = j;
            while (j < toks.size() && j < unit_start + 2 && toks[j].kind == TokenKind::Word &&
                   !text::is_capitalized(toks[j].text) && !stops_unit(toks[j].lower))
                ++j;
            if (j == unit_start && unit_start == i + 1) continue;  // a bare number says too little
            size_t start = i;
            std::string mod;
            if (i >= 2 && one_of(toks[i - 2].lower, {"more", "less", "fewer"}) && toks[i - 1].lower == "than")
                mod = toks[i - 2].lower + " than", start = i - 2;
            else if (i >= 2 && toks[i - 2].lower == "at" && toks[i - 1].lower == "least")
                mod = "at least", start = i - 2;
            else if (i >= 1 && one_of(toks[i - 1].lower, {"over", "nearly", "almost", "about", "around", "some",
                                                        "roughly", "approximately", "up", "under"}))
                mod = toks[i - 1].lower, start = i - 1;
            Figure f;
            f.text.span = {toks[start].span.start, toks[j - 1].span.end};
            f.text.text = std::string(text.substr(f.text.span.start, f.text.span.end - f.text.span.start));
            f.value = value;
            if (j > unit_start)
                f.unit = std::string(text.substr(toks[unit_start].span.start,
                                                 toks[j - 1].span.end - toks[unit_start].span.start));
            f.mod = mod;
            f.sentence = s.id;
            out.push_back(std::move(f));
            i = j - 1;
        }
    }
    return out;
}

}  // namespace storylens::claims
