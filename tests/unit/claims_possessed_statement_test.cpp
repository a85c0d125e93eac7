// claims_possessed_statement_test.cpp — table-driven checks of a cue noun with its possessor ("his promise to build a
// wall", "Trump's controversial pledge to be “neutral”", "her remark that …"): the possessor is the source, the
// 'that' clause or 'to' infinitive the content (core/src/claims/possessed_statement.cpp). Rows are PolNeAR train
// sentences and ones of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimPossessedStatement, ThePossessorSaidWhatTheComplementHoldsTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (ap, wash-post, nyt; shortened)
        {"Trump has gotten traction with his promise to build a wall between the United States and Mexico.", "his",
         "promise", "indirect", "to build a wall between the United States and Mexico"},
        {"The concerns go beyond Trump's controversial pledge to be \"neutral\" during peace talks between Israel and "
         "the Palestinians.",
         "Trump", "pledge", "mixed", "to be \"neutral\" during peace talks between Israel and the Palestinians"},
        {"Madeleine Albright fanned controversy earlier this year over her remark that \u201cthere\u2019s a special "
         "place in hell for women who don\u2019t help each other.\u201d",
         "her", "remark", "mixed",
         "that \u201cthere\u2019s a special place in hell for women who don\u2019t help each other.\u201d"},
        // our own
        {"The council welcomed the mayor's vow to reopen the pier.", "the mayor", "vow", "indirect",
         "to reopen the pier"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// As the sentence's subject the phrase's complement has no known end; a noun that takes no such complement, or an
// article instead of a possessor, reports nothing.
TEST(ClaimPossessedStatement, NoClaimFromASubjectOrAnUnpossessedNounTable) {
    const char* texts[] = {
        // PolNeAR train (usa-today; shortened)
        "Trump's promises to deport undocumented immigrants have put the issue at the center of the campaign.",
        // our own
        "The council welcomed a promise to reopen the pier.",
        "The council kept its promise on Monday.",
    };
    storylens::test::expect_no_claim_with_cue(texts, "promise", "2016-01-05");
    storylens::test::expect_no_claim_with_cue(texts, "promises", "2016-01-05");
}

}  // namespace
