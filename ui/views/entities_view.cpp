// entities_view.cpp — people, organizations, places and groups with mention counts; selecting one filters
// the timeline and the claims to it. Tab/arrows walk the list, Enter toggles the filter.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/layout.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

int first_sentence(const Entity& e) { return e.mentions.empty() ? -1 : static_cast<int>(e.mentions.front().sentence); }

void toggle_filter(AppState& s, const Entity& e) {
    const bool on = s.entity_filter == static_cast<int>(e.id);
    emit(s, FilterByEntity{on ? -1 : static_cast<int>(e.id)});
    emit(s, SelectItem{"entity", static_cast<int>(e.id), first_sentence(e)});
}

void handle_keys(AppState& s) {
    const std::vector<Entity>& entities = s.analysis.entities;
    if (entities.empty()) return;
    const int step = item_step_key();
    const int current = s.selection.kind == "entity" ? s.selection.id : -1;
    if (step != 0) {
        const int next = current < 0 ? (step > 0 ? 0 : static_cast<int>(entities.size()) - 1)
                                     : std::clamp(current + step, 0, static_cast<int>(entities.size()) - 1);
        emit(s, SelectItem{"entity", next, first_sentence(entities[next]), true});
    } else if (open_key() && current >= 0 && current < static_cast<int>(entities.size())) {
        toggle_filter(s, entities[current]);
    }
}

}  // namespace

void draw_entities(AppState& s) {
    const Analysis& a = s.analysis;
    if (s.entity_filter >= 0 && ImGui::SmallButton("Clear filter")) emit(s, FilterByEntity{-1});
    handle_keys(s);
    if (a.entities.empty()) {
        ImGui::TextDisabled("No people, organizations, places or groups found.");
        return;
    }
    static const char* icons[] = {"[P]", "[O]", "[L]", "[G]"};  // person, organization, place, group
    ImGui::BeginChild("entity list");
    if (s.entities_scroll_to_selection && s.selection.kind == "entity")
        ImGui::SetScrollY(static_cast<float>(s.selection.id) *
                        (std::max(ImGui::GetTextLineHeight(), touch_row_height(s)) + ImGui::GetStyle().ItemSpacing.y));
    s.entities_scroll_to_selection = false;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(a.entities.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Entity& e = a.entities[i];
            ImGui::PushID(i);
            const bool filtering = s.entity_filter == static_cast<int>(e.id);
            const bool selected = filtering || (s.selection.kind == "entity" && s.selection.id == i);
            char label[256];
            std::snprintf(label, sizeof label, "%s %s  (%zu)%s", icons[static_cast<int>(e.type)], e.name.c_str(),
                          e.mentions.size(), filtering ? "  - filtering" : "");
            if (ImGui::Selectable(label, selected, 0, ImVec2(0, touch_row_height(s)))) toggle_filter(s, e);
            if (ImGui::IsItemHovered()) {
                std::string tip = std::string(entity_type_name(e.type));
                if (!e.role.empty()) tip += ", " + e.role;
                for (const std::string& alias : e.aliases) tip += "\nalso: " + alias;
                ImGui::SetTooltip("%s", tip.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

}  // namespace storylens::ui
