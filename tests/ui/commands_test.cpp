// commands_test.cpp — the views ask, the app decides: a click or key in a view emits one command (app/command.hpp)
// and changes nothing itself; App::apply, after the frame, is what changes the state, and refuses what it cannot do.
#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "app/app.hpp"
#include "headless.hpp"
#include "test_support.hpp"

namespace {

using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;
namespace ui = storylens::ui;

void load_seed(App& app) {
    storylens::AnalyzeOptions options;
    options.dct = "2025-04-05";
    ASSERT_TRUE(app.load(storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt")),
                         options, "seed.txt"));
}

// Frames as Headless draws them, keeping every command the views emitted on the way (a press and its release
// are frames apart, and a view may act on either).
struct Recorder {
    Headless& ui;
    App& app;
    std::vector<ui::Command> seen;

    void frame() {
        ui.frame(app);
        seen.insert(seen.end(), app.last_commands().begin(), app.last_commands().end());
    }
    void click(float x, float y) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(x, y);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }
    void key(int code) {
        ImGui::GetIO().KeysDown[code] = true;
        frame();
        ImGui::GetIO().KeysDown[code] = false;
        frame();
    }
    template <class C>
    const C* first() const {
        for (const ui::Command& c : seen)
            if (const C* found = std::get_if<C>(&c)) return found;
        return nullptr;
    }
};

// Clicks a spot of the window no widget takes, so the views' window has the keyboard (Tab walks its items).
void focus_views(Recorder& r) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    r.click(size.x - 4, size.y - 4);
    r.seen.clear();
}

