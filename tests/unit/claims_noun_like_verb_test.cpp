// claims_noun_like_verb_test.cpp — table-driven checks of cue forms read with the tagger (issue 14, claims3): a cue
// whose base and -s forms are also nouns ("claims", "calls", "notes") read as a verb without "that" after it
// (core/src/claims/noun_like_verb.cpp), progressives and participles over adverbs, and "that"-only verbs in the
// present. Rows are real PolNeAR train sentences and ones of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimNounLikeVerb, ANounLikeCueBetweenASubjectAndItsObjectIsAVerbTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (ap, breitbart)
        {"Others call it the nerd prom.", "Others", "call", "indirect", "it the nerd prom"},
        {"Sanders calls himself a democratic socialist.", "Sanders", "calls", "indirect",
         "himself a democratic socialist"},
        {"The Heritage Foundation notes the minimum wage is usually for new workers.", "The Heritage Foundation",
         "notes", "indirect", "the minimum wage is usually for new workers"},
        // our own
        {"The storm passed at noon. Residents call the pier a danger to swimmers.", "Residents", "call", "indirect",
         "the pier a danger to swimmers"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A noun-like word before a verb or a preposition is the noun: "The October report exceeded …".
TEST(ClaimNounLikeVerb, NoClaimAtANounLikeWordFollowedByAVerbOrPrepositionTable) {
    const char* texts[] = {
        // PolNeAR train (ap)
        "The October report exceeded economists' expectations, with 271,000 new payroll positions.",
        // our own
        "The storm passed at noon. The harbor report on Wednesday drew little notice.",
    };
    storylens::test::expect_no_claim_with_cue(texts, "report", "2016-01-05");
}

TEST(ClaimNounLikeVerb, AProgressiveCueOverAdverbsOrOfANounLikeVerbBeforeItsObjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (ap)
        {"John Kasich\u2019s presidential campaign is already claiming a victory of sorts in South Carolina.",
         "John Kasich\u2019s presidential campaign", "claiming", "indirect", "a victory of sorts in South Carolina"},
        // our own
        {"The storm passed at noon. Fishermen are quietly saying that the pier is unsafe.", "Fishermen", "saying",
         "indirect", "the pier is unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A progressive noun-like verb before a bare number is business, not speech: the clause is the agency's claim.
TEST(ClaimNounLikeVerb, NoClaimAtAProgressiveNounLikeVerbBeforeANumberTable) {
    // our own (after tests/attribution/wire_recall.txt)
    const char* texts[] = {"Helder Motors is recalling 80,000 cars in Europe, the agency said."};
    storylens::test::expect_no_claim_with_cue(texts, "recalling", "2016-01-05");
}

TEST(ClaimNounLikeVerb, AParticipleAfterACommaAndAnAdverbSpeaksForTheClausesSubjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico; shortened)
        {"Hillary Clinton has expressed frustration about her first face-off with Donald Trump, recently telling one "
         "person close to her that she\u2019s perplexed.",
         "Hillary Clinton", "telling", "indirect", "she\u2019s perplexed"},
        // our own
        {"The storm passed at noon. The mayor closed the pier on Monday, reluctantly conceding that the storm had won.",
         "The mayor", "conceding", "indirect", "the storm had won"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimNounLikeVerb, AThatOnlyVerbInThePresentReportsItsThatClauseTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (wash-post; shortened)
        {"Nevertheless, experts agree that China's Silk Road plan has immeasurably more clout.", "experts", "agree",
         "indirect", "China's Silk Road plan has immeasurably more clout"},
        // our own
        {"The storm passed at noon. Fishermen agree that the pier is unsafe.", "Fishermen", "agree", "indirect",
         "the pier is unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace
