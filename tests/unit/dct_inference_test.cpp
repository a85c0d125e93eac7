// dct_inference_test.cpp — the publication date inferred from the text's clues (no --dct, no metadata), table
// driven: each row is a text, the expected value / range / origin, the deciding clue and a confidence band.
// Rows marked TE3 are sentences of the TempEval-3 TimeBank training texts (../shared/data/te3); the others are ours.
#include <gtest/gtest.h>

#include <string>

#include "storylens/analysis.hpp"

namespace storylens {
namespace {

struct DctCase {
    const char* text;
    const char* value;     // "" = none
    const char* earliest;  // "" = unbounded
    const char* latest;
    const char* clue;      // the kind of the clue whose effect is "earliest" ("" = none)
    int min_confidence, max_confidence;
};

std::string kinds(const Dct& d) {
    std::string s;
    for (const DctEvidence& e : d.evidence) s += " " + e.kind + ":" + e.value + ":" + e.effect;
    return s;
}

TEST(DctInference, ClueTable) {
    const DctCase cases[] = {
        // TE3 APW19980219.0476: a dated past is a lower bound only; the year of writing stays unknown
        {"Howes had been working for the Britain-based Mines Advisory Group when he was abducted with his "
         "Cambodian interpreter Houn Hourth in March 1996.",
         "", "1996-03-01", "", "past_date", 0, 0},
        // the latest past date wins the lower bound, "mid-1996" (a modified period) is no clue
        {"He was abducted in March 1996 and was killed on March 26, 1996. But the group began to fall apart in "
         "mid-1996.",
         "", "1996-03-26", "", "past_date", 0, 0},
        // a deadline, a maturity, a target: not when the text was written
        {"The vote was postponed to 2030.", "", "", "", "", 0, 0},
        {"The notes are due Nov. 1, 2019.", "", "", "", "", 0, 0},
        // a future clause bounds the range from above; with a dated past a week before, the value is that day
        {"Shares fell on March 3, 2025. The board will meet on March 10, 2025.", "2025-03-03", "2025-03-03",
         "2025-03-10", "past_date", 75, 75},
        {"The plant will open in 1990.", "", "", "1990-12-31", "", 0, 0},
        // the seed's clues: a quoted 6 March 2025, "early March" in the past, "last March": April 2025 to February
        // 2026, a low-confidence value at the start of that range
        {"Violent clashes broke out in early March. \"On 6 March 2025, armed groups launched attacks,\" the report "
         "read. The government reviewed the events that occurred last March.",
         "2025-04-01", "2025-04-01", "2026-02-28", "last_month", 18, 18},
        // a dated day in a quotation decides with half the weight
        {"\"We signed the deal on 3 March 2025,\" he said. The deal will be reviewed on March 5, 2025.",
         "2025-03-03", "2025-03-03", "2025-03-05", "past_date", 37, 37},
        // "Friday, Oct. 13": of the years around the lower bound only 1989 puts 13 October on a Friday
        {"The company reported a loss in 1988. Trading was halted on Friday, Oct. 13.", "1989-10-13", "1989-10-13",
         "1990-10-13", "weekday_date", 30, 30},
        // a date resolved against the narrative ("a day earlier" than March 12) is the text's own arithmetic, no clue
        {"They ended on March 9, 2025. The parties will meet again on March 12, 2025. A day earlier, few cared.",
         "2025-03-09", "2025-03-09", "2025-03-12", "past_date", 75, 75},
        // TE3 wsj_0612: a year in a present part of a past sentence ("which is puttable ... in 1999") happened
        // nowhere yet: no lower bound (the text is of 1989)
        {"The issue, which is puttable back to the company in 1999, was priced at a spread of 110 basis points.",
         "", "", "", "", 0, 0},
        {"The bridge, which is due for repair in 2031, was closed in 2019.", "", "2019-01-01", "2031-12-31", "past_date", 0, 0},
        // PolNeAR train (2015-16 news): a future marker, a future-in-the-past or a target word earlier in the clause,
        // however far, makes the year a prospect, not a past happening; the comma part after it still counts
        {"Graham faulted Trump for alienating Hispanics, which he believes will make it impossible for a Republican "
         "to win the presidency in 2016.",
         "", "", "", "", 0, 0},
        {"Kerry said the United States was prepared to boost the number of total refugees accepted from around the "
         "world in fiscal 2016.",
         "", "", "", "", 0, 0},
        {"With the number of people collecting Social Security projected to swell to 65 million in 2025, from 49 "
         "million in 2015, that hurdle was high.",
         "", "2015-01-01", "", "past_date", 0, 0},
        {"Perez has also been mentioned as a potential Maryland gubernatorial candidate in 2018.", "", "", "", "", 0, 0},
        // "Planned Parenthood" is a name, not a plan: the year stays a past lower bound (it was an upper bound)
        {"Though, as a senator, Kaine has opposed defunding Planned Parenthood and restrictions on abortion, in "
         "2009, as governor of Virginia, he signed a bill.",
         "", "2009-01-01", "", "past_date", 0, 0},
        {"The minister repeated the goal she set in Geneva: to halve emissions in 2030.", "", "", "", "", 0, 0},
        // PolNeAR wash-post: a dated day naming a past event ("the attacks of Sept. 11, 2001") is a lower bound, not
        // the year of a year-less "in September" (it made the 2015 text one of 2001-02)
        {"Jones promoted alleged government conspiracies in the terrorist attacks of Sept. 11, 2001. The story came "
         "from a website that posted one in September that said FEMA would resettle 250,000 Syrians.",
         "", "2001-09-11", "", "past_date", 0, 0},
        {"Survivors recalled the flood of 3 May 2019. Rain returned in early May.", "", "2019-05-03", "", "past_date",
         0, 0},
        // contradicting bounds: the plan reported after its date loses, the dated past stays
        {"The bridge was closed on 4 May 2021. It will reopen in 2019.", "", "2021-05-04", "", "past_date", 0, 0},
    };
    for (const DctCase& c : cases) {
        SCOPED_TRACE(c.text);
        const Analysis a = analyze(c.text);
        EXPECT_EQ(a.dct.value, c.value) << kinds(a.dct);
        EXPECT_EQ(a.dct.earliest, c.earliest) << kinds(a.dct);
        EXPECT_EQ(a.dct.latest, c.latest) << kinds(a.dct);
        EXPECT_EQ(a.dct.origin, *c.value ? DctOrigin::Inferred : DctOrigin::None);
        EXPECT_GE(a.dct.confidence, c.min_confidence);
        EXPECT_LE(a.dct.confidence, c.max_confidence);
        std::string deciding;
        for (const DctEvidence& e : a.dct.evidence)
            if (e.effect == "earliest") deciding = e.kind;
        EXPECT_EQ(deciding, c.clue) << kinds(a.dct);
    }
}

// A weekday told in the past ("said late Friday") bounds nothing, but places the value of a range that starts on a
// day: the first day by which every such weekday has come. Rows: text, value, the clue whose effect is "value".
TEST(DctInference, PastWeekdayTable) {
    struct Row {
        const char* text;
        const char* value;
        const char* value_clue;  // "" = the range's start decides alone
    };
    const Row rows[] = {
        // the seed: "last March" starts the range on Tuesday 1 April 2025; Thursday's report and the statement of
        // "late Friday" (after the speech verb that ends its clause) put the text on Friday 4 April
        {"Violent clashes broke out in early March. \"On 6 March 2025, armed groups launched attacks,\" the report "
         "read. The government reviewed the events that occurred last March. Amnesty International in a report on "
         "Thursday called on the government to act. The Syrian government said late Friday that it was \"closely "
         "following\" the report.",
         "2025-04-04", "past_weekday"},
        // TE3 APW19980213.1310 (a Friday story): "voted overwhelmingly Friday"; its lower bound is ours
        {"Trading was halted on Monday, Feb. 9, 1998. The market will reopen on Feb. 20, 1998. A constitutional "
         "convention voted overwhelmingly Friday to make Australia a republic.",
         "1998-02-13", "past_weekday"},
        // TE3 APW19980213.1320 (a Friday story): "the airline announced Friday", right after the speech verb;
        // the bounds are ours (3 March 2025 is a Monday)
        {"Shares fell on March 3, 2025. The board will meet on March 10, 2025. Air India will fly four flights a "
         "week, to boost business and tourism ties with India, the airline announced Friday.",
         "2025-03-07", "past_weekday"},
        // TE3 wsj_0904 says "yesterday" for the day before ("composite trading yesterday"): the Tuesday it names by
        // weekday is then at least two days back (Tuesday 4 March 2025 -> Thursday 6 March; the rest is ours)
        {"Shares fell on March 3, 2025. The board will meet on March 10, 2025. The company said Tuesday it would cut "
         "jobs. In New York Stock Exchange composite trading yesterday, Compaq shares fell $1.",
         "2025-03-06", "day_before"},
        // ours: the weekday of the range's first day (3 March 2025 is a Monday) still decides, and moves on by two
        {"Shares fell on March 3, 2025. The board will meet on March 10, 2025. The company said Monday it would cut "
         "jobs. Its shares closed yesterday at $45.",
         "2025-03-05", "day_before"},
        // ours: "yesterday" inside a quotation is the speaker's day, not the writer's
        {"Shares fell on March 3, 2025. The board will meet on March 10, 2025. The company said Tuesday it would cut "
         "jobs. \"We decided yesterday,\" he said.",
         "2025-03-04", "past_weekday"},
        // ours: a weekday inside a quotation is someone else's week; a future weekday is no past
        {"Shares fell on March 3, 2025. The board will meet on March 10, 2025. \"We met Friday,\" he said.",
         "2025-03-03", ""},
        {"Shares fell on March 3, 2025. The board will meet on March 10, 2025. It will vote on Thursday.",
         "2025-03-03", ""},
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(r.text);
        const Analysis a = analyze(r.text);
        EXPECT_EQ(a.dct.value, r.value) << kinds(a.dct);
        std::string deciding;
        for (const DctEvidence& e : a.dct.evidence)
            if (e.effect == "value") deciding = e.kind;  // the last one: "yesterday" moves the weekday's day
        EXPECT_EQ(deciding, r.value_clue) << kinds(a.dct);
    }
}

// A full date written with its weekday is within a week of the text (wire style names weekdays only for such
// days): after it in a past clause, either side otherwise; so is the date signing an embedded post.
// Rows: text, value, earliest, latest.
TEST(DctInference, WithinAWeekTable) {
    struct Row {
        const char* text;
        const char* value;
        const char* earliest;
        const char* latest;
    };
    const Row rows[] = {
        // PolNeAR train (2016-08-12 story): no past verb the tagger knows, so a week either side
        {"Hillary Clinton cast herself as a champion of working people during a speech in Warren, Michigan on "
         "Thursday, Aug. 11, 2016.",
         "2016-08-11", "2016-08-04", "2016-08-18"},
        // PolNeAR train (2016-06-16 story): "arrived" is past, so the week after it
        {"Orlando Mayor Buddy Dyer watches after Obama arrived at Orlando International Airport on Thursday, June 16, "
         "2016.",
         "2016-06-16", "2016-06-16", "2016-06-23"},
        // PolNeAR train (nyt 2015-11-26 with a correction of 4 December under it): a date line alone is no clue
        {"Colony West did not host the tournament.\n\nFriday, December 4, 2015.", "", "", ""},
        // ours: a weekday that does not fit the date is a typo, no clue
        {"The rally was held on Monday, June 16, 2016.", "", "2016-06-16", ""},
        // ours: in a future clause, the week before
        {"The primary will be held on Tuesday, March 8, 2016.", "2016-03-04", "2016-03-01", "2016-03-08"},
        // PolNeAR train (2016-07-05 story): the date that signs an embedded post, a week either side
        {"No one should be above the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016",
         "2016-07-05", "2016-06-28", "2016-07-12"},
        // ours: a handle outside brackets signs nothing
        {"Ryan wrote to @SpeakerRyan followers that the plan was shelved on July 5, 2016.", "", "2016-07-05", ""},
        // ours: a window that contradicts a later dated past is only listed
        {"Shares fell on March 20, 2016. The rally was held on Thursday, March 3, 2016.", "", "2016-03-20", ""},
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(r.text);
        const Analysis a = analyze(r.text);
        EXPECT_EQ(a.dct.value, r.value) << kinds(a.dct);
        EXPECT_EQ(a.dct.earliest, r.earliest) << kinds(a.dct);
        EXPECT_EQ(a.dct.latest, r.latest) << kinds(a.dct);
        if (*r.value) {
            EXPECT_LT(a.dct.confidence, 50) << "a style convention, not a fact: the value is a guess";
        }
    }
}

TEST(DctInference, AGivenDateIsAOneDayRangeWithFullConfidence) {
    const Analysis a = analyze("The ceasefire took effect on 6 March 2025.", AnalyzeOptions{"2025-04-05"});
    EXPECT_EQ(a.dct.value, "2025-04-05");
    EXPECT_EQ(a.dct.earliest, "2025-04-05");
    EXPECT_EQ(a.dct.latest, "2025-04-05");
    EXPECT_EQ(a.dct.confidence, 100);
    ASSERT_EQ(a.dct.evidence.size(), 1u);
    EXPECT_EQ(a.dct.evidence[0].kind, "given");
}

bool has_diagnostic(const Analysis& a, const std::string& code, Level level) {
    for (const Diagnostic& d : a.diagnostics)
        if (d.code == code && d.level == level) return true;
    return false;
}

TEST(DctInference, ALowConfidenceValueWarnsAndAConfidentOneInforms) {
    EXPECT_TRUE(has_diagnostic(analyze("Clashes broke out in early March. Talks began on 6 March 2025 and ended "
                                       "last March."),
                               "dct.low_confidence", Level::Warning));
    EXPECT_TRUE(has_diagnostic(analyze("Shares fell on March 3, 2025. The board will meet on March 10, 2025."),
                               "dct.inferred", Level::Info));
    EXPECT_TRUE(has_diagnostic(analyze("He was abducted in March 1996. He died on Friday."), "dct.unknown",
                               Level::Info));
    for (const Diagnostic& d : analyze("Clashes broke out in early March. Talks began on 6 March 2025 and ended "
                                       "last March.").diagnostics)
        if (d.code == "dct.low_confidence") {
            EXPECT_NE(d.message.find("a guess"), std::string::npos) << d.message;
        }
}

}  // namespace
}  // namespace storylens
