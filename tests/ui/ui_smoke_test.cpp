// ui_smoke_test.cpp — draws the whole viewer headless (an ImGui context with no backend): every view on the
// seed and on 10,000 synthetic events and claims, and checks that keys and clicks reach the selection.
#include <gtest/gtest.h>
#include <imgui.h>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <cstdio>
#include <string>

#include "time_support.hpp"
#include "app/app.hpp"
#include "headless.hpp"
#include "test_support.hpp"

namespace {

using storylens::AnalyzeOptions;
using storylens::Span;
using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;


// 10,000 events and claims made directly (not by the engines, whose speed is measured elsewhere): one sentence
// each, dates spread over 35 years, a claim per sentence by one of five sources, every fourth claim nested.
storylens::Analysis synthetic_analysis(int count) {
    using namespace storylens;
    Analysis a;
    for (const char* name : {"Officials", "The ministry", "Witnesses", "The company", "Police"}) {
        Entity e;
        e.id = static_cast<uint32_t>(a.entities.size());
        e.name = name;
        e.mentions.push_back({{0, 1}, 0});
        a.entities.push_back(e);
    }
    for (int i = 0; i < count; ++i) {
        const std::string sentence = "The council approved plan " + std::to_string(i) + ", officials said. ";
        const uint32_t start = static_cast<uint32_t>(a.source.text.size());
        a.source.text += sentence;
        const Span span{start, static_cast<uint32_t>(a.source.text.size() - 1)};
        a.document.sentences.push_back({static_cast<uint32_t>(i), span, 0, 0, 0});
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 1990 + (i / 12) % 35, 1 + i % 12, 1 + i % 28);
        Event e;
        e.id = static_cast<uint32_t>(i);
        e.sentence = static_cast<uint32_t>(i);
        e.span = span;
        e.text = "council approves plan " + std::to_string(i);
        e.when = storylens::when_of(date, "", -1);
        e.interval = {date, date, i % 7 == 0 ? "month" : "day"};
        e.participants.push_back(static_cast<uint32_t>(i % 5));
        e.reported_by = i;
        a.events.push_back(e);
        Claim c;
        c.id = static_cast<uint32_t>(i);
        c.sentence = static_cast<uint32_t>(i);
        c.source_entity = i % 5;
        c.content = {sentence.substr(0, sentence.find(',')), {start, start + 20}};
        c.cue = {"said", span};
        c.kind = static_cast<ClaimKind>(i % 3);
        c.parent = i % 4 == 3 ? i - 1 : -1;
        a.claims.push_back(c);
    }
    a.document.paragraphs.push_back({0, {0, static_cast<uint32_t>(a.source.text.size())}});
    std::vector<uint32_t> order(count);
    for (int i = 0; i < count; ++i) order[i] = static_cast<uint32_t>(i);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return a.events[x].interval.start < a.events[y].interval.start; });
    a.timeline = order;
    for (int i = 1; i < count; i += 50) a.relations.push_back({order[i - 1], order[i], "after", {}});
    return a;
}

TEST(UiSmoke, DrawsEveryViewOnTheSeedAndKeysMoveTheSelection) {
    Headless ui;
    App app;
    AnalyzeOptions options;
    options.dct = "2025-04-05";
    ASSERT_TRUE(app.load(storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt")),
                         options, "seed.txt"));
    for (const char* view : {"view=timeline", "view=claims", "view=entities", "view=timeline"}) {
        app.apply_fragment(view);
        ui.frame(app);
        ui.frame(app);
        EXPECT_EQ(ui_state(app)["view"], std::string(view).substr(5));
    }
    nlohmann::json s = ui_state(app);
    ASSERT_FALSE(s["timeline_items"].empty());

    // Clicking a timeline item selects its event.
    const nlohmann::json item = s["timeline_items"][0];
    ui.click(app, item["x"].get<float>(), item["y"].get<float>());
    s = ui_state(app);
    EXPECT_EQ(s["selection"]["kind"], "event");
    EXPECT_EQ(s["selection"]["id"], item["event"]);

    // Tab walks to the next event in timeline order, Shift+Tab back, Escape clears.
    const int first = s["selection"]["id"];
    ui.key(app, 9);
    EXPECT_NE(ui_state(app)["selection"]["id"], first);
    ImGui::GetIO().KeyShift = true;
    ui.key(app, 9);
    ImGui::GetIO().KeyShift = false;
    EXPECT_EQ(ui_state(app)["selection"]["id"], first);
    ui.key(app, 27);
    EXPECT_EQ(ui_state(app)["selection"]["kind"], "");

    // In the claims view Tab selects claims.
    app.apply_fragment("view=claims");
    ui.frame(app);
    ui.key(app, 9);
    EXPECT_EQ(ui_state(app)["selection"]["kind"], "claim");

    // A pinch zooms the timeline in: more room per event, so no fewer labelled items.
    app.apply_fragment("view=timeline");
    ui.frame(app);
    const size_t before = ui_state(app)["timeline_items"].size();
    app.zoom_timeline(0.5f, -1);
    EXPECT_TRUE(app.animating());
    ui.frame(app);
    EXPECT_FALSE(app.animating());
    EXPECT_LE(ui_state(app)["timeline_items"].size(), before);
}

TEST(UiSmoke, TenThousandEventsAndClaims) {
    Headless ui;
    App app;
    ASSERT_TRUE(app.show(synthetic_analysis(10000), "synthetic"));
    nlohmann::json s = ui_state(app);
    EXPECT_EQ(s["counts"]["events"], 10000);
    EXPECT_EQ(s["counts"]["claims"], 10000);
    for (const char* view : {"view=claims", "view=entities", "view=timeline"}) {
        app.apply_fragment(view);
        for (int i = 0; i < 3; ++i) ui.frame(app);
    }
    // Fitted, every event is in range; zoomed far in, culling leaves only the few near the centre.
    const size_t fitted = ui_state(app)["timeline_items"].size();
    EXPECT_GT(fitted, 9000u);
    app.zoom_timeline(0.0005f, -1);
    ui.frame(app);
    const size_t zoomed = ui_state(app)["timeline_items"].size();
    EXPECT_LT(zoomed, 50u);
    // Lanes by source: every lane mode draws.
    for (const char* lanes : {"lanes=source", "lanes=entity", "lanes=none"}) {
        app.apply_fragment(lanes);
        ui.frame(app);
    }
    // Tab walks the 10,000 claims without trouble.
    app.apply_fragment("view=claims");
    ui.frame(app);
    ui.key(app, 9);
    ui.key(app, 9);
    EXPECT_EQ(ui_state(app)["selection"]["kind"], "claim");
}

}  // namespace
