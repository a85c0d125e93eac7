// html_text_equivalence_test.cpp — a saved article page (nav, share bars, ads, captions, related links, JSON-LD)
// must give the same analysis as the article's plain text typed by hand: every page in tests/data/html with a
// NAME.txt beside it is analysed both ways (the text with the page's publication date as --dct) and the time
// expressions, entities, claims and timeline are compared after folding white space (&nbsp; vs space).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "storylens/analysis.hpp"
#include "test_support.hpp"

namespace {

using namespace storylens;

// Every run of white space (U+00A0 included) as one space: the page writes &nbsp; where a typist types a space.
std::string fold_space(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const bool nbsp = static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
                          static_cast<unsigned char>(s[i + 1]) == 0xA0;
        const bool space = nbsp || s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t';
        if (nbsp) ++i;
        if (!space) out += s[i];
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// What a reader sees of an analysis, without offsets (the page's text is not byte-identical to the typed one).
std::vector<std::string> summary(const Analysis& a) {
    std::vector<std::string> lines;
    for (const Timex& t : a.timexes)
        lines.push_back("timex " + fold_space(t.span.of(a.source.text)) + " = " + t.type + " " + timex3_value(t.time) + " " + timex3_mod(t.time.mod));
    for (const Entity& e : a.entities) lines.push_back("entity " + e.name + " " + entity_type_name(e.type));
    for (const Claim& c : a.claims)
        lines.push_back("claim " + claim_source_name(a, c) + " | " + fold_space(c.cue.text) + " | " +
                        claim_kind_name(c.kind) + " | " + fold_space(c.content.text));
    for (uint32_t id : a.timeline) {
        const Event& e = a.events[id];
        lines.push_back("event " + e.interval.start + ".." + e.interval.end + " " + fold_space(e.text));
    }
    return lines;
}

TEST(HtmlTextEquivalence, SavedPagesReadLikeTheirPlainText) {
    namespace fs = std::filesystem;
    int pairs = 0;
    for (const auto& entry : fs::directory_iterator(storylens::testing::source_path("tests/data/html"))) {
        if (entry.path().extension() != ".html") continue;
        fs::path text_path = entry.path();
        text_path.replace_extension(".txt");
        if (!fs::exists(text_path)) continue;
        ++pairs;
        const Analysis page = analyze(storylens::testing::read_file(entry.path().string()));
        ASSERT_FALSE(page.dct.value.empty()) << entry.path() << ": the page's metadata should date it";
        AnalyzeOptions options;
        options.dct = page.dct.value;
        const Analysis typed = analyze(storylens::testing::read_file(text_path.string()), options);
        const std::vector<std::string> from_page = summary(page), from_text = summary(typed);
        EXPECT_FALSE(from_text.empty()) << text_path;
        EXPECT_EQ(from_page, from_text) << entry.path().filename();
        EXPECT_EQ(fold_space(page.source.text), fold_space(typed.source.text)) << entry.path().filename();
    }
    EXPECT_GE(pairs, 2) << "tests/data/html should hold pages with their plain text";
}

}  // namespace
