// claims_relative_source_test.cpp — table-driven checks of a cue whose subject is the relative pronoun "who"
// (the source as written, resolved to the name before it) and of the outlet's own notes, which attribute nothing.
// Rows are real PolNeAR train sentences and one of our own.
#include <gtest/gtest.h>

#include <string>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimRelativeSource, WhoIsTheSourceAndItsClauseTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart, politico, usa-today, nyt, wash-post; some shortened, the quotation dropped from the last)
        {"Barkley, who said he typically votes democratic, said one candidate he likes so far is Ohio Governor John "
         "Kasich.",
         "who", "said", "indirect", "he typically votes democratic"},
        {"Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any such "
         "disagreements.",
         "who", "said", "indirect", "the project was vetted by his firm's counsel"},
        {"Graham, who says the United States and allies should contribute ground forces to the battle, tweeted that "
         "the president failed.",
         "who", "says", "indirect", "the United States and allies should contribute ground forces to the battle"},
        {"The new poll takes into account both Democrats and independent voters who said they would vote in the "
         "Democratic primary.",
         "who", "said", "indirect", "they would vote in the Democratic primary"},
        {"GOP front-runner Donald Trump - who previously said he would bomb the oil fields - said at a Saturday rally "
         "that the United States should act.",
         "who", "said", "indirect", "he would bomb the oil fields"},
        // our own
        {"The harbor master, who said the cranes were unsafe, resigned on Monday.", "who", "said", "indirect",
         "the cranes were unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimRelativeSource, ARestrictiveClauseBelongsToTheSubjectsNounTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico)
        {"Still, while the tech industry cannot block all terror content on the web, people who have battled other "
         "online threats say it could be doing more.",
         "people who have battled other online threats", "say", "indirect", "it could be doing more"},
        // our own
        {"Workers who built the pier said the cranes were unsafe.", "Workers who built the pier", "said", "indirect",
         "the cranes were unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimRelativeSource, WhoResolvesToTheNameBeforeIt) {
    storylens::AnalyzeOptions options;
    options.dct = "2016-01-05";
    // PolNeAR train (politico; shortened)
    const storylens::Analysis a = storylens::analyze(
        "It was negotiated with help from Labor Secretary Thomas Perez, who said he expects the agreement to be "
        "finalized over the weekend.",
        options);
    bool found = false;
    for (const auto& c : a.claims) {
        if (c.source.text != "who") continue;
        found = true;
        ASSERT_GE(c.source_entity, 0);
        EXPECT_EQ(a.entities[size_t(c.source_entity)].name, "Thomas Perez");
    }
    EXPECT_TRUE(found);
}

TEST(ClaimRelativeSource, NoClaimFromASubjectsRestrictiveClauseOrAnEditorsNote) {
    storylens::AnalyzeOptions options;
    options.dct = "2016-01-05";
    for (const char* text : {
             // PolNeAR train (breitbart, huff-post; the second shortened)
             "Voters who say the economy is most important in their vote decision were evenly divided between the "
             "candidates.",
             "Editor\u2019s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully "
             "who has repeatedly pledged to ban all Muslims from entering the U.S.",
             // our own
             "Correction: The harbor master who said the cranes were unsafe was misnamed.",
         }) {
        const storylens::Analysis a = storylens::analyze(text, options);
        EXPECT_TRUE(a.claims.empty()) << text << " gave " << (a.claims.empty() ? "" : a.claims[0].content.text);
    }
}

}  // namespace
