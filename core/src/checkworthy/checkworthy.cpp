// checkworthy.cpp — scores each claim for check-worthiness from its own parts: a checkable claim carries a
// figure or a comparison, comes from a named source and is reported as fact; a demand, a view, a question or a
// forecast has nothing to check yet. Word classes: core/lexicon/check_*.tsv.
#include "storylens/checkworthy.hpp"

#include <algorithm>
#include <numeric>

#include "lexicon/lexicon.hpp"
#include "storylens/analysis.hpp"
#include "text/token_view.hpp"

namespace storylens {

namespace {

using lexicon::TableId;

// Weights: a figure is the clearest sign of a checkable claim; a demand or question the clearest sign of none.
constexpr int kFigure = 3, kComparison = 2, kNamedSource = 2, kUnnamedSource = -1, kFactualCue = 1,
              kOpinionCue = -2, kDemandCue = -4, kPredictionCue = -2, kFuture = -2, kQuestion = -3;

// The cue's verb class: the whole cue first ("called on"), then its first word ("said").
const char* cue_class(const std::string& cue_text, int& weight) {
    const std::string cue = text::lowered(cue_text);
    const std::string first = cue.substr(0, cue.find(' '));
    struct Class {
        TableId table;
        const char* name;
        int weight;
    };
    // Demands first: "called on" is a demand although "call" alone is not.
    static const Class classes[] = {{TableId::check_demand_verbs, "demand_cue", kDemandCue},
                                    {TableId::check_prediction_verbs, "prediction_cue", kPredictionCue},
                                    {TableId::check_opinion_verbs, "opinion_cue", kOpinionCue},
                                    {TableId::check_factual_verbs, "factual_cue", kFactualCue}};
    for (const std::string& key : {cue, first})
        for (const Class& c : classes)
            if (lexicon::contains(c.table, key)) return weight = c.weight, c.name;
    return nullptr;
}

// The first token of the content's words found in `table`, as written; empty when none.
std::string first_word_in(const Analysis& a, Span content, TableId table) {
    const auto& tokens = a.document.tokens;
    auto it = std::lower_bound(tokens.begin(), tokens.end(), content.start,
                               [](const Token& t, uint32_t offset) { return t.span.start < offset; });
    for (; it != tokens.end() && it->span.end <= content.end; ++it) {
        if (it->kind != TokenKind::Word) continue;
        const std::string_view word = it->span.of(a.source.text);
        if (lexicon::contains_lowered(table, word)) return std::string(word);
    }
    return "";
}

bool is_question(const std::string& content) {
    const size_t end = content.find_last_not_of(" \t\n\"'\xE2\x80\x9D");
    return end != std::string::npos && content[end] == '?';
}

CheckWorthiness score_claim(const Analysis& a, const Claim& c) {
    CheckWorthiness out;
    auto add = [&out](const char* name, int weight, std::string evidence) {
        out.factors.push_back({name, weight, std::move(evidence)});
        out.score += weight;
    };
    if (!c.figures.empty()) add("figure", kFigure, c.figures.front().text.text);
    const bool named = c.source_entity >= 0 && static_cast<size_t>(c.source_entity) < a.entities.size();
    if (named) add("named_source", kNamedSource, a.entities[c.source_entity].name);
    else add("unnamed_source", kUnnamedSource, c.source.present() ? c.source.text : "no source");
    int cue_weight = 0;
    if (const char* cls = cue_class(c.cue.text, cue_weight)) add(cls, cue_weight, c.cue.text);
    const std::string future = first_word_in(a, c.content.span, TableId::check_prediction_markers);
    if (!future.empty()) add("future", kFuture, future);
    const std::string comparison = first_word_in(a, c.content.span, TableId::check_comparison_words);
    if (!comparison.empty()) add("comparison", kComparison, comparison);
    if (is_question(c.content.text)) add("question", kQuestion, "?");
    return out;
}

}  // namespace

std::vector<CheckWorthiness> rank_check_worthiness(const Analysis& a) {
    std::vector<CheckWorthiness> out;
    out.reserve(a.claims.size());
    for (const Claim& c : a.claims) out.push_back(score_claim(a, c));
    std::vector<size_t> order(out.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return out[x].score > out[y].score; });
    for (size_t r = 0; r < order.size(); ++r) out[order[r]].rank = static_cast<uint32_t>(r + 1);
    return out;
}

}  // namespace storylens
