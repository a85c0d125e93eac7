// claims_speaker_label_test.cpp — table-driven checks of speaker labels: a transcript's label ("FALLIN: …") opening a
// paragraph speaks to the paragraph's end, over its sentences (core/src/claims/claim_structures.cpp, speaker_colon);
// the document's opening line "Lynch: No outside influence …" names its speaker even when the label is no entity,
// unless the label is a headline label ("Breaking:", "The Latest:") (core/src/claims/headline_speaker.cpp). Rows are
// PolNeAR train paragraphs and headlines, and our own.
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

TEST(ClaimSpeakerLabel, TheOpeningLinesLabelSpeaksTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart, politico, breitbart; the second paragraph shortened)
        {"Lynch: No outside influence on FBI probe into Clinton emails.\n\nWASHINGTON (AP) \u2014 Attorney General "
         "Loretta Lynch is reaffirming that the FBI\u2019s probe is free of outside influence.",
         "Lynch", ":", "indirect", "No outside influence on FBI probe into Clinton emails"},
        {"Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\nThree weeks ahead of the Pennsylvania "
         "primary, Donald Trump and Hillary Clinton are holding on to leads.",
         "Poll", ":", "indirect", "Trump and Clinton hold narrow leads in Pennsylvania"},
        {"Clinton camp: Trump\u2019s Islamaphobia threatens national security.\n\nThe campaign responded on Tuesday.",
         "Clinton camp", ":", "indirect", "Trump\u2019s Islamaphobia threatens national security"},
        // our own
        {"Harbor master: The pier is safe again.\n\nThe pier reopened on Monday.", "Harbor master", ":", "indirect",
         "The pier is safe again"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
    // a headline label, a label past the opening line, and too short a statement speak for no one
    const char* const unlabelled[] = {
        "Breaking: The pier is closed again.\n\nThe pier closed on Monday.",
        "The Latest: Pier closes after storm.\n\nThe pier closed on Monday.",
        "The pier closed on Monday.\n\nHarbor master: The pier is safe again.",
        "Harbor master: Pier safe.\n\nThe pier reopened on Monday.",
    };
    storylens::test::expect_no_claim_with_cue(unlabelled, ":", "2016-01-05");
}

}  // namespace
