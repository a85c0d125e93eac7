// claims_passive_agent_test.cpp — table-driven checks of a passive cue whose agent closes the sentence ("O’Malley’s
// move was first reported by MSNBC."): the agent is the source, the passive's subject the content
// (core/src/claims/passive_agent.cpp). Rows are real PolNeAR train sentences and ones of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimPassiveAgent, TheAgentOfAPassiveCueIsTheSourceTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart)
        {"O’Malley’s move was first reported by MSNBC.", "MSNBC", "reported", "indirect", "O’Malley’s move"},
        {"The meeting was first reported by Politico.", "Politico", "reported", "indirect", "The meeting"},
        // our own
        {"The closure was announced by the harbor board.", "the harbor board", "announced", "indirect", "The closure"},
        {"The plan was criticized by the mayor on Tuesday.", "the mayor", "criticized", "indirect", "The plan"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// An agent bidden to act, or followed by the clause that was said, is no passive attribution of the subject.
TEST(ClaimPassiveAgent, NoClaimOfTheSubjectWhenTheAgentIsNotTheSentencesEndTable) {
    const char* texts[] = {
        // PolNeAR train (wash-post; shortened)
        "Women were advised by the World Health Organization to consider delaying pregnancy.",
        // our own
        "The mayor was told by officials that the pier was safe.",
    };
    for (const char* text : texts) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-01-05";
        const storylens::Analysis a = storylens::analyze(text, options);
        for (const auto& claim : a.claims)
            EXPECT_TRUE(claim.content.text != "Women" && claim.content.text != "The mayor") << text;
    }
}

// An agentless passive of a reporting verb (claims_passive_statement_verbs) is a sourceless statement: the subject
// and the complement up to the first comma.
TEST(ClaimPassiveAgent, AnAgentlessPassiveStatementHasNoSourceTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"Sanders was announced the second-place winner of the Iowa Caucus behind Hillary Clinton.", "", "announced",
         "indirect", "Sanders was announced the second-place winner of the Iowa Caucus behind Hillary Clinton"},
        {"Internet companies have been criticized for not taking down websites that belong to the Islamic State.", "",
         "criticized", "indirect",
         "Internet companies have been criticized for not taking down websites that belong to the Islamic State"},
        {"Clinton was declared the winner in Maryland, and the race moved on.", "", "declared", "indirect",
         "Clinton was declared the winner in Maryland"},
        // our own
        {"The harbor plan was widely criticized as too costly.", "", "criticized", "indirect",
         "The harbor plan was widely criticized as too costly"},
        {"The mayor is said to be furious about the delay.", "", "said", "indirect",
         "The mayor is said to be furious about the delay"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// Not a passive (the progressive), nor a verb outside the table ("the ruling was held"), nor a sense PolNeAR does not
// annotate ("judges were confirmed").
TEST(ClaimPassiveAgent, NoSourcelessClaimOutsideTheAgentlessPassiveTable) {
    const char* texts[] = {
        "Senate Majority Leader Mitch McConnell is criticizing President Barack Obama as a weak leader.",
        "All were confirmed with Republican support.",
        "The meeting was held in Ohio.",
    };
    for (const char* text : texts) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-01-05";
        const storylens::Analysis a = storylens::analyze(text, options);
        for (const auto& claim : a.claims) EXPECT_FALSE(claim.source.text.empty()) << text;
    }
}

}  // namespace
