// fuzz_search.cpp — the search index and its query parser on any bytes: the input is searched in a fixed
// article, and indexed as an article of its own and searched with its own words. Every hit stays inside the
// text and its sentence, text hits come in text order, and nothing crashes.
#include <string>

#include "fuzz_support.hpp"
#include "storylens/analysis.hpp"
#include "storylens/search_index.hpp"

namespace {

using storylens::fuzz::check;

constexpr size_t kMaxText = 64 * 1024;  // building is linear; a short text reaches every folding branch

void check_results(const storylens::Analysis& a, const storylens::SearchResults& r) {
    uint32_t last = 0;
    for (const storylens::SearchHit& hit : r.text) {
        check(storylens::fuzz::inside(hit.span, a.source.text) && !hit.span.empty(), "text hit inside the text");
        check(hit.span.start >= last, "text hits in text order");
        check(hit.sentence < a.document.sentences.size(), "text hit names a sentence");
        last = hit.span.start;
    }
    for (const storylens::SearchHit& hit : r.entities) check(hit.id < a.entities.size(), "entity hit names an entity");
    for (const storylens::SearchHit& hit : r.claims) check(hit.id < a.claims.size(), "claim hit names a claim");
    for (const storylens::SearchHit& hit : r.events) check(hit.id < a.events.size(), "event hit names an event");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > kMaxText) return 0;
    const std::string_view input = storylens::fuzz::bytes(data, size);
    static const storylens::Analysis fixed = storylens::analyze(
        "DAMASCUS, Syria – The Free Syrian Army and HTS entered Zürich on Monday, the Māori delegation said. "
        "“We will stay,” Ahmed al-Sharaa told reporters.",
        storylens::AnalyzeOptions{"2025-04-05"});
    static const storylens::SearchIndex fixed_index = storylens::SearchIndex::build(fixed);
    check_results(fixed, fixed_index.find(input));

    const storylens::Analysis own = storylens::analyze(input, storylens::AnalyzeOptions{"2025-04-05"});
    const storylens::SearchIndex index = storylens::SearchIndex::build(own);
    check_results(own, index.find(input.substr(0, storylens::kMaxQueryBytes)));
    const std::string folded = storylens::fold_for_search(own.source.text.substr(0, 64));
    const storylens::SearchResults r = index.find(folded.substr(0, folded.find(' ')));
    check_results(own, r);
    check(folded.empty() || !r.text.empty(), "the first word of a text finds itself");
    return 0;
}
