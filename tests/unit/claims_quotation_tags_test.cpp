// claims_quotation_tags_test.cpp — table-driven checks of two ways a quotation gets its speaker: a round-up's
// dash, name and colon before it ("Pollsters agree - Carl Bialik: “…”"), and a tag standing alone right after it
// ("“…missing.” Trump said."). Rows are real PolNeAR train sentences and one of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimQuotationTags, ADashANameAndAColonIntroduceTheQuotationTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (huff-post; the quotation shortened)
        {"Pollsters agree - Carl Bialik: \u201cOne of the biggest lessons was a simple one: Keep on contacting voters "
         "as late as possible.\u201d",
         "Carl Bialik", ":", "direct",
         "\u201cOne of the biggest lessons was a simple one: Keep on contacting voters as late as possible.\u201d"},
        // our own
        {"The harbor reopens - More from Jane Doe: \"The cranes are safe now.\"", "Jane Doe", ":", "direct",
         "\"The cranes are safe now.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimQuotationTags, ATagAloneAfterAQuotationClosedByAFullStopTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart)
        {"\u201cRussia, if you\u2019re listening, I hope you\u2019re able to find the 30,000 emails that are "
         "missing.\u201d Trump said.",
         "Trump", "said", "direct",
         "\u201cRussia, if you\u2019re listening, I hope you\u2019re able to find the 30,000 emails that are "
         "missing.\u201d"},
        // our own
        {"\"The cranes are safe now.\" The mayor said.", "The mayor", "said", "direct", "\"The cranes are safe now.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace
