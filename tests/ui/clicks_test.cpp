// clicks_test.cpp — clicks that land: a timeline label selects its event as its dot does, every labelled event has
// words to show, and input that came within one slow frame (host/input_queue.hpp) reaches ImGui change by change,
// so a press and release there is still a click where it happened and a key tapped there is still a key.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "headless.hpp"
#include "host/input_queue.hpp"
#include "test_support.hpp"

namespace {

using storylens::host::InputQueue;
using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;

void load_seed_timeline(App& app, Headless& ui) {
    storylens::AnalyzeOptions options;
    options.dct = "2025-04-05";
    ASSERT_TRUE(app.load(storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt")),
                         options, "seed.txt"));
    app.apply_fragment("view=timeline");
    ui.frame(app);
    ui.frame(app);
}

// The middle of a label no dot is near (a dot under the pointer wins over a label), with its event.
struct LabelSpot {
    int event = -1;
    float x = 0, y = 0;
};
LabelSpot lone_label(const nlohmann::json& items, int not_event = -1) {
    for (const nlohmann::json& item : items) {
        if (!item.contains("label") || item["event"].get<int>() == not_event) continue;
        const nlohmann::json& l = item["label"];
        const float x = (l["x0"].get<float>() + l["x1"].get<float>()) / 2, y = (l["y0"].get<float>() + l["y1"].get<float>()) / 2;
        const float line = l["y1"].get<float>() - l["y0"].get<float>();
        bool clear = true;
        for (const nlohmann::json& other : items)
            if (std::hypot(other["x"].get<float>() - x, other["y"].get<float>() - y) < 2 * line) clear = false;
        if (clear) return {item["event"].get<int>(), x, y};
    }
    return {};
}

InputQueue::Modifiers test_modifiers() { return {{500, 501}, {502, 503}, {504, 505}, {506, 507}}; }

TEST(Clicks, ATimelineLabelSelectsItsEventAndEveryLabelHasWords) {
    Headless ui;
    App app;
    load_seed_timeline(app, ui);
    const nlohmann::json items = ui_state(app)["timeline_items"];
    size_t labelled = 0;
    for (const nlohmann::json& item : items) {
        if (!item.contains("label")) continue;
        ++labelled;
        EXPECT_FALSE(item["label"]["text"].get<std::string>().empty()) << item.dump();
    }
    ASSERT_GT(labelled, 0u);
    const LabelSpot spot = lone_label(items);
    ASSERT_GE(spot.event, 0) << "a label away from every dot: " << items.dump();
    ui.click(app, spot.x, spot.y);
    const nlohmann::json selection = ui_state(app)["selection"];
    EXPECT_EQ(selection["kind"], "event");
    EXPECT_EQ(selection["id"].get<int>(), spot.event);
    EXPECT_GE(selection["sentence"].get<int>(), 0);  // the article scrolls to this sentence
}

// Drains the queue one step a frame, as the host's main loop does.
void drain(InputQueue& queue, Headless& ui, App& app) {
    for (int guard = 0; guard < 64 && !queue.empty(); ++guard) {
        queue.apply(ImGui::GetIO());
        ui.frame(app);
    }
    queue.apply(ImGui::GetIO());
    ui.frame(app);
}

TEST(Clicks, APressAndReleaseWithinOneFrameIsAClickWhereItHappened) {
    Headless ui;
    App app;
    load_seed_timeline(app, ui);
    const LabelSpot spot = lone_label(ui_state(app)["timeline_items"]);
    ASSERT_GE(spot.event, 0);
    InputQueue queue(test_modifiers());
    // all before the next frame: the pointer onto the label, press, release, and away to an empty corner
    queue.button(spot.x, spot.y, 0, true);
    queue.button(spot.x, spot.y, 0, false);
    queue.pointer_moved(2, 790);
    EXPECT_EQ(queue.size(), 3u);
    // what Emscripten's GLFW leaves for the frame: the last place, the button up
    ImGui::GetIO().MousePos = ImVec2(2, 790);
    ImGui::GetIO().MouseDown[0] = false;
    drain(queue, ui, app);
    const nlohmann::json selection = ui_state(app)["selection"];
    EXPECT_EQ(selection["kind"], "event");
    EXPECT_EQ(selection["id"].get<int>(), spot.event);
    EXPECT_FLOAT_EQ(ImGui::GetIO().MousePos.x, 2);  // and the pointer ends where it went
}

TEST(Clicks, AKeyTappedWithinOneFrameStillCounts) {
    Headless ui;
    App app;
    load_seed_timeline(app, ui);
    const LabelSpot spot = lone_label(ui_state(app)["timeline_items"]);
    ASSERT_GE(spot.event, 0);
    ui.click(app, spot.x, spot.y);  // selects an event and gives the timeline the keyboard
    const int before = ui_state(app)["selection"]["id"].get<int>();
    ASSERT_EQ(before, spot.event);
    InputQueue queue(test_modifiers());
    queue.key(9, true, 640, 400);  // Tab, down and up before the frame: the backend left it up
    queue.key(9, false, 640, 400);
    ImGui::GetIO().KeysDown[9] = false;
    drain(queue, ui, app);
    const nlohmann::json selection = ui_state(app)["selection"];
    EXPECT_EQ(selection["kind"], "event");
    EXPECT_NE(selection["id"].get<int>(), before);

    // Shift held around the tap: the modifier follows the queued keys, so Tab steps back
    const int stepped = selection["id"].get<int>();
    queue.key(502, true, 640, 400);
    queue.key(9, true, 640, 400);
    queue.key(9, false, 640, 400);
    queue.key(502, false, 640, 400);
    ImGui::GetIO().KeysDown[9] = false;
    ImGui::GetIO().KeysDown[502] = false;
    drain(queue, ui, app);
    EXPECT_NE(ui_state(app)["selection"]["id"].get<int>(), stepped) << "back from where Tab went";
    EXPECT_FALSE(ImGui::GetIO().KeyShift);
}

TEST(Clicks, TypedCharactersKeepTheirPlaceAmongQueuedKeys) {
    Headless ui;
    App app;
    load_seed_timeline(app, ui);
    ImGui::GetIO().KeyMap[ImGuiKey_Backspace] = 8;
    app.focus_search();
    ui.frame(app);
    ui.frame(app);
    InputQueue queue(test_modifiers());
    queue.text('g', ImGui::GetIO());  // nothing waits: typed at once
    EXPECT_TRUE(queue.empty());
    ui.frame(app);
    // within one slow frame: "x", Backspace down and up, "o": the Backspace erases the "x", never the "o"
    queue.key(500, true, 640, 400);  // a queued key first (Ctrl, as after Ctrl+F), so what follows waits
    queue.key(500, false, 640, 400);
    queue.text('x', ImGui::GetIO());
    queue.key(8, true, 640, 400);
    queue.key(8, false, 640, 400);
    queue.text('o', ImGui::GetIO());
    EXPECT_EQ(queue.size(), 6u);
    ImGui::GetIO().KeysDown[8] = false;
    ImGui::GetIO().KeysDown[500] = false;
    drain(queue, ui, app);
    EXPECT_EQ(ui_state(app)["search"]["query"], "go");
}

}  // namespace
