// view_model_test.cpp — the UI-free view-model: axis tick choice, timeline lanes and label collision, culling,
// filters, and the claims table's nesting and ordering. Built on hand-made analyses, not on the engines.
#include <gtest/gtest.h>

#include "unit/time_support.hpp"
#include "storylens/calendar.hpp"
#include "storylens/view_model.hpp"

namespace {

using namespace storylens;
using namespace storylens::view;

double day(int y, int m, int d) { return static_cast<double>(calendar::days_from_civil(y, m, d)); }

// Events with intervals [start, end] in timeline order; `source` >= 0 marks the event as reported by claim.
struct EventSpec {
    const char* start;
    const char* end;
    const char* precision;
    int reported_by = -1;
    int participant = -1;
};

Analysis make_analysis(const std::vector<EventSpec>& specs, const std::vector<std::string>& entity_names = {}) {
    Analysis a;
    for (size_t i = 0; i < entity_names.size(); ++i) {
        Entity e;
        e.id = static_cast<uint32_t>(i);
        e.name = entity_names[i];
        a.entities.push_back(e);
    }
    for (size_t i = 0; i < specs.size(); ++i) {
        Event e;
        e.id = static_cast<uint32_t>(i);
        e.text = "event " + std::to_string(i);
        e.interval = {specs[i].start, specs[i].end, specs[i].precision};
        e.reported_by = specs[i].reported_by;
        if (specs[i].participant >= 0) e.participants.push_back(static_cast<uint32_t>(specs[i].participant));
        a.events.push_back(e);
        a.timeline.push_back(e.id);
    }
    return a;
}

struct TickCase {
    DayRange range;
    float width, label_width;
    std::vector<std::string> first_labels;  // the first ticks' labels, in order
};

TEST(ViewModel, AxisTicksAdaptToZoom) {
    const TickCase cases[] = {
        {{day(2025, 3, 1), day(2025, 3, 11)}, 1000, 60, {"Mar 1", "Mar 2", "Mar 3"}},
        {{day(2025, 3, 1), day(2025, 5, 1)}, 600, 60, {"Mar 1", "Mar 8", "Mar 15"}},
        {{day(2025, 1, 1), day(2026, 1, 1)}, 1000, 60, {"Jan 2025", "Feb 2025", "Mar 2025"}},
        {{day(2025, 1, 1), day(2026, 1, 1)}, 400, 60, {"Jan 2025", "Mar 2025", "May 2025"}},
        {{day(2024, 11, 15), day(2026, 1, 1)}, 500, 60, {"Jan 2025", "Mar 2025", "May 2025"}},
        {{day(1990, 1, 1), day(2025, 1, 1)}, 1000, 60, {"1990", "1995", "2000"}},
        {{day(1993, 6, 1), day(2025, 1, 1)}, 500, 60, {"1995", "2000", "2005"}},
        {{day(1500, 1, 1), day(2500, 1, 1)}, 1000, 60, {"1500", "1600", "1700"}},
    };
    for (const TickCase& c : cases) {
        const std::vector<Tick> ticks = axis_ticks(c.range, c.width, c.label_width);
        ASSERT_GE(ticks.size(), c.first_labels.size()) << c.first_labels[0];
        for (size_t i = 0; i < c.first_labels.size(); ++i) EXPECT_EQ(ticks[i].label, c.first_labels[i]);
        // spaced so labels never touch, and inside the range
        for (size_t i = 1; i < ticks.size(); ++i)
            EXPECT_GE((ticks[i].day - ticks[i - 1].day) * c.width / c.range.span(), c.label_width - 0.01);
        for (const Tick& t : ticks) EXPECT_TRUE(t.day >= c.range.first && t.day <= c.range.last + 1);
    }
}

TEST(ViewModel, AxisTicksOnDegenerateRanges) {
    EXPECT_TRUE(axis_ticks({5, 5}, 1000, 60).empty());
    EXPECT_TRUE(axis_ticks({0, 10}, 0, 60).empty());
    EXPECT_TRUE(axis_ticks({10, 0}, 1000, 60).empty());
}

TEST(ViewModel, LabelsTakeFreeRowsThenCollapseIntoCrowds) {
    // Four day events on consecutive days; each label is 250 px wide on a 10 px/day scale: they overlap.
    const Analysis a = make_analysis({{"2025-03-01", "2025-03-01", "day"},
                                      {"2025-03-02", "2025-03-02", "day"},
                                      {"2025-03-03", "2025-03-03", "day"},
                                      {"2025-03-04", "2025-03-04", "day"}});
    const TimelineIndex index = index_timeline(a);
    const std::vector<float> widths(4, 250);
    LayoutRequest request;
    request.range = {day(2025, 3, 1), day(2025, 3, 1) + 100};
    request.width = 1000;
    request.rows = 2;
    request.label_widths = &widths;
    const TimelineLayout layout = layout_timeline(a, index, request);
    ASSERT_EQ(layout.marks.size(), 4u);
    EXPECT_EQ(layout.marks[0].row, 0);
    EXPECT_EQ(layout.marks[1].row, 1);
    EXPECT_FALSE(layout.marks[2].labelled);
    EXPECT_FALSE(layout.marks[3].labelled);
    EXPECT_EQ(layout.collapsed, 2u);
    ASSERT_EQ(layout.crowds.size(), 1u);  // two hidden labels 10 px apart: one "+2"
    EXPECT_EQ(layout.crowds[0].count, 2u);
    EXPECT_FLOAT_EQ(layout.marks[0].x0, 0);
    EXPECT_FLOAT_EQ(layout.marks[0].x1, 10);

    // Zoomed in tenfold the labels fit on one row.
    request.range = {day(2025, 3, 1), day(2025, 3, 1) + 4};
    request.width = 1000;
    const std::vector<float> narrow(4, 200);
    request.label_widths = &narrow;
    const TimelineLayout zoomed = layout_timeline(a, index, request);
    for (const Mark& m : zoomed.marks) {
        EXPECT_EQ(m.row, 0);
        EXPECT_TRUE(m.labelled);
    }
    EXPECT_EQ(zoomed.collapsed, 0u);
}

TEST(ViewModel, CullsOutsideTheRangeAndKeepsIntervalsTrueLength) {
    const Analysis a = make_analysis({{"2024-01-01", "2024-12-31", "year"},
                                      {"2025-03-01", "2025-03-31", "month"},
                                      {"2025-06-10", "2025-06-10", "day"},
                                      {"", "", "none"}});
    const TimelineIndex index = index_timeline(a);
    EXPECT_FALSE(index.dated[3]);
    LayoutRequest request;
    request.range = {day(2025, 2, 1), day(2025, 5, 1)};
    request.width = 890;  // 10 px per day
    request.rows = 3;
    const TimelineLayout layout = layout_timeline(a, index, request);
    ASSERT_EQ(layout.marks.size(), 1u);  // 2024 ends before the range, June starts after it
    EXPECT_EQ(layout.marks[0].event, 1u);
    EXPECT_FLOAT_EQ(layout.marks[0].x1 - layout.marks[0].x0, 310);  // 31 days
    EXPECT_TRUE(layout.marks[0].fuzzy);
}

TEST(ViewModel, LabelsNearTheRightEdgeEndAtTheirMark) {
    const Analysis a = make_analysis({{"2025-03-01", "2025-03-01", "day"}, {"2025-03-09", "2025-03-09", "day"}});
    const TimelineIndex index = index_timeline(a);
    const std::vector<float> widths(2, 300);
    LayoutRequest request;
    request.range = {day(2025, 3, 1), day(2025, 3, 11)};
    request.width = 1000;  // 100 px per day: the second event sits at 800-900 px
    request.rows = 1;
    request.label_widths = &widths;
    const TimelineLayout layout = layout_timeline(a, index, request);
    ASSERT_EQ(layout.marks.size(), 2u);
    EXPECT_FLOAT_EQ(layout.marks[0].label_x, 0);
    EXPECT_FLOAT_EQ(layout.marks[1].label_x, 600);  // ends at the mark's right end, inside the view
    EXPECT_TRUE(layout.marks[1].labelled);          // and still fits after the first label (0-300)
}

TEST(ViewModel, LanesBySourceAndEntity) {
    Analysis a = make_analysis({{"2025-03-01", "2025-03-01", "day", -1, 0},
                                {"2025-03-05", "2025-03-05", "day", 0, 1},
                                {"2025-03-09", "2025-03-09", "day", -1, 1}},
                               {"Amnesty International", "Syrian government"});
    Claim claim;
    claim.id = 0;
    claim.source_entity = 0;
    a.claims.push_back(claim);
    const TimelineIndex index = index_timeline(a);
    LayoutRequest request;
    request.range = {day(2025, 2, 25), day(2025, 3, 15)};
    request.width = 900;
    request.rows = 4;

    request.lanes = LaneMode::Source;
    TimelineLayout layout = layout_timeline(a, index, request);
    ASSERT_EQ(layout.lanes.size(), 2u);
    EXPECT_EQ(layout.lanes[0].label, "Narrative");
    EXPECT_EQ(layout.lanes[1].label, "Amnesty International");
    EXPECT_EQ(layout.lanes[0].rows + layout.lanes[1].rows, 4);
    EXPECT_EQ(layout.marks[1].lane, 1);
    EXPECT_GE(layout.marks[1].row, layout.lanes[1].first_row);

    request.lanes = LaneMode::Entity;
    layout = layout_timeline(a, index, request);
    ASSERT_EQ(layout.lanes.size(), 2u);
    EXPECT_EQ(layout.lanes[0].label, "Amnesty International");
    EXPECT_EQ(layout.lanes[1].label, "Syrian government");
    EXPECT_EQ(layout.marks[2].lane, 1);

    // More lanes than rows: the tail shares "Other".
    request.rows = 1;
    layout = layout_timeline(a, index, request);
    ASSERT_EQ(layout.lanes.size(), 1u);
    EXPECT_EQ(layout.lanes[0].label, "Other");

    // The entity filter keeps only that entity's events, and fit_range fits them.
    request.rows = 4;
    request.lanes = LaneMode::None;
    request.entity_filter = 1;
    layout = layout_timeline(a, index, request);
    ASSERT_EQ(layout.marks.size(), 2u);
    const DayRange fitted = fit_range(a, index, 1);
    EXPECT_LT(fitted.first, day(2025, 3, 5));
    EXPECT_GT(fitted.first, day(2025, 3, 1));
    EXPECT_GT(fitted.last, day(2025, 3, 10));
}

TEST(ViewModel, FitLeavesErasOffTheEdge) {
    const Analysis a = make_analysis({{"1974-12-01", "2024-12-31", "decade"},
                                      {"2024-12-08", "2024-12-08", "day"},
                                      {"2025-03-06", "2025-03-06", "day"}});
    const TimelineIndex index = index_timeline(a);
    const DayRange fitted = fit_range(a, index, -1);
    EXPECT_GT(fitted.first, day(2024, 11, 1));  // the fifty-year rule does not stretch the view
    EXPECT_LT(fitted.last, day(2025, 4, 15));
    const Analysis only_era = make_analysis({{"1974-12-01", "2024-12-31", "decade"}});
    EXPECT_LT(fit_range(only_era, index_timeline(only_era), -1).first, day(1975, 1, 1));
}

Analysis claims_analysis() {
    Analysis a;
    for (const char* name : {"Amnesty International", "Witnesses", "Syrian government"}) {
        Entity e;
        e.id = static_cast<uint32_t>(a.entities.size());
        e.name = name;
        a.entities.push_back(e);
    }
    struct Spec { int source; int parent; ClaimKind kind; const char* content; };
    const Spec specs[] = {
        {2, -1, ClaimKind::Indirect, "the operation targeted remnants"},   // 0
        {0, -1, ClaimKind::Mixed, "civilians were killed deliberately"},  // 1
        {1, 1, ClaimKind::Direct, "gunmen went house to house"},          // 2: inside 1
        {2, -1, ClaimKind::Direct, "we will hold them accountable"},      // 3
        {1, 2, ClaimKind::Direct, "they asked about our sect"},           // 4: inside 2
    };
    for (const Spec& sp : specs) {
        Claim c;
        c.id = static_cast<uint32_t>(a.claims.size());
        c.source_entity = sp.source;
        c.parent = sp.parent;
        c.kind = sp.kind;
        c.content.text = sp.content;
        a.claims.push_back(c);
    }
    return a;
}

struct RowCase {
    const char* name;
    ClaimFilter filter;
    ClaimOrder order;
    std::vector<std::pair<uint32_t, int>> rows;  // claim id, depth
};

TEST(ViewModel, ClaimRowsNestUnderTheirParent) {
    const Analysis a = claims_analysis();
    const int direct = static_cast<int>(ClaimKind::Direct);
    const RowCase cases[] = {
        {"by source", {}, ClaimOrder::BySource, {{0, 0}, {3, 0}, {1, 0}, {2, 1}, {4, 2}}},
        {"by position", {}, ClaimOrder::ByPosition, {{0, 0}, {1, 0}, {2, 1}, {4, 2}, {3, 0}}},
        {"by kind", {}, ClaimOrder::ByKind, {{3, 0}, {1, 0}, {2, 1}, {4, 2}, {0, 0}}},
        {"text filter", {"SECT", -1, -1}, ClaimOrder::BySource, {{4, 0}}},
        {"source name filter", {"amnesty", -1, -1}, ClaimOrder::BySource, {{1, 0}}},
        {"kind filter lifts orphans", {"", direct, -1}, ClaimOrder::BySource, {{2, 0}, {4, 1}, {3, 0}}},
        {"entity filter", {"", -1, 2}, ClaimOrder::BySource, {{0, 0}, {3, 0}}},
    };
    for (const RowCase& c : cases) {
        const std::vector<ClaimRow> rows = claim_rows(a, c.filter, c.order);
        ASSERT_EQ(rows.size(), c.rows.size()) << c.name;
        for (size_t i = 0; i < rows.size(); ++i) {
            EXPECT_EQ(rows[i].claim, c.rows[i].first) << c.name << " row " << i;
            EXPECT_EQ(rows[i].depth, c.rows[i].second) << c.name << " row " << i;
        }
    }
}

// The entity filter finds an entity named inside a claim, not only its source: "Assad" in what a witness said.
TEST(ViewModel, EntityFilterMatchesEntitiesAnywhereInTheClaim) {
    Analysis a = claims_analysis();
    a.source.text = "Witnesses said Assad's forces went house to house, the ministry said.";
    Entity assad;
    assad.id = static_cast<uint32_t>(a.entities.size());
    assad.name = "Bashar al-Assad";
    assad.mentions.push_back({Span{15, 20}, 0});  // "Assad"
    a.entities.push_back(assad);
    a.claims[2].content.span = Span{15, 49};  // "Assad's forces went house to house"
    a.claims[0].content.span = Span{51, 63};  // elsewhere: no Assad
    const std::vector<ClaimRow> rows = claim_rows(a, {"", -1, static_cast<int>(assad.id)}, ClaimOrder::ByPosition);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].claim, 2u);
    EXPECT_TRUE(claim_involves(a, a.claims[2], static_cast<int>(assad.id)));
    EXPECT_FALSE(claim_involves(a, a.claims[0], static_cast<int>(assad.id)));
    EXPECT_FALSE(claim_involves(a, a.claims[0], 99)) << "an id past the end is no entity";
}

