// claims_described_subject_test.cpp — table-driven checks of the subject of a cue right after a comma: the noun
// phrase opening the clause, with any number of descriptions of it between commas before the verb
// (core/src/claims/described_subject.cpp). Rows are real PolNeAR train sentences and one of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimDescribedSubject, DescriptionsBetweenTheNameAndTheVerbTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (huff-post, nyt, politico, wash-post, west-journal; some shortened after the content)
        {"Rep. Elijah Cummings (D-Md.), chair of the party\u2019s platform drafting committee, said Clinton didn\u2019t "
         "appear concerned about working with the Vermont senator.",
         "Rep. Elijah Cummings (D-Md.)", "said", "indirect",
         "Clinton didn\u2019t appear concerned about working with the Vermont senator"},
        {"Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union and a supporter of Mr. "
         "Trump, said he already received time and a half after eight hours of work.",
         "Paul Porter", "said", "indirect", "he already received time and a half after eight hours of work"},
        {"Mr. Sperling, then 38, said he was advised to find a more experienced deputy than Ms. Brainard.",
         "Mr. Sperling", "said", "indirect", "he was advised to find a more experienced deputy than Ms. Brainard"},
        {"Murphy, though, said he\u2019s with former secretary of state Hillary Clinton.", "Murphy", "said", "indirect",
         "he\u2019s with former secretary of state Hillary Clinton"},
        {"Clinton, after the scandal about her use of private email broke in March, initially said that there was no "
         "classified material on her email account.",
         "Clinton", "said", "indirect", "there was no classified material on her email account"},
        {"Judge Jane Branstetter Stranch, in her dissent, said just because discrimination was not obvious did not "
         "mean it was not there.",
         "Judge Jane Branstetter Stranch", "said", "indirect",
         "just because discrimination was not obvious did not mean it was not there"},
        {"Powell\u2019s office, when contacted by Reuters, said the former top diplomat couldn\u2019t recall the exact "
         "dinner conversation.",
         "Powell\u2019s office", "said", "indirect", "the former top diplomat couldn\u2019t recall the exact dinner conversation"},
        {"Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address public "
         "concerns.",
         "Sen. Marco Rubio", "said", "indirect", "Obama failed to address public concerns"},
        // a place name's comma inside a description ("Columbus, Ohio,"), a plural noun of a cue's shape ("states")
        // and a comma after the name's parenthesis are no end of the subject (nyt, politico, wash-post; shortened)
        {"Mr. Perez, who traveled to Columbus, Ohio, on Wednesday to promote the new rules, said they touched on a "
         "core issue for Mr. Obama.",
         "Mr. Perez", "said", "indirect", "they touched on a core issue for Mr. Obama"},
        {"Insiders in the next two states \u2014 Nevada and South Carolina \u2014 said it\u2019s important that she "
         "close the gap somewhat.",
         "Insiders", "said", "indirect", "it\u2019s important that she close the gap somewhat"},
        {"Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he hadn\u2019t gotten a chance to read the "
         "president's plan.",
         "Sen. Jack Reed (D-R.I.)", "said", "indirect",
         "he hadn\u2019t gotten a chance to read the president's plan"},
        // our own
        {"Ana Ruiz, 54, a welder at the harbor since 1990, said the cranes were unsafe.", "Ana Ruiz", "said",
         "indirect", "the cranes were unsafe"},
        {"Tom Hale, who grew up in Dayton, Ohio, said the plant would close.", "Tom Hale", "said", "indirect",
         "the plant would close"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimDescribedSubject, ALeadingDescriptionAndTheNameItIntroducesAreOneSourceTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (nyt; shortened): PolNeAR's source is the whole apposition
        {"Another pollster, David Woodard of Clemson University, said his survey of Republicans showed support holding "
         "steady.",
         "Another pollster, David Woodard of Clemson University", "said", "indirect",
         "his survey of Republicans showed support holding steady"},
        // our own
        {"One welder at the harbor, Ana Ruiz, said the cranes were unsafe.", "One welder at the harbor, Ana Ruiz", "said",
         "indirect", "the cranes were unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimDescribedSubject, AnOpeningPhraseIsNotTheSpeakerTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (wash-post)
        {"Speaking in Harlem, Clinton, without naming him, also accused Sanders of being a Johnny-come-lately to racial "
         "justice issues.",
         "Clinton", "accused", "indirect", "Sanders of being a Johnny-come-lately to racial justice issues"},
        // our own
        {"In Ohio on Monday, the mayor, a former welder, said the cranes were unsafe.", "the mayor", "said", "indirect",
         "the cranes were unsafe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimDescribedSubject, NoClaimWhenTheCommaOpensAnInvertedTagOrAClause) {
    // our own: "…, said Doyle," names the speaker after the verb; "…, they had been waiting, wrote …" is a clause
    storylens::AnalyzeOptions options;
    options.dct = "2016-01-05";
    const storylens::Analysis inverted =
        storylens::analyze("The contrast with Trump, said Doyle, would be clear.", options);
    for (const auto& c : inverted.claims) EXPECT_NE(c.source.text, "The contrast with Trump");
    const storylens::Analysis clause = storylens::analyze(
        "Ana Ruiz and her husband, son Tom and his wife had been traveling together, wrote a cousin on Facebook.",
        options);
    for (const auto& c : clause.claims) EXPECT_NE(c.source.text, "Ana Ruiz and her husband");
}

}  // namespace
