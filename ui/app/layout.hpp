// layout.hpp — the viewer's breakpoint and what changes below it. Under about 860 CSS pixels (a phone, a narrow
// embed) the article and the views share one tab bar instead of two panes, tables give up columns for wrapped
// lines, toolbars flow onto more lines, and every button, tab and row is at least 44 CSS pixels tall for a finger.
#pragma once
#include "app/app_state.hpp"

namespace storylens::ui {

struct StoryState;  // the open story (app/story_state.hpp)

// The breakpoint in ems of the UI font (15 CSS px in the browser): 57 em is about 860 CSS px at any pixel ratio.
constexpr float kNarrowWidthEm = 57.0f;
// A finger's target: 44 CSS px, in ems of the 15 px font.
constexpr float kTouchTargetEm = 44.0f / 15.0f;

bool is_narrow(float width_px, float font_px);

// The least height of a tappable row in pixels: a touch target in the narrow layout, 0 (the natural height) else.
float touch_row_height(const AppState& s);

// Before an item about `width` pixels wide: on the same line when it still fits, else on a new one.
void flow(float width);

// Frame padding that makes buttons, tabs, fields and checkboxes touch targets; pops itself.
class TouchSizes {
public:
    explicit TouchSizes(bool on);
    ~TouchSizes();
    TouchSizes(const TouchSizes&) = delete;
    TouchSizes& operator=(const TouchSizes&) = delete;

private:
    int pushed_ = 0;
};

// The tab bar of the views the host shows (`shown`: a bit per View); with_article adds the article as the first tab
// (the narrow layout). The tab follows s.view when something else chose it (a link, a click in another view).
// An open story (story->shown) adds its Story tab before the views.
void draw_view_tabs(AppState& s, unsigned shown, bool with_article, StoryState* story = nullptr);

}  // namespace storylens::ui
