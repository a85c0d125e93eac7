// analyze_stages_test.cpp — AnalyzeOptions::on_stage reports every stage once, in pipeline order, so a host's
// progress line tells the truth.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storylens/analysis.hpp"

namespace {

std::vector<std::string> stages_of(std::string_view input, std::string dct = "2025-04-05") {
    std::vector<std::string> seen;
    storylens::AnalyzeOptions options;
    options.dct = std::move(dct);
    options.on_stage = [&seen](std::string_view stage) { seen.emplace_back(stage); };
    storylens::analyze(input, options);
    return seen;
}

TEST(AnalyzeStages, ReportedInPipelineOrder) {
    const std::vector<std::string> expected = {"ingest", "segment", "time", "entities", "claims", "events"};
    EXPECT_EQ(stages_of("The minister said on Monday that talks would resume."), expected);
    // Unusable input still runs (and reports) every stage: the result carries the diagnostics.
    EXPECT_EQ(stages_of(""), expected);
    EXPECT_EQ(stages_of("Talks resumed.", "2025-02-30"), expected);
}

TEST(AnalyzeStages, NoCallbackIsFine) {
    const storylens::Analysis a = storylens::analyze("Talks resumed on Monday.", storylens::AnalyzeOptions{"2025-04-05"});
    EXPECT_EQ(a.document.sentences.size(), 1u);
}

}  // namespace
