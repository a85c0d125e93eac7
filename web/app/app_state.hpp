// app_state.hpp — what the viewer remembers between frames: the document, the view, the selection, search,
// the timeline's visible range and the positions it drew (for tests and hit-testing).
#pragma once
#include <string>
#include <vector>

#include "storylens/analysis.hpp"

namespace storylens::ui {

enum class View { Article, Timeline, Claims, Entities };
const char* view_name(View view);

struct Selection {
    std::string kind;  // "" | "event" | "claim" | "entity" | "sentence"
    int id = -1;
    int sentence = -1;
};

struct SearchState {
    std::string query;
    std::vector<uint32_t> matches;  // byte offsets of matches in the text
    int current = -1;               // index into matches that Enter moved to
    bool focus_request = false;
    bool capturing = false;  // from Ctrl+F until the box is active: typed characters are kept, not lost
    std::string pending;     // characters typed before the box became active
};

struct TimelineItem {
    uint32_t event = 0;
    float x = 0, y = 0;  // centre of the item in framebuffer pixels, as last drawn
};

struct TimelineRange {
    double first_day = 0, last_day = 0;  // visible range, days since 1970-01-01
    bool fitted = false;
};

struct AppState {
    Analysis analysis;
    std::string name;
    std::string error;
    std::string dct_input;  // the editable publication date in the status line
    std::string theme = "dark";
    View view = View::Timeline;
    View tab_shown = View::Article;  // the tab drawn last frame
    Selection selection;
    SearchState search;
    std::vector<TimelineItem> timeline_items;
    TimelineRange range;
    int scroll_to_sentence = -1;  // the article scrolls there on its next frame
    int entity_filter = -1;       // an entity selected in the entities view filters timeline and claims
    std::string bytes;            // the loaded input, kept so a new DCT can re-analyse it
    AnalyzeOptions options;
};

void select(AppState& s, const char* kind, int id, int sentence);
void run_search(AppState& s);

}  // namespace storylens::ui
