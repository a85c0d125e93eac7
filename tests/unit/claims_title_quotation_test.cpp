// claims_title_quotation_test.cpp — table-driven checks that a short title-case quotation after "of", "on", "show",
// "book" or a possessive names a work or a programme ("the co-author of "Going Viral,""), so the sentence is read
// as if its marks were absent; and that a quotation after other words stays what was said. Rows are real PolNeAR
// train sentences and one of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimTitleQuotation, ATitleInQuotationMarksIsNoQuotationTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (wash-post)
        {"Hemsley, the co-author of \"Going Viral,\" about the rapid spread of information, said the days when the "
         "nation had \"a somewhat unifying story\" from newspapers and the leading TV news networks are gone.",
         "Hemsley", "said", "mixed",
         "the days when the nation had \"a somewhat unifying story\" from newspapers and the leading TV news "
         "networks are gone"},
        // PolNeAR train (wash-post)
        {"Trump, the longtime owner of the televised Miss Universe pageant and star of the reality TV show \"The "
         "Apprentice,\" said in an interview with The Washington Post that conventions in the past have been too "
         "dull.",
         "Trump", "said", "indirect", "conventions in the past have been too dull"},
        // our own
        {"During an appearance Friday on \"CBS This Morning,\" Sanders said the system is rigged.", "Sanders",
         "said", "indirect", "the system is rigged"},
        // our own: a quotation after "called" is what the mayor said, not a title
        {"The mayor called the plan \"Reckless And Wrong,\" aides said.", "aides", "said", "direct",
         "\"Reckless And Wrong,\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace
