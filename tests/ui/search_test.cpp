// search_test.cpp — the viewer's search runs on the core's index: whole words, folded letters, a new document
// re-indexed.
#include <gtest/gtest.h>

#include <string>

#include "app/app_state.hpp"

namespace {

using namespace storylens;
using namespace storylens::ui;

std::string first_match(const AppState& s) {
    if (s.search.matches.empty()) return "";
    const std::string& text = s.analysis.source.text;
    const size_t start = s.search.matches.front();
    size_t end = start;
    while (end < text.size() && text[end] != ' ' && text[end] != '.' && text[end] != ',') ++end;
    return text.substr(start, end - start);
}

TEST(ViewerSearch, UsesTheIndex) {
    AppState s;
    replace_analysis(s, analyze("Human rights groups said HTS fighters took the city. The Māori delegation met in Zürich.",
                                AnalyzeOptions{"2025-04-05"}));
    s.search.query = "HTS";
    run_search(s);
    ASSERT_EQ(s.search.matches.size(), 1u);  // not inside "rights"
    EXPECT_EQ(first_match(s), "HTS");
    s.search.query = "maori";
    run_search(s);
    EXPECT_EQ(first_match(s), "Māori");
    s.search.query = "zurich";
    run_search(s);
    EXPECT_EQ(first_match(s), "Zürich");
    replace_analysis(s, analyze("A new article about Zurich and nothing else.", AnalyzeOptions{"2025-04-05"}));
    run_search(s);
    ASSERT_EQ(s.search.matches.size(), 1u);
    EXPECT_EQ(first_match(s), "Zurich");
    s.search.query = "";
    run_search(s);
    EXPECT_TRUE(s.search.matches.empty());
}

}  // namespace
