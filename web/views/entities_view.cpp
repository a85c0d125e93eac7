// entities_view.cpp — people, organizations, places and groups with mention counts; selecting one filters
// the timeline and the claims to it.
#include <imgui.h>

#include "views/views.hpp"

namespace storylens::ui {

void draw_entities(AppState& s) {
    const Analysis& a = s.analysis;
    if (s.entity_filter >= 0 && ImGui::SmallButton("Clear filter")) s.entity_filter = -1;
    static const char* icons[] = {"[P]", "[O]", "[L]", "[G]"};  // person, organization, place, group
    for (const Entity& e : a.entities) {
        ImGui::PushID(static_cast<int>(e.id));
        const bool selected = s.entity_filter == static_cast<int>(e.id);
        char label[256];
        std::snprintf(label, sizeof label, "%s %s  (%zu)", icons[static_cast<int>(e.type)], e.name.c_str(),
                      e.mentions.size());
        if (ImGui::Selectable(label, selected)) {
            s.entity_filter = selected ? -1 : static_cast<int>(e.id);
            select(s, "entity", static_cast<int>(e.id), static_cast<int>(e.mentions.front().sentence));
        }
        if (ImGui::IsItemHovered()) {
            std::string tip = std::string(entity_type_name(e.type));
            if (!e.role.empty()) tip += ", " + e.role;
            for (const std::string& alias : e.aliases) tip += "\nalso: " + alias;
            ImGui::SetTooltip("%s", tip.c_str());
        }
        ImGui::PopID();
    }
}

}  // namespace storylens::ui
