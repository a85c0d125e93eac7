// claims_content_test.cpp — table-driven checks of where a claim's content begins and ends (issue 14a forms).
#include <gtest/gtest.h>

#include "claim_case_table.hpp"
#include "storylens/analysis.hpp"

namespace {

using ContentCase = storylens::test::ClaimCase;

TEST(ClaimContent, AQuotationOpeningTheContentEndsAtItsClosingMarkTable) {
    const ContentCase cases[] = {
        // PolNeAR train (breitbart, politico)
        {"Sanders had previously said, \u201cWe\u2019ll see,\u201d when asked whether he would fundraise on behalf of "
         "other candidates.",
         "Sanders", "said", "direct", "\u201cWe\u2019ll see,\u201d"},
        {"In a two-minute response, Cruz said \"CNN\" five times, and specifically mentioned the network's Jake Tapper.",
         "Cruz", "said", "direct", "\"CNN\""},
        // our own
        {"The mayor said: \"We will rebuild,\" before leaving the stage.", "The mayor", "said", "direct",
         "\"We will rebuild,\""},
    };
    storylens::test::expect_claim_cases(cases, "2025-04-05");
}

TEST(ClaimContent, ASecondPresentTenseCueAfterAndOrButStartsItsOwnClaimTable) {
    const ContentCase cases[] = {
        // PolNeAR train (ap)
        {"Clinton says she respects Sanders\u2019 \u201cpassion and commitment\u201d but argues that he can\u2019t "
         "deliver on his promises of single-payer health care and tuition-free public college.",
         "Clinton", "says", "mixed", "she respects Sanders\u2019 \u201cpassion and commitment\u201d"},
        {"Kasich says he\u2019d sit Putin down and tell him \u201cno more nonsense\u201d and tells the crowd he was the "
         "\u201cfirst one\u201d to say the Islamic State group needs to be destroyed.",
         "Kasich", "says", "mixed", "he\u2019d sit Putin down and tell him \u201cno more nonsense\u201d"},
        // our own
        {"The union says the offer is too low and warns that a strike could follow.", "The union", "says", "indirect",
         "the offer is too low"},
    };
    storylens::test::expect_claim_cases(cases, "2025-04-05");
}

TEST(ClaimContent, APhraseBetweenTheAddresseeAndThatIsSkippedTable) {
    const ContentCase cases[] = {
        // PolNeAR train (ap)
        {"Donald Trump is telling supporters after his victory in the South Carolina Republican primary that "
         "\u201cwhen you win, it\u2019s beautiful.\u201d",
         "Donald Trump", "telling", "mixed", "\u201cwhen you win, it\u2019s beautiful.\u201d"},
        // our own
        {"The coach told reporters after the final whistle in the capital that the team had played well.", "The coach",
         "told", "indirect", "the team had played well"},
    };
    storylens::test::expect_claim_cases(cases, "2025-04-05");
}

TEST(ClaimContent, APronounWithAContractedAuxiliaryIsTheSourceTable) {
    const ContentCase cases[] = {
        // PolNeAR train (ap)
        {"But despite the kind words, Trump says he goes \u201cback to war tomorrow.\u201d He\u2019s predicting he "
         "will do \u201cvery, very well\u201d in the next Republican contest in Nevada.",
         "He", "predicting", "mixed",
         "he will do \u201cvery, very well\u201d in the next Republican contest in Nevada"},
        // our own
        {"Maria Lopez leads the union. She's warning that the strike will go on.", "She", "warning", "indirect",
         "the strike will go on"},
    };
    storylens::test::expect_claim_cases(cases, "2025-04-05");
}

}  // namespace

namespace {

// "X did A and said B": the second cue's source is the first verb's subject — a determiner and its noun, or the
// name after an opening phrase — never the sentence's bare first word ("The", "In").
TEST(ClaimContent, ACoordinatedCueTakesTheFirstVerbsSubjectTable) {
    const ContentCase cases[] = {
        // PolNeAR train (politico)
        {"In an interview with The Wall Street Journal, Trump doubled down on his comments about Curiel and said the "
         "federal judge had \u201can inherent conflict of interest\u201d in the Trump University cases because of his "
         "Mexican heritage.",
         "Trump", "said", "mixed",
         "the federal judge had \u201can inherent conflict of interest\u201d in the Trump University cases because of "
         "his Mexican heritage"},
        // our own
        {"The spokesman declined to give details but said the talks would resume on Monday.", "The spokesman", "said",
         "indirect", "the talks would resume on Monday"},
    };
    storylens::test::expect_claim_cases(cases, "2025-04-05");
}

}  // namespace
