// claims_quotation_tags_test.cpp — table-driven checks of two ways a quotation gets its speaker: a round-up's
// dash, name and colon before it ("Pollsters agree - Carl Bialik: “…”"), and a tag standing alone right after it
// ("“…missing.” Trump said."); and the kind of a quotation opening in lower case right after its tag ("He says
// “it’s interesting …”"). Rows are real PolNeAR train sentences and one of our own.
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

// A quotation opening in lower case that is all of the content is direct right after its verb when its tag opens the
// clause; after "that" or a preposition, or with the tag inside the sentence's clause ("In cases of abortion, it said, “…”"), the words quoted finish
// what began before them: mixed (core/src/claims/claim_structures.cpp, after_verb).
TEST(ClaimQuotationTags, ALowerCaseQuotationAfterItsTagTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart, breitbart, huff-post)
        {"He says “it’s interesting that a lot of people claim they’re undecided this late.”", "He", "says", "direct",
         "“it’s interesting that a lot of people claim they’re undecided this late.”"},
        {"The ad says “nothing will change until we elect candidates who reject Wall Street money.”", "The ad", "says",
         "direct", "“nothing will change until we elect candidates who reject Wall Street money.”"},
        {"In cases of abortion, it said, “the woman is a victim.”", "it", "said", "mixed", "“the woman is a victim.”"},
        // our own
        {"The mayor says “the pier is safe.”", "The mayor", "says", "direct", "“the pier is safe.”"},
        {"The mayor said that “the pier is safe.”", "The mayor", "said", "mixed", "“the pier is safe.”"},
        {"The mayor complained about “the state of the pier.”", "The mayor", "complained", "mixed",
         "“the state of the pier.”"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// "the '80s" is no opening quotation mark: the wire-style quotation of the next paragraph still pairs and keeps
// its tag (core/src/segment/segment.cpp, is_year_elision).
TEST(ClaimQuotationTags, AYearApostropheBeforeAQuotationTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (nyt; shortened)
        {"Mr. Cruz grew up in the 1970s and '80s in Houston.\n\n''The problem with that name was that it seemed to "
         "rhyme with every major corn chip on the market,'' Mr. Cruz wrote.",
         "Mr. Cruz", "wrote", "direct",
         "''The problem with that name was that it seemed to rhyme with every major corn chip on the market,''"},
        // our own
        {"The pier was built in the '90s.\n\n''It is safe,'' the mayor said.", "the mayor", "said", "direct",
         "''It is safe,''"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A single quotation closing right before the double one's straight mark (`… 'Well done,' " said X`).
TEST(ClaimQuotationTags, ANestedQuotationClosingBeforeTheTagTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (wash-post, usa-today; shortened)
        {"\"If you lose squarely, you can walk off the court and shake someone's hand and say, 'Well done,' \" said Rep. "
         "Diane Russell, a Maine legislator and Sanders supporter.",
         "Rep. Diane Russell", "said", "direct",
         "\"If you lose squarely, you can walk off the court and shake someone's hand and say, 'Well done,' \""},
        {"\"He went so far as to say she'll be 'above the president,' \" said Khin Zaw Win, an activist.",
         "Khin Zaw Win", "said", "direct", "\"He went so far as to say she'll be 'above the president,' \""},
        // our own
        {"\"The harbor master told us, 'Stay ashore,' \" the captain said.", "the captain", "said", "direct",
         "\"The harbor master told us, 'Stay ashore,' \""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A quotation goes on after its tag even when the tag describes the speaker at length (attributor.hpp,
// kResumeWindow), and after a tag that ends in an abbreviation (`… in Fort Mill, S.C. "It seems …"`: the
// abbreviation's period ends the tag's sentence, segment.cpp quotation_resumes_after_tag). The resumed part is a
// claim of the same speaker without a cue.
TEST(ClaimQuotationTags, AQuotationResumesAfterALongTagTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico, politico, politico; shortened)
        {"\"The risk,\" said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, \"is that "
         "we're going to be attracting workers and repelling jobs.\"",
         "Edward Leamer", "", "direct", "\"is that we're going to be attracting workers and repelling jobs.\""},
        {"\"Donald's record does not match what he says as a candidate,\" Cruz told reporters after a forum in Fort "
         "Mill, S.C. \"It seems Donald has a lot of nervous energy.\"",
         "Cruz", "", "direct", "\"It seems Donald has a lot of nervous energy.\""},
        {"\"They'd be wrong,\" Michael Briggs, a spokesman for Sanders, said in an interview Sunday in Santa Monica, "
         "Calif. \"The reality is this is going to the convention.\"",
         "Michael Briggs", "", "direct", "\"The reality is this is going to the convention.\""},
        // our own
        {"\"The pier,\" said Jane Doe, who has run the harbor authority of the city for the past eleven years, \"is "
         "safe.\"",
         "Jane Doe", "", "direct", "\"is safe.\""},
        {"\"We will rebuild,\" the mayor told a crowd in Mobile, Ala. \"Nothing will stop us.\"", "the mayor", "",
         "direct", "\"Nothing will stop us.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace


// A quotation finishing a clause the writer began, right before its tag: the clause and the quotation are the
// speaker's claim, mixed (core/src/claims/quoted_predicate.cpp); a colon before the quotation hands it over whole.
TEST(ClaimQuotationTags, AQuotationFinishingTheWritersClauseBeforeItsTagTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (wash-post, wash-post, wash-post)
        {"The bill's failure was \"heartbreaking,\" she said.", "she", "said", "mixed",
         "The bill's failure was \"heartbreaking,\""},
        {"The new strategy is a \"very welcome tack,\" he said.", "he", "said", "mixed",
         "The new strategy is a \"very welcome tack,\""},
        {"Trump's misinformation may be \"strategic,\" said Jeffery Hemsley, an assistant professor in the school of "
         "information studies at Syracuse University.",
         "Jeffery Hemsley", "said", "mixed", "Trump's misinformation may be \"strategic,\""},
        // our own: the clause, and a quotation that opens its sentence stays direct
        {"The pier is \"perfectly safe,\" the mayor said.", "the mayor", "said", "mixed",
         "The pier is \"perfectly safe,\""},
        {"\"The pier is safe,\" the mayor said.", "the mayor", "said", "direct", "\"The pier is safe,\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// `"…," she said "Ultimately …"`: the quotation resumes right after its tag with no comma (a capital opens it); after
// "told" a quotation is the addressee and resumes nothing (core/src/claims/claim_structures.cpp, quote_resumes).
TEST(ClaimQuotationTags, AQuotationResumingAfterItsTagWithoutACommaTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico, west-journal)
        {"\u201cThey\u2019re essentially trying to defeat opportunity for kids,\" she said \"Ultimately the vote no "
         "campaign is saying to families, \u2018You have to stay on the wait-list.\u2019\u201d",
         "she", "", "direct",
         "\"Ultimately the vote no campaign is saying to families, \u2018You have to stay on the wait-list.\u2019\u201d"},
        {"\u201cWe\u2019re going to build a wall. Yeah, 100 percent. It\u2019s so simple,\u201d Trump said \u201cBush "
         "and even Obama sent people back.\u201d",
         "Trump", "", "direct", "\u201cBush and even Obama sent people back.\u201d"},
        // our own
        {"\"The pier is safe,\" the mayor said \"We checked every plank.\"", "the mayor", "", "direct",
         "\"We checked every plank.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
    const char* const told[] = {"\"He is fair game,\" Fiorina told \"Fox and Friends,\" on Monday."};
    for (const char* text : told) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-01-05";
        for (const auto& claim : storylens::analyze(text, options).claims)
            EXPECT_NE(claim.content.text, "\"Fox and Friends,\"") << text;
    }
}

// `"A," X said. Now, "B."`: a sentence of the same paragraph whose words lead into a quotation closing it goes on with
// the quoted speaker before it, mixed (core/src/claims/follow_on_quotes.cpp); after an indirect claim only a
// quotation of four words or more (a short one is often the writer's title or scare quote), and never across a
// paragraph break.
TEST(ClaimQuotationTags, AWritersLeadIntoTheNextQuotationTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (nyt, nyt, wash-post; the speakers' descriptions shortened)
        {"''It's an enormous moment,'' said Steve Schmidt, a top Republican strategist. Unless further rivals "
         "immediately quit the race, ''it's very difficult to see how he is stopped on his way to the nomination.''",
         "Steve Schmidt", "", "mixed",
         "Unless further rivals immediately quit the race, ''it's very difficult to see how he is stopped on his way "
         "to the nomination.''"},
        {"''We were not very happy when it was first announced,'' said Jock A. Finlayson, head of policy at the "
         "Business Council of British Columbia. Now, ''within the business community there is a sizable constituency "
         "saying this is O.K.''",
         "Jock A. Finlayson", "", "mixed",
         "Now, ''within the business community there is a sizable constituency saying this is O.K.''"},
        {"\"It's ambush journalism,\" she says. It's \"this new in-your-face journalism.\"", "she", "", "mixed",
         "It's \"this new in-your-face journalism.\""},
        // our own
        {"\"The pier is safe,\" the mayor said. After all, \"we checked every plank.\"", "the mayor", "", "mixed",
         "After all, \"we checked every plank.\""},
        {"The mayor said the pier is safe. After all, \"we checked every single plank.\"", "The mayor", "", "mixed",
         "After all, \"we checked every single plank.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
    const char* const writers[] = {
        "The mayor said the pier is safe. The show is called \"Pier Pressure.\"",
        "\"The pier is safe,\" the mayor said.\n\nThe show is called \"Pier Pressure.\"",
    };
    for (const char* text : writers) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-01-05";
        for (const auto& claim : storylens::analyze(text, options).claims)
            EXPECT_EQ(claim.content.text.find("Pier Pressure"), std::string::npos) << text;
    }
}

// Curly double marks typed the wrong way round still pair: “ glued to a word's end before a space closes, ” after a
// space or an invisible direction mark (U+202A) before a word opens (core/src/segment/segment.cpp).
TEST(ClaimQuotationTags, CurlyMarksTypedTheWrongWayRoundTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (huff-post, west-journal, west-journal)
        {"\u201cThe reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new and real problems "
         "for her here,\u201c said Jim Clyburn, a Democratic congressman and civil rights leader from South Carolina.",
         "Jim Clyburn", "said", "direct",
         "\u201cThe reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new and real problems "
         "for her here,\u201c"},
        {"\u202a\u201dThis is why ISIS has to be destroyed. They are evil. Children are gifts from God and are to be "
         "protected,\u201d said John Krystek.",
         "John Krystek", "said", "direct",
         "\u201dThis is why ISIS has to be destroyed. They are evil. Children are gifts from God and are to be "
         "protected,\u201d"},
        {"\u202a\u201dIsis declares death on a lot of people!!! Thanks Sarah!!!\u201d wrote Pete Hidalgo.", "Pete Hidalgo",
         "wrote", "direct", "\u201dIsis declares death on a lot of people!!! Thanks Sarah!!!\u201d"},
        // our own
        {"\u201cThe pier is safe,\u201c the mayor said.", "the mayor", "said", "direct", "\u201cThe pier is safe,\u201c"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}
