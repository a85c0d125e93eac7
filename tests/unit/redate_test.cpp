// redate_test.cpp — redate() gives what a fresh analyze() with the new date gives, byte for byte in the JSON,
// for texts whose dates move (relative dates, weekdays, an earnings report, a dateline, page metadata) and for
// the date given, changed, taken away and invalid.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storylens/analysis.hpp"
#include "storylens/export.hpp"
#include "storylens/reanalyzer.hpp"
#include "test_support.hpp"

namespace storylens {
namespace {

struct RedateCase {
    const char* file;   // relative to the source tree
    const char* first;  // the date of the first analysis ("" = none given)
    const char* then;   // the new date
};

const RedateCase kCases[] = {
    {"assets/articles/seed.txt", "2025-04-05", "2025-04-12"},   // a week on: every relative date moves
    {"assets/articles/seed.txt", "", "2025-04-05"},             // inferred, then given
    {"assets/articles/seed.txt", "2025-04-05", ""},             // given, then left to the text
    {"assets/articles/seed.txt", "2025-04-05", "2025-02-30"},   // not a real day: dct.invalid, as analyze() says
    {"assets/articles/seed.txt", "2025-02-30", "2025-04-05"},   // and back
    {"tests/chronology/earnings.txt", "2024-10-30", "2025-01-29"},  // "a year ago" is a quarter back
    {"tests/chronology/disaster_days.txt", "2023-02-10", "2023-02-07"},
    {"tests/chronology/court_flashback.txt", "", "2019-06-14"},
    {"tests/chronology/sports_season.txt", "2024-05-01", "1999-12-31"},
    {"tests/attribution/election_night.txt", "2024-11-06", "2020-11-04"},
    {"tests/data/html/wire_article.html", "", "2001-01-01"},  // the page's own date, then the reader's
};

TEST(Redate, EqualsAFreshAnalysisWithTheNewDate) {
    for (const RedateCase& c : kCases) {
        SCOPED_TRACE(std::string(c.file) + " " + c.first + " -> " + c.then);
        const std::string text = testing::read_file(testing::source_path(c.file));
        ASSERT_FALSE(text.empty());
        AnalyzeOptions first, then;
        first.dct = c.first;
        then.dct = c.then;
        const std::string fresh = to_json(analyze(text, then));
        EXPECT_EQ(to_json(redate(analyze(text, first), then)), fresh);
    }
}

TEST(Redate, KeepsTheStagesADateCannotChange) {
    const std::string text = testing::read_file(testing::source_path("assets/articles/seed.txt"));
    AnalyzeOptions first;
    first.dct = "2025-04-05";
    const Analysis before = analyze(text, first);
    AnalyzeOptions then;
    then.dct = "2025-05-01";
    std::vector<std::string> stages;
    then.on_stage = [&stages](std::string_view s) { stages.emplace_back(s); };
    const Analysis after = redate(before, then);
    EXPECT_EQ(stages, (std::vector<std::string>{"time", "events"}));  // the seed's expressions stay where they are
    EXPECT_EQ(after.document.sentences.size(), before.document.sentences.size());
    EXPECT_EQ(after.entities.size(), before.entities.size());
    EXPECT_EQ(after.dct.value, "2025-05-01");
    EXPECT_NE(to_json(after), to_json(before));  // the dates did move
}

}  // namespace
}  // namespace storylens

namespace storylens {
namespace {

TEST(Reanalyzer, RedatesOnlyTheSameInputInTheSameFormat) {
    const std::string text = testing::read_file(testing::source_path("assets/articles/seed.txt"));
    Reanalyzer again;
    AnalyzeOptions options;
    options.dct = "2025-04-05";
    again.analyze(text, options);
    EXPECT_FALSE(again.redated_last());
    options.dct = "2025-04-12";
    const std::string redated = to_json(again.analyze(text, options));
    EXPECT_TRUE(again.redated_last());
    EXPECT_EQ(redated, to_json(analyze(text, options)));
    options.format = Format::Text;  // another reading of the same bytes is read again
    again.analyze(text, options);
    EXPECT_FALSE(again.redated_last());
    again.analyze(text + " More.", options);
    EXPECT_FALSE(again.redated_last());
}

}  // namespace
}  // namespace storylens
