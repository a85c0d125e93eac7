// export_menu.cpp — the Export menu: lists storylens::export_formats() (name and extension); choosing one
// tells the app, which runs the formatter and hands the bytes to the host (a download in the browser).
#include "views/export_menu.hpp"

#include <imgui.h>

#include <cstdio>

namespace storylens::ui {

namespace {

ImVec2 centre_of_last_item() {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
}

}  // namespace

const ExportFormat* draw_export_menu(ExportMenu& menu) {
    menu.items.clear();
    if (!menu.offered) {
        menu.button_x = menu.button_y = -1;
        return nullptr;
    }
    const ExportFormat* chosen = nullptr;
    if (menu.touch ? ImGui::Button("Export") : ImGui::SmallButton("Export")) ImGui::OpenPopup("export formats");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Download the analysis in one of the export formats");
    const ImVec2 button = centre_of_last_item();
    menu.button_x = button.x;
    menu.button_y = button.y;
    if (ImGui::BeginPopup("export formats")) {
        for (const ExportFormat& format : export_formats()) {
            char label[96];
            std::snprintf(label, sizeof label, "%s  (.%s)", format.name, format.extension);
            ImGui::PushID(format.name);
            const float row = menu.touch ? ImGui::GetFrameHeight() : 0.0f;
            if (ImGui::Selectable(label, false, 0, ImVec2(0, row))) chosen = &format;
            const ImVec2 centre = centre_of_last_item();
            menu.items.push_back({format.name, centre.x, centre.y});
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    return chosen;
}

std::string export_file_name(std::string_view document_name, const ExportFormat& format) {
    // Only the last path component, and never an empty stem: the browser would otherwise pick a name.
    const size_t slash = document_name.find_last_of("/\\");
    std::string_view base = slash == std::string_view::npos ? document_name : document_name.substr(slash + 1);
    const size_t dot = base.rfind('.');
    if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
    std::string name = base.empty() ? std::string("storylens") : std::string(base);
    for (char& c : name)
        if (c == ' ' || static_cast<unsigned char>(c) < 32) c = '-';
    return name + "." + format.extension;
}

}  // namespace storylens::ui
