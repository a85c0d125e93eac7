// claims_content_end_test.cpp — table-driven checks of where an indirect content ends: before a clause of the
// writer's own after a comma ("…, who was …", "…, compared with …", "…, but he did not say when"), once the
// content holds a verb (core/src/claims/attributor.cpp, writer_clause_after). Rows are real PolNeAR train
// sentences and one of our own.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimContentEnd, AWritersClauseAfterACommaEndsTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart, huff-post; the last shortened)
        {"The Times said the emails it received under the Freedom of Information Act were exchanges between Carter and "
         "Eric Fanning, who was his chief of staff at the time and is now the acting secretary of the Army.",
         "The Times", "said", "indirect",
         "the emails it received under the Freedom of Information Act were exchanges between Carter and Eric Fanning"},
        {"Rubio said the real extremist on abortion is Hillary Clinton, and he railed against Democratic debate "
         "moderators for failing to bring up abortion during any of the five debates so far.",
         "Rubio", "said", "indirect", "the real extremist on abortion is Hillary Clinton"},
        {"Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton, compared "
         "with 64 percent who say the same of Sanders.",
         "Seventy-four percent of Democratic registered voters", "say", "indirect",
         "they have a favorable view of Clinton"},
        // (wash-post, huff-post; the first shortened)
        {"Republicans have argued that curtailing tax inversions should be part of comprehensive tax reform, but "
         "Democrats have pushed for immediate action.",
         "Republicans", "argued", "indirect", "curtailing tax inversions should be part of comprehensive tax reform"},
        {"Fact-checkers soon noted that Clinton may have been referring to a hypothetical situation, and an article "
         "cited by her campaign quoted a few experts who have found no evidence of the videos so far.",
         "Fact-checkers", "noted", "indirect", "Clinton may have been referring to a hypothetical situation"},
        {"Sanders said the trip was \"absolutely\" a worthwhile diversion from campaigning in New York, where he trails "
         "front-runner Hillary Clinton by double digits in most polls.",
         "Sanders", "said", "mixed",
         "the trip was \"absolutely\" a worthwhile diversion from campaigning in New York"},
        {"Sanders\u2019 campaign launched a $1.5 million ad buy in California on Tuesday and announced it would seek a "
         "recanvass in last week\u2019s Kentucky primary, where he trailed Clinton by less than one-half of 1 percent.",
         "Sanders\u2019 campaign", "announced", "indirect",
         "it would seek a recanvass in last week\u2019s Kentucky primary"},
        {"Chris Christie said he would quarantine people over fears of the Zika virus, which is spread primarily by "
         "mosquitoes and may cause birth defects in children born to infected women.",
         "Chris Christie", "said", "indirect", "he would quarantine people over fears of the Zika virus"},
        {"Mr. Trump has declared that he plans to repeal much of the Dodd-Frank Act, which was passed in 2010 as "
         "something of a modern-day version of Glass-Steagall.",
         "Mr. Trump", "declared", "indirect", "he plans to repeal much of the Dodd-Frank Act"},
        // our own
        {"The mayor said the pier was safe, but the engineers found cracks.", "The mayor", "said", "indirect",
         "the pier was safe"},
        {"The mayor said the council approved the budget, which pays for a new pier.", "The mayor", "said",
         "indirect", "the council approved the budget"},
        {"The mayor said the festival would move to Bayside, where the pier was rebuilt.", "The mayor", "said",
         "indirect", "the festival would move to Bayside"},
        {"Cook said Carter stopped the practice, but he did not say when.", "Cook", "said", "indirect",
         "Carter stopped the practice"},
        // (nyt: a titled name opens the clause; shortened)
        {"Mr. Netanyahu assured him it was done without his knowledge, but Mr. Obama was furious.", "Mr. Netanyahu",
         "assured", "indirect", "him it was done without his knowledge"},
        {"Mrs. Clinton has said she intends to fill half her cabinet with women, and Ms. Brainard is among the few "
         "widely regarded as having the relevant credentials.",
         "Mrs. Clinton", "said", "indirect", "she intends to fill half her cabinet with women"},
        {"The mayor said the pier was safe, but Dr. Lee had doubts.", "The mayor", "said", "indirect",
         "the pier was safe"},
        {"The mayor said the pier was safe, whereas the engineers had warned of cracks.", "The mayor", "said",
         "indirect", "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimContentEnd, ARelativeClauseBeforeTheContentsVerbStaysInItTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart; shortened, its quotation marks dropped)
        {"Candidate Hillary Clinton said Patricia Smith, the mother of Sean Smith, who died in the 2012 Benghazi terror attack is "
         "absolutely wrong.",
         "Candidate Hillary Clinton", "said", "indirect",
         "Patricia Smith, the mother of Sean Smith, who died in the 2012 Benghazi terror attack is absolutely wrong"},
        // our own
        {"The mayor said the engineer, who inspected the pier, found no cracks.", "The mayor", "said", "indirect",
         "the engineer, who inspected the pier, found no cracks"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A content without a finite verb of its own ends before "and" / "but" and a past or -s verb: the speaker's next
// predicate (core/src/claims/content_predicate.cpp). A base form after "and" goes on an infinitive inside the content.
TEST(ClaimContentEnd, TheSpeakersNextPredicateEndsAVerblessContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (usa-today, wash-post, usa-today; the first and last shortened)
        {"He has proposed conducting surveillance on mosques and signaled support for a database of Muslims who could "
         "be terrorists.",
         "He", "proposed", "indirect", "conducting surveillance on mosques"},
        {"She praised Fields for pursuing charges in the case but stopped short of calling for Lewandowski to be fired.",
         "She", "praised", "indirect", "Fields for pursuing charges in the case"},
        {"Samantha Phillips said the heat and unsettled weather could last through the end of the week.",
         "Samantha Phillips", "said", "indirect", "the heat and unsettled weather could last through the end of the week"},
        // our own
        // (after a phrase of nyt)
        {"Many Democrats urged him to step aside and join with Mrs. Clinton in turning the party's attention to "
         "defeating the presumptive Republican nominee.",
         "Many Democrats", "urged", "indirect",
         "him to step aside and join with Mrs. Clinton in turning the party's attention to defeating the presumptive "
         "Republican nominee"},
        {"The mayor praised the new pier and opened it to the public.", "The mayor", "praised", "indirect",
         "the new pier"},
        {"The mayor urged the council to fund the pier and repair the seawall.", "The mayor", "urged", "indirect",
         "the council to fund the pier and repair the seawall"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// "and" + a finite auxiliary + a verb after a verbless content is the speaker's next predicate too; a content
// holding a subject pronoun, an auxiliary or a negation is a clause, which the auxiliary may go on.
TEST(ClaimContentEnd, AnAuxiliaryAndAVerbAfterAVerblessContentEndItTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (west-journal, wash-post)
        {"But one prominent conservative, syndicated radio host Dennis Prager, disagrees with their position and is "
         "letting them know he believes they are wrong and need to realize it before it is too late.",
         "one prominent conservative", "disagrees", "indirect", "with their position"},
        {"He describes himself as \"totally pro-Israel\" and has said that he has donated large amounts of money to "
         "support the Jewish state.",
         "He", "describes", "mixed", "himself as \"totally pro-Israel\""},
        // our own
        {"The mayor praised the new pier and will open it to the public.", "The mayor", "praised", "indirect",
         "the new pier"},
        {"The mayor said the pier isn\u2019t safe, but will open it anyway.", "The mayor", "said", "indirect",
         "the pier isn\u2019t safe, but will open it anyway"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// After "but", a finite verb without a subject is the speaker's next predicate even when the content holds a clause
// of its own (content_predicate.cpp contrast_predicate, core/lexicon/claims_contrast_predicate_joiners.tsv); not
// after a negation or a pronoun subject in the content, which the verb may share.
TEST(ClaimContentEnd, ButAndASubjectlessVerbEndAContentWithAClauseTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico, usa-today)
        {"Huckabee\u2019s campaign acknowledged that the candidate has delivered paid speeches since announcing his bid "
         "but declined to provide a list of venues or fees earned.",
         "Huckabee\u2019s campaign", "acknowledged", "indirect",
         "the candidate has delivered paid speeches since announcing his bid"},
        {"His campaign confirmed that Trump would be meeting with top Republican officials but would not offer details "
         "of the attendees or the agenda.",
         "His campaign", "confirmed", "indirect", "Trump would be meeting with top Republican officials"},
        // our own
        {"The mayor said the pier was sound but declined to reopen it.", "The mayor", "said", "indirect",
         "the pier was sound"},
        // negative: a pronoun subject in the content may own the verb after "but"
        {"The mayor said he inspected the pier but found no cracks.", "The mayor", "said", "indirect",
         "he inspected the pier but found no cracks"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A second speaker inside a content after "and" (with or without a comma), ", but", ", while" or a comma and a
// subordinator of time or "as" ends the first content: two attributions, not one reported inside the other
// (attributor.cpp nest_reported_claims). A speaker right after the cue stays nested.
TEST(ClaimContentEnd, ASecondSpeakerAfterAJoinerEndsTheFirstContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico, breitbart)
        {"One in three said the party doesn\u2019t care very much about the Latino community and one in four said the "
         "party was outright hostile to the Latino community, about the same number who said the party truly cares.",
         "One", "said", "indirect", "the party doesn\u2019t care very much about the Latino community"},
        {"Six in 10 say he\u2019s at least somewhat decisive, after half said so in the earlier poll.", "Six", "say",
         "indirect", "he\u2019s at least somewhat decisive"},
        // (nyt: ", as" before the second speaker)
        {"Roger Ailes, the former chairman of Fox News, also met with Mr. Trump that day, as The New York Times "
         "reported on Tuesday, and he will be part of efforts to prepare Mr. Trump in his debate against Mrs. Clinton "
         "and other tasks, according to the people briefed on the plans.",
         "the people briefed on the plans", "according to", "indirect",
         "Roger Ailes, the former chairman of Fox News, also met with Mr. Trump that day"},
        // our own
        {"The mayor said the pier was safe and the engineer said it needed repairs.", "The mayor", "said", "indirect",
         "the pier was safe"},
        {"The mayor said the pier was safe, as the engineer said on Monday.", "The mayor", "said", "indirect",
         "the pier was safe"},
        // negative: a speaker right after the cue is reported by the first
        {"The mayor said the engineer said the pier was safe.", "The mayor", "said", "indirect",
         "the engineer said the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// ", as" and a finite auxiliary opens the writer's inverted comparison after a content (core/lexicon/
// claims_comparison_openers.tsv, attributor.cpp writer_clause_after); "as" without the auxiliary stays.
TEST(ClaimContentEnd, AnInvertedComparisonAfterACommaEndsTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico, wash-post; the second shortened)
        {"Lewandowski said he does not do them publicly, as was the case with Tuesday\u2019s surprise news conference.",
         "Lewandowski", "said", "indirect", "he does not do them publicly"},
        {"Democratic presidential candidate Hillary Clinton said Wednesday she, too, wants a Justice Department inquiry, "
         "as have other prominent Democrats including Senate Minority Whip Richard J. Durbin of Illinois.",
         "Democratic presidential candidate Hillary Clinton", "said", "indirect",
         "she, too, wants a Justice Department inquiry"},
        // our own
        {"The mayor said the pier was safe, as did the engineer.", "The mayor", "said", "indirect", "the pier was safe"},
        // negative: "as" and a subject is not the inverted comparison
        {"The mayor said the pier was safe, as the engineer had shown.", "The mayor", "said", "indirect",
         "the pier was safe, as the engineer had shown"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A participle cue after "but" without a comma ends the content before it, as after "and" (attributor.cpp
// content_end).
TEST(ClaimContentEnd, AParticipleCueAfterButEndsTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (politico)
        {"His chief aide doubled down on attacks on Clinton\u2019s fitness to be president, saying she's experienced "
         "\"on paper\" but suggesting that might not be enough.",
         "His chief aide", "saying", "mixed", "she's experienced \"on paper\""},
        // our own
        {"The mayor opened the pier, saying it was safe but warning that storms could close it.", "The mayor",
         "saying", "indirect", "it was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// "Asked whether …" ends at a quotation closing on the question's comma: the answer after it is another claim
// (claim_structures.cpp asked_question).
TEST(ClaimContentEnd, AnAskedQuestionEndsAtAQuotationClosingOnItsCommaTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart)
        {"Asked whether Clinton \u201chas the integrity to serve effectively as president,\u201d\u00a075 percent of"
         "\u00a0Democrats said yes, but 55 percent of all voters say she does not.",
         "", "Asked", "mixed", "whether Clinton \u201chas the integrity to serve effectively as president,\u201d"},
        // our own
        {"Asked whether the pier was \"safe enough,\" the mayor said no.", "", "Asked", "mixed",
         "whether the pier was \"safe enough,\""},
        {"Asked whether he would run, Smith said no.", "", "Asked", "indirect", "whether he would run"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// ", a …" / ", an …" running to the sentence end is the writer's appositive: it ends a content holding a verb
// (core/lexicon/claims_appositive_articles.tsv, attributor.cpp appositive_to_end); after a subordinate clause the
// article opens the main clause's subject, which stays.
TEST(ClaimContentEnd, AnAppositiveRunningToTheSentenceEndEndsTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart, usa-today, nyt)
        {"In addition to stating that unborn babies have no constitutional rights, Clinton has vowed to work to repeal "
         "the Hyde Amendment, a longstanding federal provision that prohibits taxpayer funding of most abortions.",
         "Clinton", "vowed", "indirect", "to work to repeal the Hyde Amendment"},
        {"Even the field's biggest hawks, like Rubio and Bush, say the bulk of ground troops should be Arab fighters, a "
         "theoretical 100,000-strong force the administration has struggled to encourage.",
         "Even the field's biggest hawks", "say", "indirect", "the bulk of ground troops should be Arab fighters"},
        {"In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her to lunch and she "
         "thought it meant she was in line for promotion.",
         "Ms. Ripert", "said", "indirect",
         "when she was earning $24,000 a year, a boss invited her to lunch and she thought it meant she was in line for "
         "promotion"},
        // our own
        {"The mayor said the festival would move to Bayside, an old fishing town on the bay.", "The mayor", "said",
         "indirect", "the festival would move to Bayside"},
        {"The mayor said that if the pier holds, a new ferry will run in May.", "The mayor", "said", "indirect",
         "if the pier holds, a new ferry will run in May"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A spaced dash then "and" / "but" or an article, after a content holding a verb, opens the writer's own words; a
// hyphen or the first dash of a pair does not.
TEST(ClaimContentEnd, ADashThenAndOrAnArticleEndsTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (huff-post, politico)
        {"Donald Trump said Wednesday night that he doesn\u2019t necessarily want to kill the families of terrorists "
         "\u2014 a controversial proposal he has raised at various points during his campaign.",
         "Donald Trump", "said", "indirect", "he doesn\u2019t necessarily want to kill the families of terrorists"},
        {"Bill Millis, a North Carolina businessman who had been a member of the campaign\u2019s three-man board before "
         "departing last month because of strategic differences, said Carson had been led astray by \u201cinsiders\u201d "
         "running his campaign \u2014 and he singled out Carson campaign manager Barry Bennett, a longtime political "
         "operative, as the root of the problem.",
         "Bill Millis", "said", "mixed", "Carson had been led astray by \u201cinsiders\u201d running his campaign"},
        // our own
        {"The mayor said the pier was rebuilt in May - and the ferry now runs twice a day.", "The mayor", "said",
         "indirect", "the pier was rebuilt in May"},
        {"The mayor said the pier was rebuilt \u2014 and painted \u2014 in May.", "The mayor", "said", "indirect",
         "the pier was rebuilt \u2014 and painted \u2014 in May"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A concession after a comma is still what was said; without the comma it ends the content.
TEST(ClaimContentEnd, AConcessionAfterACommaStaysInTheContentTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (usa-today, politico; shortened)
        {"Garcia says she identifies as an independent, although she is currently registered as a Democrat.",
         "Garcia", "says", "indirect",
         "she identifies as an independent, although she is currently registered as a Democrat"},
        {"Retired neurosurgeon Ben Carson told a crowded banquet hall that he\u2019s not giving up, despite trailing "
         "behind all the other Republican candidates.",
         "Retired neurosurgeon Ben Carson", "told", "indirect",
         "he\u2019s not giving up, despite trailing behind all the other Republican candidates"},
        // our own
        {"The mayor said the pier would reopen despite the storm damage.", "The mayor", "said", "indirect",
         "the pier would reopen"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

}  // namespace
