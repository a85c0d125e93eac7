// layout.cpp — the narrow layout's pieces: the breakpoint, touch-sized frames, flowing toolbars, the one tab bar.
#include "app/layout.hpp"

#include <imgui.h>

#include <algorithm>

#include "app/check_state.hpp"
#include "app/story_state.hpp"
#include "views/views.hpp"

namespace storylens::ui {

bool is_narrow(float width_px, float font_px) { return font_px > 0 && width_px < font_px * kNarrowWidthEm; }

float touch_row_height(const AppState& s) { return s.narrow ? ImGui::GetFontSize() * kTouchTargetEm : 0.0f; }

void flow(float width) {
    ImGui::SameLine();
    const float room = ImGui::GetContentRegionAvail().x;
    if (width > room) ImGui::NewLine();
}

TouchSizes::TouchSizes(bool on) {
    if (!on) return;
    const float font = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad_y = std::max(style.FramePadding.y, (font * kTouchTargetEm - font) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(std::max(style.FramePadding.x, font * 0.6f), pad_y));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(style.CellPadding.x, std::max(style.CellPadding.y, font * 0.35f)));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(std::max(style.ItemSpacing.x, font * 0.5f), style.ItemSpacing.y));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, std::max(style.ScrollbarSize, font * 1.2f));
    pushed_ = 4;
}

TouchSizes::~TouchSizes() {
    if (pushed_) ImGui::PopStyleVar(pushed_);
}

void draw_view_tabs(AppState& s, unsigned shown, bool with_article, StoryState* story) {
    const auto is_shown = [&](View v) {
        return v == View::Article ? with_article : (shown & view_bit(v)) != 0;
    };
    s.tabs.clear();
    if (!ImGui::BeginTabBar("view tabs")) return;
    if (story) {
        story->tab_active = false;
        if (story->shown) {
            const ImGuiTabItemFlags flags = story->select_tab ? ImGuiTabItemFlags_SetSelected : 0;
            if (story->select_tab) s.tab_shown = s.view;  // no view tab asks for the bar in the same frame
            story->select_tab = false;
            if (ImGui::BeginTabItem("Story", nullptr, flags)) {
                story->tab_active = true;
                draw_story(s, *story);
                ImGui::EndTabItem();
            }
        }
    }
    // A view asked for by the fragment or a click elsewhere takes the tab bar; without such a request, the tab the
    // reader opens becomes the view (a ShowView command, applied after the frame).
    const bool requested = s.tab_shown != s.view;
    const View order[] = {View::Article, View::Timeline, View::Claims, View::Entities, View::Check};
    const char* labels[] = {"Article", "Timeline", "Claims", "Entities", "Check"};
    for (int i = 0; i < 5; ++i) {
        if (!is_shown(order[i])) continue;
        ImGuiTabItemFlags flags = 0;
        if (requested && s.view == order[i]) flags |= ImGuiTabItemFlags_SetSelected;
        const bool open = ImGui::BeginTabItem(labels[i], nullptr, flags);
        const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
        s.tabs.push_back({order[i], (lo.x + hi.x) / 2, (lo.y + hi.y) / 2});
        if (open) {
            // two panes: "article" names no tab, so the open tab stays and the article pane shows it anyway
            const bool follows = !requested || (!with_article && s.view == View::Article);
            if (follows && s.view != order[i]) emit(s, ShowView{order[i]});
            s.tab_shown = order[i];
            if (order[i] == View::Article) draw_article(s);
            if (order[i] == View::Timeline) draw_timeline(s);
            if (order[i] == View::Claims) draw_claims(s);
            if (order[i] == View::Entities) draw_entities(s);
            if (order[i] == View::Check) draw_check(s);
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
}

}  // namespace storylens::ui
