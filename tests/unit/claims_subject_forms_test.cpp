// claims_subject_forms_test.cpp — table-driven checks of subjects and contents found since issue 14: a sentence
// opening with "Yet" (claims_sentence_joiners.tsv), descriptions closed by a dash before the verb, "said" after a
// number, a content opening with a concessive word, "and" inside a name ("the Parks and Recreation Department"),
// a leading subordinator, a relative clause inside a description, and a cue in a clause of time or condition
// opening the sentence (claims_adverbial_subordinators.tsv). Rows are real PolNeAR train sentences and
// one of our own per form.
#include <gtest/gtest.h>

#include "claim_case_table.hpp"

namespace {

using storylens::test::ClaimCase;

TEST(ClaimSubjectForms, ASentenceJoinerBeforeADescribedSubjectIsNotPartOfItTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (shortened)
        {"Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings, "
         "investment and greater economic growth.",
         "Democratic economists", "say", "indirect",
         "taxing consumption encourages savings, investment and greater economic growth"},
        // our own
        {"Yet the engineers, like the mayor, said the pier was safe.", "the engineers", "said", "indirect",
         "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, ADescriptionBetweenDashesBeforeTheVerbBelongsToTheSubjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"Many speakers at the service — including Muslims, Christians, Catholics, Jews — said Ali’s death is "
         "particularly painful at a time when political rhetoric is dividing the country further.",
         "Many speakers at the service", "said", "indirect",
         "Ali’s death is particularly painful at a time when political rhetoric is dividing the country further"},
        // our own
        {"Two engineers — both from the harbor board — said the pier was safe.", "Two engineers", "said", "indirect",
         "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// An infinitive cue's speaker is the subject of the clause it finishes ("interjected to say", "was quick to
// respond"); a noun phrase right before "to" ("led Reince Priebus to declare") is left to the subject rule as before.
TEST(ClaimSubjectForms, AnInfinitiveCueSpeaksForTheClausesSubjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (wash-post, huff-post)
        {"O'Malley, who signed sweeping gun laws as governor, interjected to say: \"They've both been inconsistent "
         "when it comes to this issue.\"",
         "O'Malley", "say", "direct", "\"They've both been inconsistent when it comes to this issue.\""},
        {"In a two-minute response on the issue, Cruz mentioned CNN five times and seemed to blame the network for its "
         "reporting more than his own campaign for spreading false information.",
         "Cruz", "blame", "indirect",
         "the network for its reporting more than his own campaign for spreading false information"},
        // our own
        {"The mayor was quick to respond that the pier is safe.", "The mayor", "respond", "indirect",
         "the pier is safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, SaidAfterANumberIsAVerbTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"More than six in 10 said they were not looking forward to the next few months of the campaign.",
         "More than six", "said", "indirect",
         "they were not looking forward to the next few months of the campaign"},
        // our own
        {"Of the 40 residents asked, 31 said the pier should close.", "31", "said", "indirect",
         "the pier should close"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, AContentOpeningWithAConcessiveWordIsKeptWholeTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"One Republican presidential hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to "
         "root for Iowa.",
         "One Republican presidential hopeful, Carly Fiorina", "says", "indirect",
         "despite being a Stanford alumna, she plans to root for Iowa"},
        // our own
        {"The mayor said although the pier is old, it is safe.", "The mayor", "said", "indirect",
         "although the pier is old, it is safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, AndBetweenCapitalizedWordsStaysInsideTheSubjectsNameTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (the first shortened)
        {"But when contacted, a spokesperson for the Parks and Recreation Department said the department would "
         "follow City Hall’s lead on the issue.",
         "a spokesperson for the Parks and Recreation Department", "said", "indirect",
         "the department would follow City Hall’s lead on the issue"},
        {"In Britain, the cities of Blackpool and Liverpool said they would light local landmarks with rainbow "
         "colors on Monday night in memory of the victims.",
         "the cities of Blackpool and Liverpool", "said", "indirect",
         "they would light local landmarks with rainbow colors on Monday night in memory of the victims"},
        // our own: a clause before the "and" is not part of the name
        {"The Harbor Board and Port Authority said the pier was safe.", "The Harbor Board and Port Authority", "said",
         "indirect", "the pier was safe"},
        {"Trump won Ohio and Sanders said the race goes on.", "Sanders", "said", "indirect", "the race goes on"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, ASubordinatorOpeningTheClauseIsNotPartOfTheSubjectTable) {
    const ClaimCase cases[] = {
        // our own (PolNeAR train has "Although Bloomberg ... said" inside a longer sentence)
        {"Although Bloomberg said he would not run, many urged him.", "Bloomberg", "said", "indirect",
         "he would not run"},
        {"While the mayor said the pier was safe, the engineers disagreed.", "the mayor", "said", "indirect",
         "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, ARelativeClauseAfterADescriptionsNounStaysInTheSubjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"Lance Beebe, 49, a Navy veteran who now is a civilian employee of the Air Force, said Hillary Clinton "
         "should be ready for questions about her husband.",
         "Lance Beebe", "said", "indirect", "Hillary Clinton should be ready for questions about her husband"},
        // our own
        {"Ann Ward, an engineer who is now a harbor inspector, said the pier was safe.", "Ann Ward", "said",
         "indirect", "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

TEST(ClaimSubjectForms, ACueInAClauseOfTimeOrConditionOpeningTheSentenceReportsUpToItsCommaTable) {
    const ClaimCase cases[] = {
        // PolNeAR train
        {"A few weeks after Obama announced that the war in Afghanistan would not end on his watch, U.S. forces "
         "bombed a Doctors Without Borders hospital in Kunduz.",
         "Obama", "announced", "indirect", "the war in Afghanistan would not end on his watch"},
        {"But if Carson implied that he would not criticize Cruz, he did not exactly follow Reagan’s dictum in his "
         "next comment.",
         "Carson", "implied", "indirect", "he would not criticize Cruz"},
        // PolNeAR train: after the main clause the clause runs to the end; a quotation after the cue is all of it
        {"Democratic presidential front-runner Hillary Clinton stretched the truth a bit during Saturday’s primary "
         "debate, when she claimed that the self-described Islamic State, or ISIS, has used real estate mogul Donald "
         "Trump in its recruitment efforts.",
         "she", "claimed", "indirect",
         "the self-described Islamic State, or ISIS, has used real estate mogul Donald Trump in its recruitment "
         "efforts"},
        {"She had a great line a while back when she said, “Unlike Hillary Clinton, I know that flying is an "
         "activity, not an accomplishment.”",
         "she", "said", "direct",
         "“Unlike Hillary Clinton, I know that flying is an activity, not an accomplishment.”"},
        // our own
        {"Hours after the mayor said the pier was safe, it collapsed.", "the mayor", "said", "indirect",
         "the pier was safe"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// Adverbs of frequency and time between the subject and its verb ("often", "long", "even", "still", "already") are not
// part of the source (core/lexicon/claims_verb_fillers.tsv).
TEST(ClaimSubjectForms, AnAdverbBeforeTheVerbIsNotPartOfTheSubjectTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (breitbart, nyt, huff-post)
        {"Sanders often questions Clinton\u2019s ties to super PACs and has called for the former secretary of state "
         "to release the transcripts of her paid speeches to employees of Wall Street banks.",
         "Sanders", "questions", "indirect", "Clinton\u2019s ties to super PACs"},
        {"Mr. Ryan has long said that he will support the party's nominee, even as he has taken frequent shots at Mr. "
         "Trump's comments.",
         "Mr. Ryan", "said", "indirect", "he will support the party's nominee, even as he has taken frequent shots at "
         "Mr. Trump's comments"},
        {"Trump has even claimed he will enact a massive infrastructure initiative.", "Trump", "claimed", "indirect",
         "he will enact a massive infrastructure initiative"},
        // our own
        {"The mayor still believes the pier is safe.", "The mayor", "believes", "indirect", "the pier is safe"},
        {"The mayor has already said the pier will reopen.", "The mayor", "said", "indirect", "the pier will reopen"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// A percent sign belongs to its number ("42% say …"); adjectives joined by "and" belong to the noun after them
// ("current and former officials said"); a relative "that" before a quotation is a thing's words ("water bottles
// that said, “…”"), where after "the" or "a" the participle is an adjective ("the said document").
TEST(ClaimSubjectForms, PercentsJoinedAdjectivesAndARelativeThatTable) {
    const ClaimCase cases[] = {
        // PolNeAR train (usa-today, wash-post, huff-post; shortened)
        {"On economic issues, 42% say they are liberal.", "42%", "say", "indirect", "they are liberal"},
        {"Clinton used a private server for classified information in emails, current and former officials said.",
         "current and former officials", "said", "indirect",
         "Clinton used a private server for classified information in emails"},
        {"They passed out water bottles that said, \u201cThe Cuyahoga Republican party welcomes you to the Gay "
         "Games.\u201d",
         "that", "said", "direct", "\u201cThe Cuyahoga Republican party welcomes you to the Gay Games.\u201d"},
        // our own
        {"In the harbor poll, 61% say the pier should stay open.", "61%", "say", "indirect",
         "the pier should stay open"},
        {"The ferry will stop in May, state and local officials said.", "state and local officials", "said",
         "indirect", "The ferry will stop in May"},
    };
    storylens::test::expect_claim_cases(cases, "2016-01-05");
}

// No claim from a participle after a determiner, nor from a shirt "that read" its slogan.
TEST(ClaimSubjectForms, NoClaimFromAnAdjectiveParticipleOrASloganTable) {
    const char* texts[] = {
        // our own
        "The said document was lost in the flood.",
    };
    storylens::test::expect_no_claim_with_cue(texts, "said", "2016-01-05");
    const char* slogans[] = {
        // PolNeAR train (nyt; shortened)
        "People ejected from the rally included a man in a shirt that read ''Fascist Trump.''",
    };
    storylens::test::expect_no_claim_with_cue(slogans, "read", "2016-01-05");
}

}  // namespace
