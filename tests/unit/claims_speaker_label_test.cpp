// claims_speaker_label_test.cpp — table-driven checks of a transcript's speaker label ("FALLIN: …") opening a
// paragraph: the speaker's words run to the paragraph's end, over its sentences (core/src/claims/claim_structures.cpp,
// speaker_colon). Rows are PolNeAR train paragraphs (with a sentence naming the speaker before) and one of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimSpeakerLabel, ALabelOpeningAParagraphSpeaksToItsEndTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (huff-post, breitbart; shortened)
        {"Chris Matthews hosted the panel.\n\nMatthews: Here\u2019s the irony of our time: Everybody hates people who "
         "make money off money. Yet everybody who retires and begins to want to save, everyone wants better than the "
         "interest rate. And they want somebody who can do that for them.\nTo be clear, taxes would be paid by the "
         "super-rich.",
         "Matthews", ":", "indirect",
         "Here\u2019s the irony of our time: Everybody hates people who make money off money. Yet everybody who "
         "retires and begins to want to save, everyone wants better than the interest rate. And they want somebody "
         "who can do that for them."},
        {"Gov. Mary Fallin spoke to CNN.\n\nFALLIN: Well, I think the whole nation needs to work together. They want "
         "safe homes. They want safe streets.",
         "FALLIN", ":", "indirect",
         "Well, I think the whole nation needs to work together. They want safe homes. They want safe streets."},
        // our own: a label over two sentences, and one over a single sentence that ends its paragraph
        {"The mayor spoke on Monday.\n\nJane Doe: The pier is safe. We checked every plank.\n\nThe pier reopens "
         "on Friday.",
         "Jane Doe", ":", "indirect", "The pier is safe. We checked every plank."},
        {"Chris Matthews hosted the panel.\n\nMatthews: Here\u2019s the irony of our time.\n\nThe panel agreed.",
         "Matthews", ":", "indirect", "Here\u2019s the irony of our time."},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace
