// story_state.hpp — the open story (many articles about one story, storylens/story.hpp) as the viewer keeps it:
// the analysed articles, the story linked from them, which article is on screen, and the rows the Story tab drew
// (for tests and the embed API). The article pane shows one story article at a time; picking a story item puts
// its article there at its sentence.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "storylens/story.hpp"

namespace storylens::ui {

// One row or marker of the Story tab as last drawn: what it opens and where it sits (framebuffer pixels).
struct StoryItem {
    std::string kind;  // "article" | "event" | "claim"
    uint32_t id = 0;   // article index, story event id or story claim id
    float x = 0, y = 0;
};

struct StoryState {
    std::vector<StoryArticle> articles;  // the story on screen (`story` links them)
    std::vector<StoryArticle> pending;   // added since, waiting for App::show_story
    Story story;
    bool shown = false;                  // a story is on screen (the Story tab is there)
    std::vector<std::string> warnings;   // what analyze_story said (unusable articles)
    int current_article = -1;            // the story article in the article pane
    bool select_tab = false;             // the Story tab takes the tab bar on its next frame
    bool tab_active = false;             // the Story tab was the one drawn last frame
    std::vector<uint32_t> outlet_of_article;  // index into `outlets`, per article
    std::vector<std::string> outlets;    // distinct outlets in article order ("" = none given)
    std::vector<uint32_t> source_order;  // story source ids, most claims first (the claims part lists them so)
    bool merged_only = false;            // the timeline lists only events several articles report
    std::vector<StoryItem> items;        // rows and markers drawn last frame
    std::function<void()> add_article;   // the host's "Add article…" (opens its file picker); none: no button

    void clear() { *this = StoryState{std::move(add_article)}; }
    explicit StoryState(std::function<void()> add = {}) : add_article(std::move(add)) {}
};

// Links the articles added so far into a story and shows its first article. False (with the reason in s.error)
// when no article is usable.
bool build_story(AppState& s, StoryState& story);
// Puts story article `article` in the article pane and selects `kind`/`id` ("event", "claim", "entity",
// "sentence", or "" for none) at `sentence` there.
void open_story_article(AppState& s, StoryState& story, uint32_t article, const char* kind, int id, int sentence);

// The Story tab: article list, timeline with a lane per outlet, claims by source.
void draw_story(AppState& s, StoryState& story);

// {"articles", "events", "merged_events", "sources", "claims", "outlets", "current_article", "tab", "items",
//  "warnings"} for state_json.
std::string story_state_json(const StoryState& story);

}  // namespace storylens::ui