TEST(Commands, AViewsClickOrKeyEmitsItsCommandAndTheAppAppliesIt) {
    struct Row {
        const char* what;
        const char* fragment;  // the view the row starts in
        std::function<void(Recorder&)> act;
        const char* command;  // command_name of what the view must emit
        std::function<void(const Recorder&, const nlohmann::json& state)> check;
    };
    const Row rows[] = {
        {"a click on a timeline dot", "view=timeline",
         [](Recorder& r) {
             const nlohmann::json item = ui_state(r.app)["timeline_items"][0];
             r.click(item["x"].get<float>(), item["y"].get<float>());
         },
         "select",
         [](const Recorder& r, const nlohmann::json& state) {
             const ui::SelectItem* select = r.first<ui::SelectItem>();
             ASSERT_NE(select, nullptr);
             EXPECT_EQ(select->kind, "event");
             EXPECT_EQ(state["selection"]["kind"], "event");
             EXPECT_EQ(state["selection"]["id"].get<int>(), select->id);
             EXPECT_GE(state["selection"]["sentence"].get<int>(), 0);  // the article scrolls there
         }},
        {"a click on the Claims tab", "view=timeline",
         [](Recorder& r) {
             const nlohmann::json tabs = ui_state(r.app)["tabs"];  // a copy: the loop outlives the snapshot
             for (const nlohmann::json& tab : tabs)
                 if (tab["view"] == "claims") r.click(tab["x"].get<float>(), tab["y"].get<float>());
         },
         "show view",
         [](const Recorder& r, const nlohmann::json& state) {
             const ui::ShowView* show = r.first<ui::ShowView>();
             ASSERT_NE(show, nullptr);
             EXPECT_EQ(show->view, ui::View::Claims);
             EXPECT_EQ(state["view"], "claims");
         }},
        {"Tab in the claims table", "view=claims", [](Recorder& r) { r.key(9); }, "select",
         [](const Recorder& r, const nlohmann::json& state) {
             const ui::SelectItem* select = r.first<ui::SelectItem>();
             ASSERT_NE(select, nullptr);
             EXPECT_EQ(select->kind, "claim");
             EXPECT_TRUE(select->reveal);  // the table scrolls the row the keyboard reached into view
             EXPECT_EQ(state["selection"]["kind"], "claim");
             EXPECT_EQ(state["selection"]["id"].get<int>(), select->id);
         }},
        {"Tab then Enter in the entities list", "view=entities",
         [](Recorder& r) {
             r.key(9);
             r.key(13);
         },
         "filter by entity",
         [](const Recorder& r, const nlohmann::json& state) {
             const ui::FilterByEntity* filter = r.first<ui::FilterByEntity>();
             ASSERT_NE(filter, nullptr);
             EXPECT_EQ(filter->entity, 0);  // Tab walked to the first entity, Enter filters by it
             EXPECT_EQ(state["entity_filter"].get<int>(), 0);
             // Tab stayed out of the status line's fields: Enter did not also re-analyse or search
             EXPECT_EQ(r.first<ui::ChangePublicationDate>(), nullptr);
             EXPECT_EQ(r.first<ui::NextMatch>(), nullptr);
         }},
        // the analysis changes under the Check view only after the frame that drew it (it read the deleted claim)
        {"Delete in the Check view", "view=check&sel=claim:0",
         [](Recorder& r) {
             const nlohmann::json places = ui_state(r.app)["check"]["places"];  // a copy: the loop outlives it
             for (const nlohmann::json& place : places)
                 if (place["name"] == "delete") r.click(place["x"].get<float>(), place["y"].get<float>());
         },
         "add correction",
         [](const Recorder& r, const nlohmann::json& state) {
             const ui::AddCorrection* added = r.first<ui::AddCorrection>();
             ASSERT_NE(added, nullptr);
             EXPECT_EQ(added->correction.op, storylens::CorrectionOp::Delete);
             EXPECT_EQ(state["check"]["corrections"].get<int>(), 1);
             EXPECT_EQ(state["counts"]["claims"].get<int>(), 11);  // the seed's 12 claims, one deleted
         }},
        {"Escape", "view=claims&sel=claim:1",
         [](Recorder& r) { r.key(27); }, "clear selection",
         [](const Recorder&, const nlohmann::json& state) { EXPECT_EQ(state["selection"]["kind"], ""); }},
        {"typing in the search box", "view=timeline",
         [](Recorder& r) {
             r.app.focus_search();
             r.frame();
             ImGui::GetIO().AddInputCharactersUTF8("Assad");
             r.frame();
             r.frame();
         },
         "search",
         [](const Recorder& r, const nlohmann::json& state) {
             const ui::Search* search = r.first<ui::Search>();
             ASSERT_NE(search, nullptr);
             EXPECT_EQ(state["search"]["query"], "Assad");
             EXPECT_GT(state["search"]["results"].get<int>(), 0);
         }},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.what);
        Headless ui;
        App app;
        load_seed(app);
        Recorder r{ui, app, {}};
        app.apply_fragment(row.fragment);
        r.frame();
        focus_views(r);
        row.act(r);
        std::vector<std::string> names;
        for (const ui::Command& c : r.seen) names.push_back(ui::command_name(c));
        EXPECT_NE(std::find(names.begin(), names.end(), row.command), names.end()) << nlohmann::json(names).dump();
        row.check(r, ui_state(app));
        // what the app applied after the last frame is what that frame's views emitted, and state_json says so
        nlohmann::json last = nlohmann::json::array();
        for (const ui::Command& c : app.last_commands()) last.push_back(ui::command_name(c));
        EXPECT_EQ(ui_state(app)["commands"], last);
    }
}

// The Export menu's entry emits the export; the app hands the bytes to the host's handler.
TEST(Commands, AnExportMenuEntryEmitsTheExportTheHostGets) {
    Headless ui;
    App app;
    load_seed(app);
    std::string saved_as;
    app.set_export_handler([&](const storylens::ExportFormat&, const std::string& file_name, const std::string&) {
        saved_as = file_name;
    });
    Recorder r{ui, app, {}};
    r.frame();
    const nlohmann::json button = ui_state(app)["export_menu"]["button"];
    r.click(button["x"].get<float>(), button["y"].get<float>());
    r.frame();
    const nlohmann::json items = ui_state(app)["export_menu"]["items"];
    ASSERT_FALSE(items.empty());
    EXPECT_TRUE(saved_as.empty());  // opening the menu exports nothing
    r.click(items[0]["x"].get<float>(), items[0]["y"].get<float>());
    const ui::ExportAs* exported = r.first<ui::ExportAs>();
    ASSERT_NE(exported, nullptr);
    EXPECT_EQ(exported->format, items[0]["format"].get<std::string>());
    EXPECT_EQ(saved_as.substr(0, 5), "seed.");
}

