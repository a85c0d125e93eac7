// time_value_test.cpp — the typed time model: what a TIMEX3 value means as days and fields, and the formatter
// writing back every value the CLI emits (and every te3 gold value) byte for byte.
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "events/interval.hpp"
#include "storylens/time_value.hpp"
#include "temporal/calendar.hpp"
#include "unit/test_support.hpp"

namespace storylens {
namespace {

long day(int y, int m, int d) { return calendar::days_from_civil(y, m, d); }

TEST(TimeValue, KnownPointsAreDayRanges) {
    const struct {
        const char* value;
        Granularity granularity;
        long first, last;
    } rows[] = {
        {"2025-03-06", Granularity::Day, day(2025, 3, 6), day(2025, 3, 6)},
        {"2025-03-06T14:30", Granularity::Minute, day(2025, 3, 6), day(2025, 3, 6)},
        {"2025-04-04TNI", Granularity::PartOfDay, day(2025, 4, 4), day(2025, 4, 4)},
        {"2025-W10", Granularity::Week, day(2025, 3, 3), day(2025, 3, 9)},
        {"2025-W10-WE", Granularity::Weekend, day(2025, 3, 8), day(2025, 3, 9)},
        {"2020-W53", Granularity::Week, day(2020, 12, 28), day(2021, 1, 3)},
        {"2024-02", Granularity::Month, day(2024, 2, 1), day(2024, 2, 29)},
        {"2025-Q3", Granularity::Quarter, day(2025, 7, 1), day(2025, 9, 30)},
        {"2025-H1", Granularity::Half, day(2025, 1, 1), day(2025, 6, 30)},
        {"2025-WI", Granularity::Season, day(2025, 12, 1), day(2026, 2, 28)},
        {"1999", Granularity::Year, day(1999, 1, 1), day(1999, 12, 31)},
        {"199", Granularity::Decade, day(1990, 1, 1), day(1999, 12, 31)},
        {"20", Granularity::Century, day(2000, 1, 1), day(2099, 12, 31)},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.value);
        const std::optional<TimeValue> v = parse_timex3(row.value);
        ASSERT_TRUE(v);
        EXPECT_EQ(v->kind, TimeKind::Point);
        EXPECT_TRUE(v->anchored);
        EXPECT_EQ(v->granularity, row.granularity);
        EXPECT_EQ(v->first_day, row.first);
        EXPECT_EQ(v->last_day, row.last);
        EXPECT_EQ(timex3_value(*v), row.value);
    }
}

TEST(TimeValue, UnderspecifiedPointsKeepWhatIsKnown) {
    const struct {
        const char* value;
        Granularity granularity;
        int year_digits, year, month, week, weekday;
    } rows[] = {
        {"XXXX-WXX-5", Granularity::Day, 0, 0, 0, 0, 5},
        {"XXXX-07", Granularity::Month, 0, 0, 7, 0, 0},
        {"199X", Granularity::Year, 3, 199, 0, 0, 0},
        {"19XX", Granularity::Year, 2, 19, 0, 0, 0},
        {"2025-WXX", Granularity::Week, 4, 2025, 0, 0, 0},
        {"2025-W10-3", Granularity::Day, 4, 2025, 0, 10, 3},
        {"XXXX-XX-XX", Granularity::Day, 0, 0, 0, 0, 0},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.value);
        const std::optional<TimeValue> v = parse_timex3(row.value);
        ASSERT_TRUE(v);
        EXPECT_FALSE(v->anchored);
        EXPECT_EQ(v->granularity, row.granularity);
        EXPECT_EQ(v->open.year_digits, row.year_digits);
        EXPECT_EQ(v->open.year, row.year);
        EXPECT_EQ(v->open.month, row.month);
        EXPECT_EQ(v->open.week, row.week);
        EXPECT_EQ(v->open.weekday, row.weekday);
        EXPECT_EQ(timex3_value(*v), row.value);
    }
}

TEST(TimeValue, DurationsSetsReferencesAndMods) {
    const std::optional<TimeValue> compound = parse_timex3("P2Y6M", "APPROX");
    ASSERT_TRUE(compound);
    EXPECT_EQ(compound->kind, TimeKind::Duration);
    ASSERT_EQ(compound->part_count, 2);
    EXPECT_EQ(compound->parts[0].unit, DurationUnit::Year);
    EXPECT_EQ(compound->parts[1].unit, DurationUnit::Month);
    EXPECT_EQ(compound->parts[1].amount, 6);
    EXPECT_EQ(compound->mod, TimeMod::Approx);
    const std::optional<TimeValue> clock = parse_timex3("PT1M30S");
    ASSERT_TRUE(clock);
    EXPECT_EQ(clock->parts[0].unit, DurationUnit::Minute);
    EXPECT_EQ(clock->parts[1].unit, DurationUnit::Second);
    const std::optional<TimeValue> unknown = parse_timex3("PXY");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->parts[0].amount, -1);
    EXPECT_EQ(parse_timex3("P3DE")->parts[0].unit, DurationUnit::Decade);
    EXPECT_EQ(parse_timex3("P1W", "", true)->kind, TimeKind::Set);
    EXPECT_EQ(parse_timex3("XXXX-WXX-1", "", true)->kind, TimeKind::Set);
    EXPECT_EQ(parse_timex3("PAST_REF")->ref, RefKind::Past);
    EXPECT_EQ(timex3_value(duration_of(50, DurationUnit::Year)), "P50Y");
    EXPECT_EQ(timex3_value(day_value(day(2025, 4, 5))), "2025-04-05");
    EXPECT_STREQ(timex3_mod(TimeMod::EqualOrMore), "EQUAL_OR_MORE");
    EXPECT_STREQ(timex3_mod(TimeMod::None), "");
}

