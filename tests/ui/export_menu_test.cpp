// export_menu_test.cpp — the viewer's Export menu drawn headless: hidden without a host handler, one entry per
// export format, a click hands the formatter's bytes and a file name to the host; set_views hides tabs.
#include <gtest/gtest.h>
#include <imgui.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "headless.hpp"
#include "storylens/export.hpp"
#include "test_support.hpp"
#include "views/export_menu.hpp"

namespace {

using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;


App& seed_app(App& app) {
    storylens::AnalyzeOptions options;
    options.dct = "2025-04-05";
    EXPECT_TRUE(app.load(storylens::testing::read_file(STORYLENS_SOURCE_DIR "/assets/articles/seed.txt"), options, "seed.txt"));
    return app;
}

struct Saved {
    std::string format, file_name, bytes;
};

TEST(ExportMenu, HiddenWhenTheHostCannotSaveFiles) {
    Headless ui;
    App app;
    seed_app(app);
    ui.frame(app);
    const nlohmann::json menu = ui_state(app)["export_menu"];
    EXPECT_FALSE(menu["offered"].get<bool>());
    EXPECT_LT(menu["button"]["x"].get<float>(), 0);
    EXPECT_FALSE(app.export_as("json"));
}

TEST(ExportMenu, ListsEveryFormatAndHandsTheChosenBytesToTheHost) {
    Headless ui;
    App app;
    seed_app(app);
    std::vector<Saved> saved;
    app.set_export_handler([&](const storylens::ExportFormat& f, const std::string& name, const std::string& bytes) {
        saved.push_back({f.name, name, bytes});
    });
    ui.frame(app);
    nlohmann::json menu = ui_state(app)["export_menu"];
    ASSERT_TRUE(menu["offered"].get<bool>());
    ui.click(app, menu["button"]["x"].get<float>(), menu["button"]["y"].get<float>());
    menu = ui_state(app)["export_menu"];
    ASSERT_EQ(menu["items"].size(), storylens::export_formats().size());
    for (size_t i = 0; i < storylens::export_formats().size(); ++i)
        EXPECT_EQ(menu["items"][i]["format"], storylens::export_formats()[i].name);
    const nlohmann::json json_item = menu["items"][0];
    ASSERT_EQ(json_item["format"], "json");
    ui.click(app, json_item["x"].get<float>(), json_item["y"].get<float>());
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].format, "json");
    EXPECT_EQ(saved[0].file_name, "seed.json");
    EXPECT_EQ(saved[0].bytes, storylens::to_json(app.analysis()));
    ui.frame(app);
    EXPECT_TRUE(ui_state(app)["export_menu"]["items"].empty()) << "the menu closes after a choice";

    EXPECT_FALSE(app.export_as("no-such-format"));
    for (const storylens::ExportFormat& f : storylens::export_formats()) {
        ASSERT_TRUE(app.export_as(f.name));
        EXPECT_EQ(saved.back().file_name, std::string("seed.") + f.extension);
        EXPECT_FALSE(saved.back().bytes.empty()) << f.name;
    }
}

TEST(ExportMenu, FileNamesKeepTheStemAndTakeTheFormatsExtension) {
    const storylens::ExportFormat& json = *storylens::find_export_format("json");
    const struct {
        const char* document;
        const char* expected;
    } cases[] = {
        {"seed.txt", "seed.json"},
        {"https://example.org/news/story.html", "story.json"},
        {"C:\\articles\\report.v2.txt", "report.v2.json"},
        {"pasted text", "pasted-text.json"},
        {"", "storylens.json"},
        {".hidden", ".hidden.json"},
        {"dir/", "storylens.json"},
    };
    for (const auto& c : cases) EXPECT_EQ(storylens::ui::export_file_name(c.document, json), c.expected) << c.document;
}

TEST(ExportMenu, SetViewsShowsOnlyTheNamedTabs) {
    Headless ui;
    App app;
    seed_app(app);
    app.set_views("claims,entities");
    ui.frame(app);
    ui.frame(app);
    EXPECT_EQ(ui_state(app)["view"], "claims") << "the hidden timeline gives way to the first tab shown";
    app.apply_fragment("view=timeline");
    ui.frame(app);
    ui.frame(app);
    EXPECT_EQ(ui_state(app)["view"], "claims") << "a fragment cannot open a hidden view";
    app.set_views("nonsense");
    app.apply_fragment("view=timeline");
    ui.frame(app);
    ui.frame(app);
    EXPECT_EQ(ui_state(app)["view"], "timeline") << "no known name: every tab is back";
}

}  // namespace