// App::apply on its own, as a host or a test calls it: each command's change, and what it refuses.
TEST(Commands, ApplyChangesTheStateOrRefuses) {
    struct Row {
        const char* what;
        ui::Command command;
        bool applied;
        std::function<void(const nlohmann::json& state)> check;
    };
    const Row rows[] = {
        {"select a claim", ui::SelectItem{"claim", 1, 0},
         true, [](const nlohmann::json& s) { EXPECT_EQ(s["selection"]["id"], 1); }},
        {"select an item that is not there", ui::SelectItem{"claim", 100000, 0},
         false, [](const nlohmann::json& s) { EXPECT_EQ(s["selection"]["kind"], ""); }},
        {"filter by an entity", ui::FilterByEntity{1},
         true, [](const nlohmann::json& s) { EXPECT_EQ(s["entity_filter"], 1); }},
        {"filter by an entity that is not there", ui::FilterByEntity{100000},
         false, [](const nlohmann::json& s) { EXPECT_EQ(s["entity_filter"], -1); }},
        {"search", ui::Search{"talks"},
         true, [](const nlohmann::json& s) { EXPECT_EQ(s["search"]["query"], "talks"); }},
        {"next match with no search", ui::NextMatch{},
         false, [](const nlohmann::json& s) { EXPECT_EQ(s["selection"]["kind"], ""); }},
        {"lanes by source", ui::SetLanes{storylens::view::LaneMode::Source},
         true, [](const nlohmann::json& s) { EXPECT_EQ(s["lanes"], "source"); }},
        {"show the entities", ui::ShowView{ui::View::Entities},
         true, [](const nlohmann::json& s) { EXPECT_EQ(s["view"], "entities"); }},
        {"light theme", ui::SetTheme{"light"},
         true, [](const nlohmann::json& s) { EXPECT_EQ(s["theme"], "light"); }},
        {"a new publication date (re-analysed inline)", ui::ChangePublicationDate{"2024-01-10"},
         true, [](const nlohmann::json& s) { EXPECT_EQ(s["dct"]["value"], "2024-01-10"); }},
        {"a publication date that is no date", ui::ChangePublicationDate{"2024-13-40"},
         false, [](const nlohmann::json& s) {
             EXPECT_EQ(s["dct"]["value"], "2025-04-05");
             EXPECT_NE(s["error"].get<std::string>().find("YYYY-MM-DD"), std::string::npos);
         }},
        {"a story article with no story", ui::OpenStoryArticle{0, "sentence", 0, 0},
         false, [](const nlohmann::json& s) { EXPECT_EQ(s["document"], "seed.txt"); }},
        {"an export with no handler", ui::ExportAs{"json"}, false, [](const nlohmann::json&) {}},
        {"open a file with no picker", ui::OpenFile{}, false, [](const nlohmann::json&) {}},
        {"remove a correction that is not there", ui::RemoveCorrection{3}, false, [](const nlohmann::json&) {}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.what);
        Headless ui;
        App app;
        load_seed(app);
        ui.frame(app);
        EXPECT_EQ(app.apply(row.command), row.applied);
        ui.frame(app);
        row.check(ui_state(app));
    }
}

// A search from a link goes through the same command: the box shows it, and Enter moves to its first match.
TEST(Commands, NextMatchSelectsTheSentenceOfTheNextHit) {
    Headless ui;
    App app;
    load_seed(app);
    app.apply_fragment("q=Assad");
    ui.frame(app);
    ASSERT_GT(ui_state(app)["search"]["results"].get<int>(), 1);
    ASSERT_TRUE(app.apply(ui::NextMatch{}));
    const int first = ui_state(app)["selection"]["sentence"];
    EXPECT_EQ(ui_state(app)["selection"]["kind"], "sentence");
    ASSERT_TRUE(app.apply(ui::NextMatch{}));
    EXPECT_GE(ui_state(app)["selection"]["sentence"].get<int>(), first);
}

}  // namespace