TEST(ViewModel, ClaimRowsSurviveAParentCycle) {
    Analysis a = claims_analysis();
    a.claims[1].parent = 4;  // 1 -> 4 -> 2 -> 1: malformed, must not loop or drop claims
    const std::vector<ClaimRow> rows = claim_rows(a, {}, ClaimOrder::ByPosition);
    EXPECT_LE(rows.size(), a.claims.size());
    EXPECT_GE(rows.size(), 2u);
}

}  // namespace

namespace storylens {
namespace {

TEST(ViewModelDates, EventDatesReadAsWords) {
    const struct {
        Interval interval;
        When when;
        const char* expected;
    } cases[] = {
        {{"2025-04-04", "2025-04-04", "day"}, when_of("2025-04-04", "", 0), "Friday 4 April 2025"},
        {{"2025-03-01", "2025-03-10", "part-of-month"}, when_of("2025-03", "START", 0), "Early March 2025"},
        {{"1974-01-01", "2024-12-31", "year"}, when_of("P50Y", "", 0), "1974\xE2\x80\x93" "2024"},
        {{"", "", "none"}, when_of("P50Y", "APPROX", 0), "about 50 years"},
        {{"", "", "none"}, when_of("P1D", "", 0), "1 day"},
        {{"", "", "none"}, when_of("PXY", "", 0), "years"},
        {{"", "", "none"}, when_of("PT3H", "MORE_THAN", 0), "more than 3 hours"},
        {{"", "", "none"}, when_of("PRESENT_REF", "", 0), ""},
    };
    for (const auto& c : cases) {
        Event e;
        e.interval = c.interval;
        e.when = c.when;
        EXPECT_EQ(view::event_date_words(e), c.expected) << timex3_value(c.when.time);
    }
}

TEST(ViewModelDates, RelativeDatesAreProvisionalUnderAGuessedPublicationDate) {
    // the seed's shape: a quoted dated day, "early March" and "last March" give a low-confidence April 2025
    const Analysis a = analyze("Violent clashes broke out in early March. \"On 6 March 2025, armed groups launched "
                               "attacks,\" the report read. The government said on Friday it reviewed the events "
                               "that occurred last March.");
    ASSERT_EQ(a.dct.origin, DctOrigin::Inferred);
    ASSERT_LT(a.dct.confidence, 50);
    int provisional = 0, firm = 0;
    for (const Event& e : a.events) {
        if (e.when.timex < 0) continue;
        const std::string_view words = a.timexes[static_cast<size_t>(e.when.timex)].span.of(a.source.text);
        if (view::date_is_provisional(a, e)) {
            ++provisional;
            EXPECT_EQ(words.find("2025"), std::string_view::npos) << words;
        } else {
            ++firm;
            EXPECT_NE(words.find("2025"), std::string_view::npos) << words;
        }
    }
    EXPECT_GT(provisional, 0);
    EXPECT_GT(firm, 0);
    const Analysis given = analyze(a.source.text, AnalyzeOptions{"2025-04-05"});
    for (const Event& e : given.events) EXPECT_FALSE(view::date_is_provisional(given, e));
}

}  // namespace
}  // namespace storylens
