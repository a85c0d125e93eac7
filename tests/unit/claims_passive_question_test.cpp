// claims_passive_question_test.cpp — table-driven checks of a passive question or request ("the actress was asked if
// …", "has been asked to …", "was questioned about …", "When asked by a reporter whether …"): what was asked is the
// content, the agent after "by" the source when named, else no source (core/src/claims/passive_question.cpp). Rows are PolNeAR train sentences and
// ones of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimPassiveQuestion, WhatWasAskedIsTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (huff-post, nyt, politico; some shortened)
        {"During a HuffPost Live interview in August, the actress was asked if she'd ever been discriminated against.",
         "", "asked", "indirect", "if she'd ever been discriminated against"},
        {"In an interview that year with MTVu, he was asked what happened to the black vote.", "", "asked",
         "indirect", "what happened to the black vote"},
        {"Clinton has been asked to release the transcripts of these speeches.", "", "asked", "indirect",
         "to release the transcripts of these speeches"},
        {"Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk a deficit.",
         "Fox Business moderator Gerard Baker", "asked", "indirect", "whether his plan would risk a deficit"},
        // our own
        {"The mayor was questioned about the closure of the pier.", "", "questioned", "indirect",
         "the closure of the pier"},
        {"The harbor master was asked by reporters why the ferry was late.", "reporters", "asked", "indirect",
         "why the ferry was late"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// The reduced form at the start of a sentence or after "when": the asker after "by" (up to a time or a preposition)
// and a time or short phrase before the question; a title's full stop does not end the question.
TEST(ClaimPassiveQuestion, AskedWithoutBeTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart, politico, nyt; some shortened)
        {"When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump "
         "reportedly said, \"You tell me.\"",
         "a reporter", "asked", "indirect", "whether this differed from Nazi Germany requiring Jews to register"},
        {"When asked by Ingraham on Thursday about increasing the number of foreign workers in the United States, Cruz "
         "said he did not believe that was a good idea.",
         "Ingraham", "asked", "indirect", "increasing the number of foreign workers in the United States"},
        {"Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton said no.", "", "Asked",
         "indirect", "whether Mr. Clinton would hold a cabinet position"},
        {"\"Absolutely,\" he said when asked by a reporter if that remains his view.", "a reporter", "asked",
         "indirect", "if that remains his view"},
        // our own
        {"When asked at the council meeting about the pier, the mayor shrugged.", "", "asked", "indirect", "the pier"},
        {"Asked by Dr. Lee on Friday why the ferry was late, the captain blamed the fog.", "Dr. Lee", "Asked",
         "indirect", "why the ferry was late"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A passive without a question after it asks nothing the sentence says.
TEST(ClaimPassiveQuestion, NoClaimWithoutWhatWasAskedTable) {
    const char* texts[] = {
        // PolNeAR train (ap; shortened)
        "In just one of the seven states where the question was asked, Alabama, did a majority agree.",
        // our own
        "The mayor was asked. The pier stayed shut.",
        // an object before the question is no time or phrase of the asking ("Asked a direct question about this")
        "Asked a direct question about the pier in the debate, the mayor said nothing.",
    };
    storylens::test::expect_no_claim_with_cue(texts, "asked", "2016-01-05");
}

}  // namespace
