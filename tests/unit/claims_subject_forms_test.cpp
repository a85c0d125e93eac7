// claims_subject_forms_test.cpp — table-driven checks of subjects and contents found since issue 14: a sentence
// opening with "Yet" (claims_sentence_joiners.tsv), descriptions closed by a dash before the verb, "said" after a
// number, and a content opening with a concessive word. Rows are real PolNeAR train sentences and one of our own
// per form.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimSubjectForms, ASentenceJoinerBeforeADescribedSubjectIsNotPartOfItTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (shortened)
        {"Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings, "
         "investment and greater economic growth.",
         "Democratic economists", "say", "indirect",
         "taxing consumption encourages savings, investment and greater economic growth"},
        // our own
        {"Yet the engineers, like the mayor, said the pier was safe.", "the engineers", "said", "indirect",
         "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, ADescriptionBetweenDashesBeforeTheVerbBelongsToTheSubjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"Many speakers at the service — including Muslims, Christians, Catholics, Jews — said Ali’s death is "
         "particularly painful at a time when political rhetoric is dividing the country further.",
         "Many speakers at the service", "said", "indirect",
         "Ali’s death is particularly painful at a time when political rhetoric is dividing the country further"},
        // our own
        {"Two engineers — both from the harbor board — said the pier was safe.", "Two engineers", "said", "indirect",
         "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, SaidAfterANumberIsAVerbTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"More than six in 10 said they were not looking forward to the next few months of the campaign.",
         "More than six", "said", "indirect",
         "they were not looking forward to the next few months of the campaign"},
        // our own
        {"Of the 40 residents asked, 31 said the pier should close.", "31", "said", "indirect",
         "the pier should close"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, AContentOpeningWithAConcessiveWordIsKeptWholeTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"One Republican presidential hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to "
         "root for Iowa.",
         "One Republican presidential hopeful, Carly Fiorina", "says", "indirect",
         "despite being a Stanford alumna, she plans to root for Iowa"},
        // our own
        {"The mayor said although the pier is old, it is safe.", "The mayor", "said", "indirect",
         "although the pier is old, it is safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace
