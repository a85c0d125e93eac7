// story_link_test.cpp — a story item in the viewer's link: the fragment names the story article and the selected
// story event or claim, and a second viewer given the same story and that fragment opens the same item.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "app/app.hpp"
#include "headless.hpp"
#include "storylens/story.hpp"
#include "test_support.hpp"

namespace {

using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;

struct HarborArticle {
    const char* file;
    const char* outlet;
    const char* published;
};
// tests/story/manifest.tsv
const HarborArticle kHarbor[] = {{"harbor_ledger.txt", "The Ledger", "2024-11-14"},
                                 {"harbor_courier.txt", "The Courier", "2024-11-15"},
                                 {"harbor_wire.txt", "Wire", "2024-11-15"}};

std::string read_story_file(const char* name) {
    std::ifstream in(std::string(STORYLENS_SOURCE_DIR) + "/tests/story/" + name, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    return all.str();
}

void open_harbor(App& app) {
    for (const HarborArticle& a : kHarbor) {
        storylens::AnalyzeOptions options;
        options.dct = a.published;
        ASSERT_TRUE(app.add_story_article(storylens::analyze(read_story_file(a.file), options), a.file, a.outlet,
                                          a.published));
    }
    ASSERT_TRUE(app.show_story());
}

// The story event reported by the most articles, and its report in the last of them.
struct Pick {
    int event = -1, article = -1, local = -1;
};
Pick merged_event(const nlohmann::json& story_json) {
    Pick pick;
    size_t most = 1;
    for (const auto& e : story_json["events"])
        if (e["reports"].size() > most) {
            most = e["reports"].size();
            const auto& last = e["reports"].back();
            pick = {e["id"].get<int>(), last["article"].get<int>(), last["event"].get<int>()};
        }
    return pick;
}

TEST(StoryLink, TheSelectedStoryEventTravelsInTheFragment) {
    Headless ui;
    App app;
    open_harbor(app);
    ui.frame(app);
    ui.frame(app);
    EXPECT_NE(app.fragment().find("article=0"), std::string::npos) << app.fragment();

    // pick the merged event's report in a later article, as a click in the Story tab does
    std::vector<storylens::StoryArticle> articles;
    for (const HarborArticle& a : kHarbor) {
        storylens::AnalyzeOptions options;
        options.dct = a.published;
        storylens::StoryArticle article{storylens::analyze(read_story_file(a.file), options), a.file, a.outlet,
                                        a.published, "", ""};
        articles.push_back(std::move(article));
    }
    const Pick pick = merged_event(nlohmann::json::parse(storylens::to_story_json(storylens::analyze_story(articles).value)));
    ASSERT_GE(pick.event, 0) << "the harbor story has no merged event";
    ASSERT_TRUE(app.open_story_article(pick.article, -1));
    app.apply_fragment("sel=event:" + std::to_string(pick.local));
    ui.frame(app);
    const std::string link = app.fragment();
    EXPECT_NE(link.find("story=event:" + std::to_string(pick.event)), std::string::npos) << link;
    EXPECT_NE(link.find("article=" + std::to_string(pick.article)), std::string::npos) << link;

    // a second viewer opening the same story and the link lands on the same report
    App reopened;
    open_harbor(reopened);
    reopened.apply_fragment(link);
    ui.frame(reopened);
    const nlohmann::json state = ui_state(reopened);
    EXPECT_EQ(state["story"]["current_article"], pick.article);
    EXPECT_EQ(state["selection"]["kind"], "event");
    EXPECT_EQ(state["selection"]["id"], pick.local);
    EXPECT_EQ(reopened.fragment(), link);
}

TEST(StoryLink, TheFirstReportOpensWhenTheLinkedArticleHasNone) {
    Headless ui;
    App app;
    open_harbor(app);
    app.apply_fragment("story=claim:0&article=99");
    ui.frame(app);
    const nlohmann::json state = ui_state(app);
    EXPECT_EQ(state["selection"]["kind"], "claim");
    EXPECT_NE(app.fragment().find("story=claim:0"), std::string::npos) << app.fragment();
}

TEST(StoryLink, UnknownItemsAndNoStoryChangeNothing) {
    Headless ui;
    App app;
    open_harbor(app);
    ui.frame(app);
    const std::string before = app.fragment();
    app.apply_fragment("story=event:100000&article=x&story=entity:1");
    ui.frame(app);
    EXPECT_EQ(app.fragment(), before);

    App single;
    ASSERT_TRUE(single.load(read_story_file("harbor_wire.txt"), {}, "wire"));
    single.apply_fragment("story=event:0&article=1");
    ui.frame(single);
    EXPECT_EQ(single.fragment().find("story="), std::string::npos) << single.fragment();
    EXPECT_EQ(single.fragment().find("article="), std::string::npos) << single.fragment();
}

}  // namespace
