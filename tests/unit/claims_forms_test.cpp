// claims_forms_test.cpp — table-driven checks of attribution forms added for PolNeAR (issue 14): each row is a
// real PolNeAR train sentence or one of our own, and the claim it must give (source, cue, kind, content).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_case_table.hpp"
#include "storylens/analysis.hpp"

namespace {

using storylens::Analysis;

using FormCase = storylens::test::ClaimCase;

TEST(ClaimForms, ATagEndingInAColonAfterAShortPhraseIntroducesTheNextQuotationTable) {
    const FormCase cases[] = {
        // PolNeAR train (breitbart)
        {"That is, when the CNBC moderators yielded to the snaky temptation of snark\u2014and Lordy, do we know how "
         "tempting that can be!\u2014 Cruz called them on it:\n\n"
         "\u201cThe questions asked in this debate illustrate why the American people don\u2019t trust the media.\u201d",
         "Cruz", "called", "direct",
         "\u201cThe questions asked in this debate illustrate why the American people don\u2019t trust the media.\u201d"},
        // our own
        {"The storm had passed by noon. The mayor told reporters:\n\n\"We will rebuild the harbor.\"", "The mayor",
         "told", "direct", "\"We will rebuild the harbor.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, AVerbOpeningTheSentenceTagsTheQuotationAfterItsSpeakerTable) {
    const FormCase cases[] = {
        // PolNeAR train (breitbart, ap)
        {"Said Comey, \"The thought that an error on our part is connected to this guy's purchase of a gun that he used "
         "to slaughter these good people is very painful to us.\"",
         "Comey", "Said", "direct",
         "\"The thought that an error on our part is connected to this guy's purchase of a gun that he used to slaughter "
         "these good people is very painful to us.\""},
        {"Said Dorothy Poynter, who grew up with Ali in the neighborhood, \u201cWe were all so proud of him.\u201d",
         "Dorothy Poynter", "Said", "direct", "\u201cWe were all so proud of him.\u201d"},
        // our own
        {"The harbor reopened on Monday. Says the harbor master, \"Nothing will stop us now.\"", "the harbor master",
         "Says", "direct", "\"Nothing will stop us now.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, APluralPossessiveOpensARoleAppositionAfterTheNameTable) {
    const FormCase cases[] = {
        // PolNeAR train (politico)
        {"\u201cBernie believes that the path toward bold change requires leaders to take back control of state "
         "capitols around the country and ensure fair redistricting in 2020,\u201d Jeff Weaver, Sanders\u2019 campaign "
         "manager, said in a statement.",
         "Jeff Weaver", "said", "direct",
         "\u201cBernie believes that the path toward bold change requires leaders to take back control of state "
         "capitols around the country and ensure fair redistricting in 2020,\u201d"},
        // our own
        {"Ana Ruiz, Jones' lawyer, said the family would appeal.", "Ana Ruiz", "said", "indirect",
         "the family would appeal"},
        {"Ana Ruiz, Jones\u2019 lawyer, said the family would appeal.", "Ana Ruiz", "said", "indirect",
         "the family would appeal"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, ACueInASubordinateClauseReportsOnlyUpToTheClausesEndTable) {
    const FormCase cases[] = {
        // PolNeAR train (breitbart, politico)
        {"And while he said he would bring back waterboarding for the terrorists themselves, he clarified that it "
         "would be on firm legal grounding (naturally).",
         "he", "said", "indirect", "he would bring back waterboarding for the terrorists themselves"},
        {"While Comey has said that he regularly makes recommendations on cases, Lewandowski said he does not do them "
         "publicly, as was the case with Tuesday\u2019s surprise news conference.",
         "Comey", "said", "indirect", "he regularly makes recommendations on cases"},
        // our own
        {"Although Smith said the harbor plan was sound, the board rejected it.", "Smith", "said", "indirect",
         "the harbor plan was sound"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, APhraseOfPlaceOrOccasionAfterATrailingCueIsNotTheContentTable) {
    const FormCase cases[] = {
        // PolNeAR train (politico, wash-post)
        {"\"Boots on the ground\" would be appropriate, Republican candidate Ben Carson said after the attacks.",
         "Republican candidate Ben Carson", "said", "mixed", "\"Boots on the ground\" would be appropriate"},
        {"His allegiance has shifted from Carly Fiorina to Rubio to, now, Cruz, Wilkin said during his campaign speech "
         "to be a national delegate.",
         "Wilkin", "said", "indirect", "His allegiance has shifted from Carly Fiorina to Rubio to, now, Cruz"},
        {"The administration is gradually increasing troops on the ground in the region. This includes a special force "
         "to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel Wednesday.",
         "Defense Secretary Ash Carter", "told", "indirect", "This includes a special force to assist Kurdish Peshmerga"},
        // our own: a clause after the cue is still the content
        {"The harbor will reopen, the mayor said at a rally in the port.", "the mayor", "said", "indirect",
         "The harbor will reopen"},
        {"On Friday, CNN reported at least six planes filled the skies.", "CNN", "reported", "indirect",
         "at least six planes filled the skies"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, AThatOnlyVerbAfterButWithItsThatClauseStartsItsOwnClaimTable) {
    const FormCase cases[] = {
        // our own (the PolNeAR form ", but cautioned that …")
        {"Smith praised the harbor plan, but cautioned that it would cost more.", "Smith", "praised", "indirect",
         "the harbor plan"},
        {"Smith praised the harbor plan, but cautioned that it would cost more.", "Smith", "cautioned", "indirect",
         "it would cost more"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, AParticipleRightBeforeAQuotationReportsItForTheSentencesSubjectTable) {
    const FormCase cases[] = {
        // PolNeAR train (breitbart)
        {"Kerpen needled the CNN \u201creporter,\u201d saying, \u201cA reporter who Tweets on request!\u201d", "Kerpen",
         "saying", "direct", "\u201cA reporter who Tweets on request!\u201d"},
        // our own
        {"Ana Ruiz sent an email to residents saying, \"We will rebuild the harbor.\"", "Ana Ruiz", "saying", "direct",
         "\"We will rebuild the harbor.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

struct SplitCase {
    const char* text;
    const char* source;
    const char* cue;
    std::vector<std::string> contents;  // every claim of this source and cue, in order
};

TEST(ClaimForms, ATagBetweenCommasMidSentenceReportsTheClausesOnBothSidesTable) {
    const SplitCase cases[] = {
        // PolNeAR train (breitbart, politico)
        {"A wall would not only address the flow of criminals coming across the border, she said, but also the flow "
         "of illegal drugs.",
         "she", "said", {"A wall would not only address the flow of criminals coming across the border",
                         "but also the flow of illegal drugs"}},
        {"The Sanders campaign said it would assess its options. If it\u2019s just a small number of delegates at stake, "
         "the campaign said, it may not bother taking that step.",
         "the campaign", "said", {"If it\u2019s just a small number of delegates at stake", "it may not bother taking that step"}},
        // an opening phrase of occasion is not said; a quotation after the tag is the only content
        {"In a statement Thursday, Clinton spokesman Jesse Ferguson said, \u201cHillary has vocally opposed any "
         "discrimination.\u201d",
         "Clinton spokesman Jesse Ferguson", "said", {"\u201cHillary has vocally opposed any discrimination.\u201d"}},
        // our own
        {"The harbor will reopen by June, the mayor said, and the ferries will run again.", "the mayor", "said",
         {"The harbor will reopen by June", "and the ferries will run again"}},
    };
    for (const SplitCase& c : cases) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-01-05";
        const Analysis a = storylens::analyze(c.text, options);
        std::vector<std::string> contents;
        for (const auto& claim : a.claims)
            if (claim.source.text == c.source && claim.cue.text == c.cue) contents.push_back(claim.content.text);
        EXPECT_EQ(contents, c.contents) << c.text;
    }
}

TEST(ClaimForms, AVerbRightBeforeAQuotationIntroducesItEvenWhenItsFormIsANounTable) {
    const FormCase cases[] = {
        // PolNeAR train
        {"He jokes, \u201cIt\u2019s a never ending line!\u201d", "He", "jokes", "direct",
         "\u201cIt\u2019s a never ending line!\u201d"},
        {"The ad claims \u201cJeb is the conservative you can trust.\u201d", "The ad", "claims", "direct",
         "\u201cJeb is the conservative you can trust.\u201d"},
        {"Surveying rust-belt desolation in upstate New York, Williamson concludes: \u201cNobody did this to them. They "
         "failed themselves.\u201d",
         "Williamson", "concludes", "direct", "\u201cNobody did this to them. They failed themselves.\u201d"},
        // our own
        {"The mayor notes, \"The harbor will reopen in May.\"", "The mayor", "notes", "direct",
         "\"The harbor will reopen in May.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, AnAppositionOpeningWithATitledPossessiveOrAPartyOfAStateStaysInTheSourceTable) {
    const FormCase cases[] = {
        // PolNeAR train (nyt)
        {"''We don't believe U.S. troops are the answer to the problem,'' Benjamin J. Rhodes, Mr. Obama's deputy "
         "national security adviser, said Sunday.",
         "Benjamin J. Rhodes", "said", "direct", "''We don't believe U.S. troops are the answer to the problem,''"},
        {"''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.''", "Mr. Trump", "said", "direct",
         "''It's nonsense,''"},
        // our own
        {"\"The harbor will reopen,\" Jane Doe, Democrat of Ohio, said on Monday.", "Jane Doe", "said", "direct",
         "\"The harbor will reopen,\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, AQuotationClosingWithADoubleThenASingleMarkIsTaggedTable) {
    const FormCase cases[] = {
        // PolNeAR train (nyt)
        {"''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.", "Mr. Putin", "said", "direct",
         "''We are told all the time, 'Kosovo is a special case,''"},
        // our own
        {"''The sign said 'closed,''' the mayor said.", "the mayor", "said", "direct", "''The sign said 'closed,''"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, AQuotationGoesOnInTheNextSentenceAfterAnIndirectClauseTrailingItsTagTable) {
    const FormCase cases[] = {
        // PolNeAR train (nyt, breitbart)
        {"''Thirty years ago, it was booming,'' Ms. Hughes said, pointing out where Courtland's hardware store used to "
         "be. ''But those days are never coming back.''",
         "Ms. Hughes", "", "direct", "''But those days are never coming back.''"},
        {"\"As far as weapons, they'll use anything they can get,\" Trump said of terrorists, mocking concerns about "
         "civil liberties. \"These are not people that are politically correct.\"",
         "Trump", "", "direct", "\"These are not people that are politically correct.\""},
        // our own
        {"\"The pier is safe,\" the mayor said, adding that repairs were done. \"Come and see it.\"", "the mayor", "",
         "direct", "\"Come and see it.\""},
        {"Jane Doe said the pier was safe.\n\n\"Come and see it.\"", "Jane Doe", "", "direct", "\"Come and see it.\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimForms, AccordingToASourceNamedWithASlashOrAnAmpersandTable) {
    const FormCase cases[] = {
        // PolNeAR train (breitbart)
        {"According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.", "a Reuters/Ipsos poll",
         "According to", "indirect", "the two candidates are in a dead heat nationally"},
        // our own
        {"Sales rose in May, according to AT&T.", "AT&T", "according to", "indirect", "Sales rose in May"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// "Y, according to X" where Y holds a claim of its own: X reports the whole clause, the inner claim ends before the
// aside.
TEST(ClaimForms, AccordingToAfterAClauseWithAClaimOfItsOwnTable) {
    const FormCase cases[] = {
        // PolNeAR train (ap)
        {"The Islamic State has previously called for attacks using vehicles, according to the SITE Intelligence "
         "Group, which monitors extremist statements.",
         "the SITE Intelligence Group", "according to", "indirect",
         "The Islamic State has previously called for attacks using vehicles"},
        {"The Islamic State has previously called for attacks using vehicles, according to the SITE Intelligence "
         "Group, which monitors extremist statements.",
         "The Islamic State", "called for", "indirect", "attacks using vehicles"},
        // our own
        {"The mayor promised a new pier, according to the harbor board.", "the harbor board", "according to",
         "indirect", "The mayor promised a new pier"},
        {"The mayor promised a new pier, according to the harbor board.", "The mayor", "promised", "indirect",
         "a new pier"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// "Y1, according to X, Y2" with a verbless Y1: Y1 is the subject or opening phrase of the clause going on after the
// aside, and the content runs on to its end (the aside inside it); a Y1 with a verb of its own ends there.
TEST(ClaimForms, AccordingToBetweenAVerblessPhraseAndItsClauseTable) {
    const FormCase cases[] = {
        // PolNeAR train (wash-post, nyt)
        {"Fundraising, according to the campaign, has surged in the same period.", "the campaign", "according to",
         "indirect", "Fundraising, according to the campaign, has surged in the same period"},
        {"At the heart of the trouble, according to Dennis B. Ross, another former American special envoy, was a "
         "decision by Mr. Obama that he needed to establish distance from Israel to build credibility in the Arab "
         "world.",
         "Dennis B. Ross", "according to", "indirect",
         "At the heart of the trouble, according to Dennis B. Ross, another former American special envoy, was a "
         "decision by Mr. Obama that he needed to establish distance from Israel to build credibility in the Arab "
         "world"},
        // our own
        {"The harbor, according to the mayor, will reopen in May.", "the mayor", "according to", "indirect",
         "The harbor, according to the mayor, will reopen in May"},
        {"The harbor will reopen in May, according to the mayor, and the ferry in June.", "the mayor", "according to",
         "indirect", "The harbor will reopen in May"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// "“…,” according to X": the comma inside the quotation; the clause up to the closing mark is what X reports, a
// quotation alone direct.
TEST(ClaimForms, AccordingToAfterAQuotationsCommaTable) {
    const FormCase cases[] = {
        // PolNeAR train (washington-post, ap)
        {"She later compared the conversation to a “root canal,” according to Axelrod’s memoir.", "Axelrod’s memoir",
         "according to", "mixed", "She later compared the conversation to a “root canal,”"},
        {"Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo \"to discuss potential "
         "alliance responses to the recent apparent North Korean nuclear test,\" according to a Pentagon readout.",
         "a Pentagon readout", "according to", "mixed",
         "Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo \"to discuss potential "
         "alliance responses to the recent apparent North Korean nuclear test,\""},
        // our own
        {"\"The pier is safe,\" according to the harbor board.", "the harbor board", "according to", "direct",
         "\"The pier is safe,\""},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A participle right after a quotation's comma ("…“New York values,” saying …") with no claim before it in the
// sentence goes on with the subject of the clause before the quotation.
TEST(ClaimForms, AParticipleAfterAQuotationsCommaTable) {
    const FormCase cases[] = {
        // PolNeAR train (ap)
        {"Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied the "
         "“bravery, heart and soul of America.”",
         "Donald Trump", "saying", "mixed", "the city embodied the “bravery, heart and soul of America.”"},
        // our own
        {"The mayor opened the pier on “a great day for the town,” adding that repairs were done.", "The mayor",
         "adding", "indirect", "repairs were done"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// "That’s according to X", "This is according to the poll": the demonstrative, standing for what the sentence
// before said, is the content (core/lexicon/claims_anaphoric_contents.tsv).
TEST(ClaimForms, ThatIsAccordingToXTable) {
    const FormCase cases[] = {
        // PolNeAR train (ap)
        {"Most voters made up their minds early. That’s according to early results of exit polls conducted for the "
         "Associated Press and television networks for Edison Research.",
         "early results of exit polls conducted for the Associated Press and television networks for Edison Research",
         "according to", "indirect", "That"},
        // our own
        {"Turnout was high. This is according to the poll.", "the poll", "according to", "indirect", "This"},
        {"Turnout was high. That's according to the Associated Press.", "the Associated Press", "according to",
         "indirect", "That"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// Verbs of criticism, rejection and talk that PolNeAR marks as statement cues (back in reporting_verbs.tsv from
// scripts/reporting_verbs_exclude.txt by their measured precision; "slam" from scripts/reporting_verbs_curated.tsv):
// what follows the verb is the content.
TEST(ClaimForms, VerbsOfCriticismRejectionAndTalkTable) {
    const FormCase cases[] = {
        // PolNeAR train
        {"Republican U.S. House Speaker Paul Ryan blasted the Federal Bureau of Investigation (FBI) Tuesday for its "
         "inexplicable decision not to indict Hillary Clinton.",
         "Republican U.S. House Speaker Paul Ryan", "blasted", "indirect",
         "the Federal Bureau of Investigation (FBI) Tuesday for its inexplicable decision not to indict Hillary Clinton"},
        {"Some Sanders supporters expressed outrage that so many superdelegates appeared unwilling even to consider "
         "the possibility.",
         "Some Sanders supporters", "expressed", "indirect",
         "outrage that so many superdelegates appeared unwilling even to consider the possibility"},
        {"In a brief interview, Ms. Conway rejected the idea that the changes amounted to a shake-up and said that "
         "Mr. Manafort was not being diminished.",
         "Ms. Conway", "rejected", "indirect", "the idea that the changes amounted to a shake-up"},
        {"He congratulated her for her victory and praised her effort.", "He", "congratulated", "indirect",
         "her for her victory"},
        {"As Trump attacked Clinton, the attendees chanted, \"Lock her up!\" as they had for previous speakers.",
         "the attendees", "chanted", "direct", "\"Lock her up!\""},
        {"French President François Hollande has joined a growing list of world leaders who have slammed U.S. "
         "presidential hopeful Donald Trump as the election looms closer.",
         "who", "slammed", "indirect", "U.S. presidential hopeful Donald Trump as the election looms closer"},
        // our own
        {"The union rejected the offer as an insult to its members.", "The union", "rejected", "indirect",
         "the offer as an insult to its members"},
        {"The mayor discussed the budget with reporters.", "The mayor", "discussed", "indirect",
         "the budget with reporters"},
        {"The union slammed the plan as reckless.", "The union", "slammed", "indirect", "the plan as reckless"},
        {"The crowd chanted his name.", "The crowd", "chanted", "indirect", "his name"},
        // "…, a claim X rejected" is the writer's appositive on the content (a reduced relative clause, no speaker
        // of its own): the first speaker's content ends before it
        {"Ferri said the offer did not cover rising costs, a claim Northline rejected.", "Ferri", "said", "indirect",
         "the offer did not cover rising costs"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
    // nouns, not cues: "a claim Northline rejected" is no speaker; "talks" after "to" with nothing after it
    for (const char* text : {"Ferri said the offer did not cover rising costs, a claim Northline rejected.",
                             "Eva Brandt urged both sides to return to talks, saying a strike would hurt.",
                             "The senator gave a talk on trade."}) {
        const Analysis a = storylens::analyze(text, storylens::AnalyzeOptions{});
        for (const auto& c : a.claims)
            EXPECT_TRUE(c.cue.text != "rejected" && c.cue.text != "talks" && c.cue.text != "talk")
                << text << " gave a claim by " << c.source.text << " with cue " << c.cue.text;
    }
}

}  // namespace
