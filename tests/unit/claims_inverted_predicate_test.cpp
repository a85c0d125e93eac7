// claims_inverted_predicate_test.cpp — table-driven checks of an inverted tag inside the clause it reports ("The plan,
// said the mayor, would cut costs"): the predicate after the speaker (and a description of it) is a second claim of
// the same source, without a cue (core/src/claims/inverted_predicate.cpp). Rows are PolNeAR train sentences and our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimInvertedPredicate, ThePredicateAfterAnInvertedTagTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (nyt, usa-today; shortened)
        {"Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert on Russia at the "
         "Woodrow Wilson Center in Washington, would read this as a public admission that the United States is bowing "
         "out.",
         "Michael Kofman", "", "indirect",
         "would read this as a public admission that the United States is bowing out"},
        {"The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was "
         "\"one of the most powerful first ladies in the post-World War II era,\" not for her policy influence.",
         "Carl Anthony", "", "mixed",
         "is that she was \"one of the most powerful first ladies in the post-World War II era,\" not for her policy "
         "influence"},
        // our own
        {"The plan, said the mayor, would cut costs sharply next year.", "the mayor", "", "indirect",
         "would cut costs sharply next year"},
        {"The plan, said the mayor, would cut costs sharply next year.", "the mayor", "said", "indirect", "The plan"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
    // a phrase of time or place after the tag is no predicate
    const char* const text = "The pier will reopen, said the mayor, after the storm.";
    storylens::AnalyzeOptions options;
    options.dct = "2016-01-05";
    for (const auto& claim : storylens::analyze(text, options).claims) EXPECT_NE(claim.content.text, "after the storm");
}

}  // namespace
