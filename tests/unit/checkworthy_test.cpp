// checkworthy_test.cpp — table-driven checks of the check-worthiness factors (core/src/checkworthy) on real
// sentences of PolNeAR train (file names in the comments) and sentences of our own, and of the ranking.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "storylens/analysis.hpp"

namespace {

using storylens::Analysis;

Analysis run(const std::string& text) {
    storylens::AnalyzeOptions options;
    options.dct = "2016-04-01";
    return storylens::analyze(text, options);
}

bool has_factor(const storylens::CheckWorthiness& c, const std::string& name) {
    return std::any_of(c.factors.begin(), c.factors.end(), [&](const storylens::CheckFactor& f) { return f.name == name; });
}

struct FactorCase {
    const char* text;
    const char* cue;      // the claim whose factors are checked
    std::vector<const char*> present, absent;
};

TEST(CheckWorthiness, FactorsOfRealSentences) {
    const FactorCase cases[] = {
        // breitbart_2015-12-10_millennial-democrat
        {"Twenty-four percent said they were more likely to vote for him because of it, while 9 percent found it to be a deterrent.",
         "said", {"factual_cue"}, {"demand_cue", "question"}},
        // breitbart_2016-04-01_hillary-clinton-get
        {"\"I have 1 million more votes than Donald Trump and I have 2.5 million more votes than Bernie Sanders,\" Clinton said.",
         "said", {"figure", "comparison", "factual_cue"}, {"future", "opinion_cue"}},
        // breitbart_2016-08-15_biden-stumping-for-
        {"In a scathing opinion piece, The Wall Street Journal called on Trump to get his act together or drop out in favor of his running mate.",
         "called on", {"demand_cue"}, {"factual_cue", "figure"}},
        // breitbart_2016-01-10_conservative-icon-m
        {"\"The Democrats will almost certainly nominate a badly flawed candidate,\" Blackwell said.",
         "said", {"future", "factual_cue"}, {"figure"}},
        // breitbart_2016-02-20_the-latest-hillary-
        {"Sanders says he believes his campaign has the wind at its back heading to the Super Tuesday contests.",
         "believes", {"opinion_cue"}, {"factual_cue"}},
        // our own: a question put by a named speaker
        {"\"Who will pay for the new bridge?\" Mayor Ana Ruiz asked on Tuesday.", "asked", {"question", "demand_cue"}, {"figure"}},
    };
    for (const FactorCase& row : cases) {
        SCOPED_TRACE(row.text);
        const Analysis a = run(row.text);
        ASSERT_EQ(a.checkworthy.size(), a.claims.size());
        const auto claim = std::find_if(a.claims.begin(), a.claims.end(),
                                        [&](const storylens::Claim& c) { return c.cue.text == row.cue; });
        ASSERT_NE(claim, a.claims.end()) << "no claim with the cue '" << row.cue << "'";
        const storylens::CheckWorthiness& c = a.checkworthy[claim->id];
        int sum = 0;
        for (const storylens::CheckFactor& f : c.factors) sum += f.weight;
        EXPECT_EQ(sum, c.score) << "the score is the sum of its factors";
        for (const char* name : row.present) EXPECT_TRUE(has_factor(c, name)) << "missing " << name;
        for (const char* name : row.absent) EXPECT_FALSE(has_factor(c, name)) << "unexpected " << name;
    }
}

// A figure from a named source reported as fact outranks a view, and a demand comes last.
TEST(CheckWorthiness, RanksFactsBeforeViewsAndDemands) {
    const Analysis a = run(
        "Union leaders called on the council to reopen the library.\n"
        "Councillor Mark Evans believes the budget is fair.\n"
        "The council said 1,200 jobs were cut last year, more than in any year since 1990.\n");
    ASSERT_EQ(a.claims.size(), 3u);
    std::vector<std::string> by_rank(3);
    for (const storylens::Claim& c : a.claims) {
        const uint32_t rank = a.checkworthy[c.id].rank;
        ASSERT_GE(rank, 1u);
        ASSERT_LE(rank, 3u);
        by_rank[rank - 1] = c.cue.text;
    }
    EXPECT_EQ(by_rank, (std::vector<std::string>{"said", "believes", "called on"}));
}

TEST(CheckWorthiness, RanksArePermutation) {
    const Analysis a = run("Officials said 40 people died. Witnesses said the army fired first. Police urged calm.");
    std::vector<uint32_t> ranks;
    for (const auto& c : a.checkworthy) ranks.push_back(c.rank);
    std::sort(ranks.begin(), ranks.end());
    for (size_t i = 0; i < ranks.size(); ++i) EXPECT_EQ(ranks[i], i + 1);
}

}  // namespace
