// claims_participle_speaker_test.cpp — table-driven checks of who speaks in a participle clause when no claim
// came before it in the sentence: the clause's subject (", saying …"), the phrase after "with" ("with 30 percent
// of voters saying …"), the subject that issued the statement ("issued a statement saying …"); never the speaker
// of an earlier sentence. Rows are real PolNeAR train sentences and one of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimParticipleSpeaker, TheParticiplesSpeakerIsInItsOwnSentenceTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (reuters via huff-post, nyt, wash-post, politico; the first shortened, the third with its
        // quotation replaced), each after a claim of another
        // speaker
        {"The mayor said the pier was safe.\n\nMarine Le Pen voiced support for U.S. Republican presidential "
         "candidate Donald Trump on Wednesday, saying his Democratic rival Hillary Clinton would bring war and "
         "hardship to the world.",
         "Marine Le Pen", "saying", "indirect",
         "his Democratic rival Hillary Clinton would bring war and hardship to the world"},
        {"The mayor said the pier was safe.\n\nMr. Trump has slightly improved his standing, with 30 percent of voters "
         "saying they have a positive view of him.",
         "30 percent of voters", "saying", "indirect", "they have a positive view of him"},
        {"The mayor said the pier was safe.\n\nAmerican Bridge President Jessica Mackler issued a statement saying his "
         "comment was wrong.",
         "American Bridge President Jessica Mackler", "saying", "indirect", "his comment was wrong"},
        {"The mayor said the pier was safe.\n\nDemocrats are drawing blueprints for stealing GOP moderates from a "
         "rightward-driving Republican Party, saying the heist is key to scoring a White House win in November.",
         "Democrats", "saying", "indirect", "the heist is key to scoring a White House win in November"},
        // our own
        {"The mayor said the pier was safe.\n\nThe engineers closed the harbor on Monday, warning that the cranes "
         "were unsafe.",
         "The engineers", "warning", "indirect", "the cranes were unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace
