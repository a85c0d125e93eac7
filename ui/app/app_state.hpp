// app_state.hpp — what the viewer remembers between frames: the document, the view, the selection, search,
// the timeline's visible range and the positions it drew (for tests and hit-testing), and the commands the views
// emitted this frame (app/command.hpp), which App::apply carries out once the frame is drawn.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/command.hpp"
#include "app/view_id.hpp"
#include "storylens/analysis.hpp"
#include "storylens/search_index.hpp"
#include "storylens/view_model.hpp"

namespace storylens::ui {


struct CheckState;  // the Check view, corrections and verdicts (app/check_state.hpp)

struct Selection {
    std::string kind;  // "" | "event" | "claim" | "entity" | "sentence"
    int id = -1;
    int sentence = -1;
};

struct SearchState {
    std::string query;              // the search that ran (App::apply of a Search command)
    std::string box;                // what the search box holds: typing there emits Search
    std::vector<uint32_t> matches;  // byte offsets of matches in the text
    int current = -1;               // index into matches that Enter moved to
    bool focus_request = false;
    bool capturing = false;  // from Ctrl+F until the box is active: typed characters are kept, not lost
    std::string pending;     // characters typed before the box became active
    SearchIndex index;       // of the analysis on screen, built by run_search when the generation changes
    uint64_t indexed_generation = ~uint64_t{0};
    SearchResults results;   // the last query's hits by kind (matches holds the text hits' starts)
};

struct TimelineItem {
    uint32_t event = 0;
    float x = 0, y = 0;  // centre of the item in framebuffer pixels, as last drawn
    float label_x0 = 0, label_y0 = 0, label_x1 = 0, label_y1 = 0;  // its label's box (empty: no label drawn)
};

struct TimelineRange {
    double first_day = 0, last_day = 0;  // visible range, days since 1970-01-01
    bool fitted = false;
};

// What the timeline computes once per document (and font size) rather than every frame.
struct TimelineCache {
    uint64_t generation = 0;
    float font_size = 0;
    view::TimelineIndex index;
    std::vector<std::string> labels;  // per event id: view::event_label, the gist or a fallback for none
    std::vector<float> label_widths;  // pixels per event id, padding included
    std::vector<bool> provisional;    // per event id: its date rests on a guessed publication date
    size_t provisional_count = 0;
};

// The article's words placed once per document, wrap width and font size; a frame draws only the visible ones.
struct ArticleWord {
    uint32_t start = 0, end = 0;  // bytes in the text
    float x = 0, y = 0, width = 0;
    uint32_t sentence = 0;
    uint8_t mark = 0;  // what the word is (time expression, entity, ...), see article_view.cpp
};

struct ArticleLayout {
    uint64_t generation = 0;
    float wrap = -1, font_size = 0;
    bool marks = true;
    std::vector<ArticleWord> words;  // in text order, so y never decreases
    std::vector<float> sentence_y;   // top of each sentence's first line
    float height = 0;
};

// A zoom asked for by the host (a touch pinch): applied by the timeline on its next frame.
struct PendingZoom {
    float factor = 1;  // < 1 zooms in
    float x = -1;      // framebuffer x to zoom around; < 0 = the centre
};

struct ClaimsTableState {
    char filter_box[128] = "";  // the text filter as typed (per app: two viewers do not share it)
    view::ClaimFilter filter;
    view::ClaimOrder order = view::ClaimOrder::BySource;
    uint64_t generation = 0;
    bool dirty = true;
    std::vector<view::ClaimRow> rows;
    float cue_width = 0;
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
    TimelineCache timeline_cache;
    ArticleLayout article_layout;
    bool article_marks_shown = true;  // the article's "Highlights" box (per app, not shared by two viewers)
    PendingZoom pending_zoom;
    view::LaneMode lanes = view::LaneMode::None;
    bool show_relations = true;  // relation arrows on the timeline
    ClaimsTableState claims_table;
    bool claims_scroll_to_selection = false;
    bool entities_scroll_to_selection = false;  // the claims table scrolls its selected row into view once
    uint64_t generation = 0;  // counts loaded documents: caches compare it
    bool narrow = false;          // the phone layout (app/layout.hpp), decided each frame from the width
    bool article_drawn = false;   // whether this frame drew the article (a tab of the narrow layout may hide it)
    float article_scroll_y = 0;   // the article's scroll position and line height last frame, for tests
    float article_line = 0;
    struct TabPlace {
        View view;
        float x, y;  // centre of the tab as last drawn, framebuffer pixels (tests tap it)
    };
    std::vector<TabPlace> tabs;
    int scroll_to_sentence = -1;  // the article scrolls there on its next frame
    int entity_filter = -1;       // an entity selected in the entities view filters timeline and claims
    std::string bytes;            // the loaded input, kept so a new DCT can re-analyse it
    AnalyzeOptions options;
    // Where every re-analysis goes (App::set_analyzer: the page's worker core, or inline in the desktop and tests);
    // while it works on a new date, `reanalysing` holds the options it was given and the date box waits.
    std::function<bool(uint32_t job, const std::string& bytes, const AnalyzeOptions& options)> analyzer;
    bool reanalysing = false;
    uint32_t reanalysis_job = 0;  // the job awaited while `reanalysing`: an answer to any other is stale
    AnalyzeOptions reanalysis_options;
    std::shared_ptr<CheckState> check;  // corrections laid over every analysis shown (replace_analysis)
    // The document the host is analysing (App::begin_reading) until an analysis is shown: its name, and the start
    // of its text, drawn while no other article is on screen.
    std::string reading_name;
    std::string reading_text;
    CommandQueue commands;  // emitted by the views this frame, applied by App::apply after drawing
};

// What a view does instead of changing the state itself: the app applies it after the frame (App::apply).
inline void emit(AppState& s, Command command) { s.commands.push_back(std::move(command)); }

// A publication date typed in the status line or given by a host: checked, then the document re-analysed with it.
// False (and the reason shown) for a date that is not YYYY-MM-DD or a document that cannot be re-analysed.
bool change_publication_date(AppState& s, const std::string& dct);
// Re-analyses the document with `options` (a new publication date) through the host's analyzer, the one place
// that decides where analyses run; without one, or when it refuses, the document stays and the reason is shown.
// An analysis with an error keeps the document and shows why.
void reanalyse(AppState& s, const AnalyzeOptions& options);
// Another document is coming (being read, or a story collected): a re-analysis of this one no longer counts, so its
// answer is stale, and the date box does not wait on it should the new document turn out unusable.
void abandon_reanalysis(AppState& s);
// Puts a finished re-analysis on screen or, when it failed, says why.
void accept_reanalysis(AppState& s, Analysis next, const AnalyzeOptions& options);

// The state changes behind the commands (App::apply calls them; views emit commands instead).
void select(AppState& s, const char* kind, int id, int sentence);
// Whether `analysis` has an item of `kind` ("sentence", "event", "claim", "entity") numbered `id`.
bool known_item(const Analysis& analysis, std::string_view kind, int id);

// Puts a new analysis of the same document on screen (a changed publication date): the views' caches and the
// timeline's range start over, the search runs again; view, selection kind and filters stay.
void replace_analysis(AppState& s, Analysis next);

// Keyboard walk through a view's items: Tab / Right / Down = +1, Shift+Tab / Left / Up = -1, else 0. Only while
// the views' window has focus and no text field is being edited.
int item_step_key();
bool open_key();  // Enter

void run_search(AppState& s);

}  // namespace storylens::ui
