// command.hpp — what a view asks the app to do. Views draw from AppState and emit commands; App::apply, the one
// owner, carries them out after the frame's drawing. So every view of a frame draws the same state, and a change
// that replaces the document (a story article opened, an inline re-analysis answered) never lands under a view
// that is still drawing the old one. What only one view reads (the timeline's zoom, the claims table's sort and text
// filter, the text of a field being typed) stays that view's own state and is not a command.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "app/view_id.hpp"
#include "storylens/corrections.hpp"
#include "storylens/view_model.hpp"

namespace storylens::ui {

// Selects an item ("event" | "claim" | "entity" | "sentence") and scrolls the article to `sentence` (< 0: stays).
// `reveal`: the claims or entities list also scrolls the item's row into view (the keyboard walked to it).
struct SelectItem {
    std::string kind;
    int id = -1;
    int sentence = -1;
    bool reveal = false;
};
struct ShowView {  // a tab the reader opened (the tab bar shows it at once; the fragment's view= follows)
    View view = View::Timeline;
};
struct ClearSelection {};  // Esc: no selection and no entity filter
// Shows only what `entity` takes part in on the timeline and in the claims (-1: everything again).
struct FilterByEntity {
    int entity = -1;
};
struct Search {  // runs `query` over the article, its entities, claims and events
    std::string query;
};
struct NextMatch {};  // Enter in the search box: selects the sentence of the next text match
// Re-analyses the document as published on `dct` (YYYY-MM-DD; empty lets the article say).
struct ChangePublicationDate {
    std::string dct;
};
struct SetLanes {
    view::LaneMode lanes = view::LaneMode::None;
};
struct SetTheme {
    std::string theme;  // "dark" | "light"
};
// Puts story article `article` in the article pane and selects `kind` / `id` there ("" selects nothing).
struct OpenStoryArticle {
    uint32_t article = 0;
    std::string kind;
    int id = -1;
    int sentence = -1;
};
struct ExportAs {  // hands the analysis in `format` ("json", "claimreview", ...) to the host's export handler
    std::string format;
};
struct OpenFile {};          // the host's file picker (an article, or a corrections file to import)
struct AddStoryArticle {};   // the host's file picker for one more article of the story
struct AddCorrection {       // the Check view: a correction or verdict laid over the analysis
    Correction correction;
};
struct RemoveCorrection {
    size_t index = 0;
};
struct ExportCorrections {};  // the article's corrections file to the host's download

using Command = std::variant<SelectItem, ShowView, ClearSelection, FilterByEntity, Search, NextMatch, ChangePublicationDate,
                             SetLanes, SetTheme, OpenStoryArticle, ExportAs, OpenFile, AddStoryArticle, AddCorrection,
                             RemoveCorrection, ExportCorrections>;

// The commands of one frame, in the order the views emitted them.
using CommandQueue = std::vector<Command>;

// "select", "filter", "search", ... (state_json lists the last frame's commands by these names).
const char* command_name(const Command& command);

}  // namespace storylens::ui
