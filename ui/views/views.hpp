// views.hpp — one function per view; each draws into the current ImGui window from AppState and emits what the
// reader asked for as commands (app/command.hpp, emit), which App::apply carries out after the frame.
#pragma once
#include <functional>

#include "app/app_state.hpp"

namespace storylens::ui {

struct ExportMenu;
// document, publication date (editable), search box, the Export menu, theme; `offer_open`: an Open button
void draw_status_bar(AppState& s, ExportMenu& export_menu, bool offer_open);
void draw_article(AppState& s);
void draw_timeline(AppState& s);
void draw_claims(AppState& s);
void draw_entities(AppState& s);
void apply_theme(const std::string& theme);

// Colors of highlighted spans, shared by the article legend and the views.
struct Palette {
    unsigned timex, entity, source, cue, quote, match, selected;
    unsigned direct, indirect, mixed, disputed;  // the claims table's kind badges
    unsigned error, warning;                     // the status line's messages
};
const Palette& palette();

}  // namespace storylens::ui