TEST(TimeValue, RejectsWhatIsNoValue) {
    for (const char* bad : {"2025-13", "2025-02-30", "P", "PY", "2025-W", "tomorrow", "2025-Q5", "20251", "2025-"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(parse_timex3(bad));
    }
    EXPECT_FALSE(parse_timex3("2025", "SOMETIMES"));
}

// tests/data/timex3_values.tsv: every distinct (type, value, mod) the CLI writes on te3 (with and without a DCT),
// the seed and PolNeAR, and every TIMEX3 of the te3 gold files.
TEST(TimeValue, EveryEmittedValueRoundTrips) {
    std::istringstream in(testing::read_file(testing::source_path("tests/data/timex3_values.tsv")));
    std::string line;
    int rows = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const size_t a = line.find('\t'), b = line.find('\t', a + 1);
        ASSERT_NE(b, std::string::npos) << line;
        const std::string type = line.substr(0, a), value = line.substr(a + 1, b - a - 1), mod = line.substr(b + 1);
        SCOPED_TRACE(line);
        const std::optional<TimeValue> v = parse_timex3(value, mod, type == "SET");
        if (!v) {
            ADD_FAILURE() << "not parsed";
            continue;
        }
        EXPECT_EQ(timex3_value(*v), value);
        EXPECT_EQ(timex3_mod(v->mod), mod);
        ++rows;
    }
    EXPECT_GT(rows, 1000);
}

}  // namespace
}  // namespace storylens

namespace storylens {
namespace {

// events::interval_of reads the typed value: the same intervals the string reader gave.
TEST(TimeValue, IntervalsOfTypedTimes) {
    const struct {
        const char* value;
        const char* mod;
        const char* start;
        const char* end;
        const char* precision;
    } rows[] = {
        {"2025-03-06", "", "2025-03-06", "2025-03-06", "day"},
        {"2025-04-04TNI", "", "2025-04-04", "2025-04-04", "day"},
        {"2025-W10", "", "2025-03-03", "2025-03-09", "week"},
        {"2025-W10-WE", "", "2025-03-08", "2025-03-09", "week"},
        {"2025-03", "START", "2025-03-01", "2025-03-10", "part-of-month"},
        {"2025-03", "END", "2025-03-22", "2025-03-31", "part-of-month"},
        {"2025-Q1", "", "2025-01-01", "2025-03-31", "quarter"},
        {"2025-H2", "", "2025-07-01", "2025-12-31", "half-year"},
        {"2025-WI", "", "2025-12-01", "2026-02-28", "season"},
        {"2024", "MID", "2024-05-02", "2024-08-31", "part-of-year"},
        {"199", "", "1990-01-01", "1999-12-31", "decade"},
        {"20", "", "2000-01-01", "2099-12-31", "century"},
        {"XXXX-WXX-5", "", "", "", "none"},
        {"P3D", "", "", "", "none"},
        {"PRESENT_REF", "", "", "", "none"},
        {"BC0300", "", "", "", "none"},
        {"FY2000", "", "", "", "none"},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.value);
        const Interval in = events::interval_of(timex3(row.value, row.mod));
        EXPECT_EQ(in.start, row.start);
        EXPECT_EQ(in.end, row.end);
        EXPECT_EQ(in.precision, row.precision);
    }
}

TEST(TimeValue, SpanningReadsOneWholeUnit) {
    const Interval anchor = events::interval_of(timex3("2024-12-08"));
    EXPECT_EQ(events::spanning(anchor, timex3("P50Y"), true).start, "1974-12-08");
    EXPECT_EQ(events::spanning(anchor, timex3("P2W"), false).end, "2024-12-22");
    EXPECT_EQ(events::spanning(anchor, timex3("P2Y6M"), true).precision, "none");
    EXPECT_EQ(events::spanning(anchor, timex3("PT3H"), true).precision, "none");
    EXPECT_EQ(events::spanning(anchor, timex3("PXY"), true).precision, "none");
}

}  // namespace
}  // namespace storylens
