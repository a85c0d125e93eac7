// figures_test.cpp — table-driven checks of the figures of a text: money, percentages and points, ranges, mods and
// counted nouns. Rows are PolNeAR v1.0.0 train sentences (research use, see ../shared/data/polnear-train/README.md)
// plus cases of our own.
#include <gtest/gtest.h>

#include <string>

#include "storylens/analysis.hpp"

namespace {

struct FigureCase {
    const char* text;
    const char* figure;  // the figure's text
    const char* value;
    const char* unit;
    const char* mod;
};

TEST(Figures, NewsFigureTable) {
    const FigureCase cases[] = {
        // PolNeAR train
        {"Bernie Sanders’ campaign says it raised more than $21 million in January, bringing its total for the "
         "campaign to almost $95 million.", "more than $21 million", "21000000", "USD", "more than"},
        {"Bernie Sanders’ campaign says it raised more than $21 million in January, bringing its total for the "
         "campaign to almost $95 million.", "almost $95 million", "95000000", "USD", "almost"},
        {"Clinton led by about 1,500 votes out of nearly 620,000 cast — or about 0.2 percentage points — in "
         "unofficial returns, according to the Associated Press.", "about 1,500 votes", "1500", "votes", "about"},
        {"Clinton led by about 1,500 votes out of nearly 620,000 cast — or about 0.2 percentage points — in "
         "unofficial returns, according to the Associated Press.", "about 0.2 percentage points", "0.2",
         "percentage points", "about"},
        {"Between 2000 and 2012, the Republican presidential candidate got between 87 and 88 percent of his total "
         "votes from white people.", "between 87 and 88 percent", "87-88", "%", ""},
        {"He succeeded only about 8 to 10 percent of the time, he estimated.", "about 8 to 10 percent", "8-10", "%",
         "about"},
        {"With 38 delegates at stake, Sanders will gain at least 20 delegates in that state.",
         "at least 20 delegates", "20", "delegates", "at least"},
        {"I had to pay a $30,000 fine.", "$30,000", "30000", "USD", ""},
        // our own
        {"The EU pledged 2 billion euros and £3bn in aid.", "2 billion euros", "2000000000", "EUR", ""},
        {"The EU pledged 2 billion euros and £3bn in aid.", "£3bn", "3000000000", "GBP", ""},
        {"Unemployment fell to 4.5% in May.", "4.5%", "4.5", "%", ""},
        {"The plan would create one million jobs, he said.", "one million jobs", "1000000", "jobs", ""},  // our own
        {"The deficit hit $1.2 trillion last year.", "$1.2 trillion", "1200000000000", "USD", ""},       // our own
        {"Support fell roughly 5 percentage points.", "roughly 5 percentage points", "5", "percentage points",
         "roughly"},  // our own
    };
    for (const FigureCase& t : cases) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-03-01";
        const storylens::Analysis a = storylens::analyze(t.text, options);
        const storylens::Figure* f = nullptr;
        for (const storylens::Figure& x : a.figures)
            if (x.text.text == t.figure) f = &x;
        ASSERT_NE(f, nullptr) << t.text << " -> " << t.figure;
        EXPECT_EQ(f->value, t.value) << t.figure;
        EXPECT_EQ(f->unit, t.unit) << t.figure;
        EXPECT_EQ(f->mod, t.mod) << t.figure;
    }
}

// A time word is never what a figure counts: "five years" is a duration, "next year" a date.
TEST(Figures, TimeWordsAreNoUnits) {
    storylens::AnalyzeOptions options;
    options.dct = "2016-03-01";
    const storylens::Analysis a =
        storylens::analyze("The plant will add 300 jobs next year and 40 more within five years.", options);
    for (const storylens::Figure& f : a.figures) {
        EXPECT_NE(f.unit, "years") << f.text.text;
        EXPECT_NE(f.unit.find("year"), 0u) << f.text.text;
    }
    bool jobs = false;
    for (const storylens::Figure& f : a.figures) jobs = jobs || (f.value == "300" && f.unit == "jobs");
    EXPECT_TRUE(jobs);
}

// What a figure counts is a noun: a word WordNet has only as an adverb, adjective or verb is no unit, so the bare
// number is no figure ("two thereafter", "called 911 twice"), and a verb after the noun is not part of the unit.
TEST(Figures, CountedWordIsANoun) {
    const struct {
        const char* text;
        const char* absent;   // a figure text that must not be found ("" for none)
        const char* present;  // a figure text that must be found, with its unit ("" for none)
        const char* unit;
    } cases[] = {
        {"Two soldiers were hurt at first and two thereafter.", "two thereafter", "Two soldiers", "soldiers"},  // own
        {"A neighbor called 911 twice before the police came.", "911 twice", "", ""},                           // own
        {"About 300 troops remain there.", "About 300 troops remain", "About 300 troops", "troops"},  // own
        {"With 38 delegates at stake, Sanders will gain at least 20 delegates in that state.", "", "at least 20 delegates",
         "delegates"},  // PolNeAR train
    };
    for (const auto& t : cases) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-03-01";
        const storylens::Analysis a = storylens::analyze(t.text, options);
        std::string found;
        bool present = *t.present == 0;
        for (const storylens::Figure& f : a.figures) {
            found += " [" + f.text.text + " | " + f.unit + "]";
            EXPECT_NE(f.text.text, t.absent) << t.text;
            if (f.text.text == t.present) {
                present = true;
                EXPECT_EQ(f.unit, t.unit) << t.text;
            }
        }
        EXPECT_TRUE(present) << t.text << " -> " << t.present << "; found:" << found;
    }
}

}  // namespace
