// claims_clause_subject_test.cpp — table-driven checks of a reporting verb after "and" that shares the subject of
// the clause's first verb, found with the part-of-speech tagger (core/src/claims/clause_subject.cpp). Rows are
// real PolNeAR train sentences and one of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimClauseSubject, TheSecondVerbSharesTheClausesSubjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico, wash-post; some shortened after the content)
        {"Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward supporting "
         "Trump.",
         "Gary Emineth", "said", "indirect", "he is leaning toward supporting Trump"},
        {"In a statement, Florida Gov. Rick Scott (R) blasted Congress and said the state allocated more than $26 "
         "million in funds last week.",
         "Florida Gov. Rick Scott (R)", "said", "indirect", "the state allocated more than $26 million in funds last week"},
        {"The State Department has deemed about 1,500 of those pages purely personal and says it does not plan to "
         "process them.",
         "The State Department", "says", "indirect", "it does not plan to process them"},
        // our own
        {"The harbor master inspected the cranes on Monday and said they were unsafe.", "The harbor master", "said",
         "indirect", "they were unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimClauseSubject, NoSubjectForANonFiniteOrAdjectivalSecondWord) {
    storylens::AnalyzeOptions options;
    options.dct = "2016-01-05";
    for (const char* text : {
             // PolNeAR train (huff-post, wash-post; shortened)
             "Such a maneuver would go against the popular vote and contradict the wishes of progressives backing his "
             "bid.",
             "But her decision to champion a mega-deal with Compaq Computer in 2001 - the most significant and "
             "criticized move of her career - ultimately became a key reason she lost her job.",
         }) {
        const storylens::Analysis a = storylens::analyze(text, options);
        EXPECT_TRUE(a.claims.empty()) << text << " gave " << (a.claims.empty() ? "" : a.claims[0].source.text);
    }
}

}  // namespace
