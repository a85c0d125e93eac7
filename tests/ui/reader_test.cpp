// reader_test.cpp — the viewer as readers meet it, drawn headless: the narrow layout (article and views as tabs,
// touch-sized rows), a wheel notch (three lines of the article, one zoom step of the timeline), hovers that say
// what a word resolved to, Unicode typed right after Ctrl+F, and light-theme contrast of every text colour.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "time_support.hpp"
#include "app/app.hpp"
#include "app/article_mirror.hpp"
#include "app/mark_description.hpp"
#include "headless.hpp"
#include "test_support.hpp"
#include "views/views.hpp"

namespace {

using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;

void load_seed(App& app) {
    storylens::AnalyzeOptions options;
    options.dct = "2025-04-05";
    ASSERT_TRUE(app.load(storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt")),
                         options, "seed.txt"));
}

TEST(Reader, NarrowLayoutMakesTheArticleATab) {
    struct Case { float width; const char* layout; };
    for (const Case c : {Case{390, "narrow"}, Case{700, "narrow"}, Case{1280, "wide"}}) {
        Headless ui(ImVec2(c.width, 844));
        App app;
        load_seed(app);
        ui.frame(app);
        ui.frame(app);
        nlohmann::json s = ui_state(app);
        EXPECT_EQ(s["layout"], c.layout) << c.width;
        std::vector<std::string> tabs;
        for (const nlohmann::json& t : s["tabs"]) tabs.push_back(t["view"]);
        const std::vector<std::string> narrow_tabs = {"article", "timeline", "claims", "entities", "check"};
        const std::vector<std::string> wide_tabs = {"timeline", "claims", "entities", "check"};
        EXPECT_EQ(tabs, std::string(c.layout) == "wide" ? wide_tabs : narrow_tabs) << c.width;
        // wide: the article pane is always drawn; narrow: only on its tab
        EXPECT_EQ(s["article"]["shown"].get<bool>(), std::string(c.layout) == "wide") << c.width;
        app.apply_fragment("view=article");
        ui.frame(app);
        ui.frame(app);
        s = ui_state(app);
        EXPECT_TRUE(s["article"]["shown"].get<bool>()) << c.width;
        app.apply_fragment("view=claims&sel=claim:2");
        ui.frame(app);
        ui.frame(app);
        s = ui_state(app);
        EXPECT_EQ(s["view"], "claims") << c.width;
        EXPECT_EQ(s["selection"]["id"], 2) << c.width;
        EXPECT_FALSE(app.animating()) << "a scroll pending for a hidden article tab draws no frames: " << c.width;
    }
}

// The host turns a wheel notch into MouseWheel = ±1 (web/page/storylens-input.js); here that unit is checked.
TEST(Reader, OneWheelNotchScrollsThreeLinesAndZoomsOneStep) {
    Headless ui;
    App app;
    std::string text;
    for (int i = 0; i < 60; ++i) text += "The council met again on Monday, officials said. Talks would resume.\n\n";
    storylens::AnalyzeOptions options;
    options.dct = "2025-04-05";  // "on Monday" gets a date, so the timeline has items
    ASSERT_TRUE(app.load(text, options, "long"));
    ui.frame(app);
    ui.frame(app);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(200, 400);  // over the article pane (the left 42%)
    ui.frame(app);
    nlohmann::json s = ui_state(app);
    const float line = s["article"]["line"], before = s["article"]["scroll_y"];
    io.MouseWheel = -1;  // one notch towards the reader: the text moves up
    ui.frame(app);
    ui.frame(app);
    s = ui_state(app);
    EXPECT_NEAR(s["article"]["scroll_y"].get<float>() - before, 3 * line, 0.5f);
    io.MouseWheel = 1;
    ui.frame(app);
    ui.frame(app);
    EXPECT_NEAR(ui_state(app)["article"]["scroll_y"].get<float>(), before, 0.5f);

    app.apply_fragment("view=timeline");
    ui.frame(app);
    ui.frame(app);
    s = ui_state(app);
    ASSERT_FALSE(s["timeline_items"].empty());
    const float y = s["timeline_items"][0]["y"];
    io.MousePos = ImVec2(900, y);
    ui.frame(app);
    const auto span = [&] {
        const nlohmann::json r = ui_state(app)["timeline_range"];
        return r["last_day"].get<double>() - r["first_day"].get<double>();
    };
    const double wide = span();
    io.MouseWheel = 1;  // away from the reader: zoom in one step
    ui.frame(app);
    EXPECT_NEAR(span() / wide, 0.85, 0.01);
    io.MouseWheel = -1;
    ui.frame(app);
    EXPECT_NEAR(span() / wide, 1.0, 0.01);
}

TEST(Reader, AHoveredTimeSaysItsDateInTheCoresWords) {
    // the same words as the timeline's tooltip and the exports (view::timex_date_words, tested in the core)
    const std::pair<const char*, const char*> rows[] = {
        {"2025-04-05", "time: Saturday 5 April 2025 (2025-04-05)"},
        {"2025-03", "time: March 2025 (2025-03)"},
        {"PRESENT_REF", "time: the present (PRESENT_REF)"},
    };
    for (const auto& [value, words] : rows) {
        storylens::Timex t;
        t.time = storylens::timex3(value);
        EXPECT_EQ(storylens::ui::describe_timex(t), words) << value;
    }
}

TEST(Reader, HoversAndTheMirrorSayWhatAWordResolvedTo) {
    App app;
    load_seed(app);
    const storylens::Analysis& a = app.analysis();
    ASSERT_FALSE(a.timexes.empty());
    const storylens::Timex& t = a.timexes[0];
    const std::string timex = storylens::ui::describe_at(a, t.span.start);
    EXPECT_EQ(timex.rfind("time: ", 0), 0u) << timex;
    EXPECT_NE(timex.find(storylens::timex3_value(t.time)), std::string::npos) << timex;
    ASSERT_FALSE(a.claims.empty());
    const std::string source = storylens::ui::describe_at(a, a.claims[0].source.span.start);
    EXPECT_NE(source.find("claim by"), std::string::npos) << source;

    // the mirror's runs put the text back together, and every marked run carries a note
    const nlohmann::json mirror = storylens::ui::article_mirror_json(a);
    size_t sentences = 0, marks = 0;
    for (const nlohmann::json& paragraph : mirror)
        for (const nlohmann::json& sentence : paragraph) {
            std::string joined;
            for (const nlohmann::json& run : sentence["runs"]) {
                joined += run["text"].get<std::string>();
                if (run.contains("mark")) {
                    ++marks;
                    EXPECT_FALSE(run["note"].get<std::string>().empty()) << run.dump();
                }
            }
            const storylens::Sentence& s = a.document.sentences[sentence["id"].get<size_t>()];
            EXPECT_EQ(joined, std::string(s.span.of(a.source.text)));
            ++sentences;
        }
    EXPECT_EQ(sentences, a.document.sentences.size());
    EXPECT_GE(marks, a.timexes.size());
}

TEST(Reader, UnicodeTypedRightAfterCtrlFReachesTheSearchBox) {
    Headless ui;
    App app;
    load_seed(app);
    ui.frame(app);
    app.focus_search();
    EXPECT_TRUE(app.wants_text());
    ImGui::GetIO().AddInputCharactersUTF8("M\xC4\x81ori");  // "Māori": ā is not ASCII
    ui.frame(app);
    ui.frame(app);
    ui.frame(app);
    EXPECT_EQ(ui_state(app)["search"]["query"], "M\xC4\x81ori");
}

// WCAG relative luminance and contrast ratio.
double luminance(ImVec4 c) {
    const auto channel = [](float v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}
double contrast(ImVec4 a, ImVec4 b) {
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
ImVec4 over(ImVec4 top, ImVec4 below) {  // alpha blending
    const float a = top.w;
    return ImVec4(top.x * a + below.x * (1 - a), top.y * a + below.y * (1 - a), top.z * a + below.z * (1 - a), 1);
}

TEST(Reader, LightThemeTextAndBadgesHaveAtLeastFourAndAHalfToOneContrast) {
    Headless ui;
    App app;
    app.set_theme("light");
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 window = style.Colors[ImGuiCol_WindowBg];
    const std::pair<const char*, ImVec4> backgrounds[] = {
        {"window", window},
        {"frame", over(style.Colors[ImGuiCol_FrameBg], window)},
        {"table row", over(style.Colors[ImGuiCol_TableRowBgAlt], window)},
    };
    const storylens::ui::Palette& p = storylens::ui::palette();
    const std::pair<const char*, unsigned> colours[] = {
        {"time", p.timex},     {"entity", p.entity}, {"source", p.source},     {"cue", p.cue},
        {"claim", p.quote},    {"direct", p.direct}, {"indirect", p.indirect}, {"mixed", p.mixed},
        {"disputed", p.disputed}, {"error", p.error}, {"warning", p.warning},
    };
    for (const auto& [bg_name, bg] : backgrounds) {
        for (const auto& [name, colour] : colours)
            EXPECT_GE(contrast(ImGui::ColorConvertU32ToFloat4(colour), bg), 4.5) << name << " on " << bg_name;
        EXPECT_GE(contrast(style.Colors[ImGuiCol_Text], bg), 4.5) << "text on " << bg_name;
        EXPECT_GE(contrast(style.Colors[ImGuiCol_TextDisabled], bg), 4.5) << "dim text on " << bg_name;
    }
}

}  // namespace

TEST(Reader, TheMirrorOfALongArticleStopsAtItsCapAndSaysWhereTheRestIs) {
    const std::string seed = storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt"));
    std::string text;
    while (text.size() < 2 * storylens::ui::kMirrorMaxBytes) text += seed + "\n\n";
    App app;
    storylens::AnalyzeOptions options;
    options.dct = "2025-04-05";
    ASSERT_TRUE(app.load(text, options, "long.txt"));
    const nlohmann::json mirror = storylens::ui::article_mirror_json(app.analysis());
    size_t bytes = 0, sentences = 0;
    for (const nlohmann::json& paragraph : mirror)
        for (const nlohmann::json& sentence : paragraph) {
            ++sentences;
            for (const nlohmann::json& run : sentence["runs"]) bytes += run["text"].get<std::string>().size();
        }
    EXPECT_LT(sentences, app.analysis().document.sentences.size());
    EXPECT_LT(bytes, storylens::ui::kMirrorMaxBytes + seed.size());
    const nlohmann::json& last = mirror.back().back();
    EXPECT_EQ(last["id"].get<int>(), -1);
    EXPECT_NE(last["runs"][0]["text"].get<std::string>().find("rest of this long article"), std::string::npos);
}
