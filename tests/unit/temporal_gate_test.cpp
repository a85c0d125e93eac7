// temporal_gate_test.cpp — the first-token gate changes no result: on the texts of the attribution and
// chronology tests and on sentences of every time-expression shape, the recognizer finds the same expressions
// (span, type, value, mod) when it tries every matcher at every token as when it tries only gated tokens.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "storylens/analysis.hpp"
#include "temporal/recognizer.hpp"

namespace storylens {
namespace {

std::string describe(std::string_view text, const std::vector<temporal::Found>& found) {
    std::ostringstream s;
    for (const temporal::Found& f : found)
        s << "[" << f.span.of(text) << "|" << f.type << "|" << f.value << "|" << f.mod << "]";
    return s.str();
}

// Runs both recognizers sentence by sentence with the same moving context; returns the expressions found.
size_t expect_same(const std::string& text, const char* dct) {
    AnalyzeOptions options;
    options.dct = dct;
    const Analysis a = analyze(text, options);
    temporal::Context gated_ctx, every_ctx;
    if (calendar::parse_iso_date(dct, gated_ctx.dct)) gated_ctx.has_dct = every_ctx.has_dct = true;
    every_ctx.dct = gated_ctx.dct;
    size_t total = 0;
    const text::TokenStream tokens = text::TokenStream::build(a.source.text, a.document);
    for (const Sentence& s : a.document.sentences) {
        std::vector<temporal::Found> gated, every;
        temporal::recognize(tokens, s.first_token, s.token_count, gated_ctx, gated);
        temporal::recognize_at_every_token(tokens, s.first_token, s.token_count, every_ctx, every);
        EXPECT_EQ(describe(a.source.text, gated), describe(a.source.text, every))
            << "sentence: " << s.span.of(a.source.text);
        for (const temporal::Found& f : gated) temporal::advance_reference(gated_ctx, f);
        for (const temporal::Found& f : every) temporal::advance_reference(every_ctx, f);
        total += gated.size();
    }
    return total;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(TemporalGate, SameExpressionsOnTheTestArticles) {
    namespace fs = std::filesystem;
    size_t found = 0, files = 0;
    for (const char* dir : {"attribution", "chronology"}) {
        for (const fs::directory_entry& e : fs::directory_iterator(fs::path(STORYLENS_SOURCE_DIR) / "tests" / dir)) {
            if (e.path().extension() != ".txt") continue;
            const std::string text = read_file(e.path().string());
            ++files;
            found += expect_same(text, "2025-04-05");
            found += expect_same(text, "");
        }
    }
    EXPECT_GT(files, 10u);
    EXPECT_GT(found, 100u);
}

// One sentence per matcher family, each starting its expression with a different kind of first token.
TEST(TemporalGate, SameExpressionsOnEveryShape) {
    const char* text =
        "The ceasefire took effect on 6 March 2025, and talks resumed March 9. The 1990s were calm; in the early "
        "2000s, and in mid-2026, it changes. The third quarter of 2024 beat the year-ago period, Q3 too. Last "
        "summer, the spring of 2026 and this past spring. He left last Friday and returns next Monday night. "
        "Yesterday afternoon, this morning and tonight. Last week, next year, earlier this month. Two years ago, "
        "about a week ago, a few months later. The latest quarter and the fiscal year ended June 30. The weekend "
        "came. The next day, the following week, the day before. For years, three days, the past two months, "
        "a five-decade-long feud, a 30-day notice, more than ten years, at least two weeks. At 10:30 a.m. EST "
        "on Monday, at noon and at 5pm. Every year, each Monday, every two weeks, daily, twice a year. Now, "
        "currently, the near future, these days, recent years, the current crisis. In 1648, AD 785 and 300 BC. "
        "In nineteen eighty-four, the year two thousand. On Christmas Eve 2023, last Easter, on Good Friday. "
        "That year, that month. From 2019-2020 to 1998-99, on 6/3/2025 and 2025-03-06. The '90s and the 20th "
        "century. The end of March, the beginning of 2025, the middle of the week.";
    EXPECT_GT(expect_same(text, "2025-04-05"), 40u);
    EXPECT_GT(expect_same(text, ""), 30u);
}

}  // namespace
}  // namespace storylens
