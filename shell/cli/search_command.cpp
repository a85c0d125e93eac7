// search_command.cpp — `storylens search`: analyse one article, index it, print the hits of one query by kind.
#include "cli/search_command.hpp"

#include <cstdio>

#include "cli/read_input.hpp"
#include "storylens/analysis.hpp"
#include "storylens/search_index.hpp"

namespace storylens::cli {
namespace {

// A hit's text on one line: newlines and tabs would break the TAB-separated output.
std::string one_line(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

std::string label(const Analysis& a, const SearchHit& hit) {
    switch (hit.kind) {
        case SearchKind::Text: return one_line(hit.span.of(a.source.text));
        case SearchKind::Entity: return one_line(a.entities.at(hit.id).name);
        case SearchKind::Claim: return one_line(claim_source_name(a, a.claims.at(hit.id)) + ": " + a.claims.at(hit.id).content.text);
        case SearchKind::Event: return one_line(a.events.at(hit.id).text);
    }
    return "";
}

}  // namespace

int run_search_command(const std::vector<std::string>& words) {
    std::vector<std::string> positional;
    AnalyzeOptions options;
    for (size_t i = 1; i < words.size(); ++i) {
        if (words[i] == "--dct" && i + 1 < words.size()) options.dct = words[++i];
        else positional.push_back(words[i]);
    }
    if (positional.size() != 2) {
        std::fputs("storylens: usage: storylens search FILE QUERY [--dct YYYY-MM-DD]\n", stderr);
        return 2;
    }
    if (!options.dct.empty() && !is_valid_iso_date(options.dct)) {
        std::fprintf(stderr, "storylens: --dct '%s' is not a real date in the form YYYY-MM-DD\n", options.dct.c_str());
        return 2;
    }
    std::string input, error;
    if (!read_input(positional[0], input, error)) {
        std::fprintf(stderr, "storylens: %s\n", error.c_str());
        return 3;
    }
    const InputClass kind = classify_input(input);
    if (!kind.text) {
        std::fprintf(stderr, "storylens: '%s' is not text: %s\n", positional[0].c_str(), kind.seen.c_str());
        return 3;
    }
    const Analysis analysis = analyze(input, options);
    const SearchResults results = SearchIndex::build(analysis).find(positional[1]);
    for (const std::vector<SearchHit>* group : {&results.text, &results.entities, &results.claims, &results.events})
        for (const SearchHit& hit : *group)
            std::printf("%s\t%u\t%u\t%u\t%u\t%s\n", search_kind_name(hit.kind), hit.id, hit.sentence, hit.span.start,
                        hit.span.end, label(analysis, hit).c_str());
    return results.empty() ? 1 : 0;
}

}  // namespace storylens::cli
