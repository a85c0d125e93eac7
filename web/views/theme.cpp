// theme.cpp — dark and light styles and the highlight palette.
#include <imgui.h>

#include "views/views.hpp"

namespace storylens::ui {

namespace {
Palette g_palette;
}

void apply_theme(const std::string& theme) {
    if (theme == "light") {
        ImGui::StyleColorsLight();
        g_palette = {IM_COL32(0, 110, 200, 255),  IM_COL32(150, 60, 170, 255), IM_COL32(190, 90, 0, 255),
                     IM_COL32(170, 20, 60, 255),  IM_COL32(20, 120, 60, 255),  IM_COL32(255, 220, 90, 160),
                     IM_COL32(120, 170, 255, 90)};
    } else {
        ImGui::StyleColorsDark();
        g_palette = {IM_COL32(110, 190, 255, 255), IM_COL32(220, 150, 255, 255), IM_COL32(255, 180, 90, 255),
                     IM_COL32(255, 120, 140, 255), IM_COL32(140, 220, 150, 255), IM_COL32(200, 160, 20, 140),
                     IM_COL32(70, 110, 190, 110)};
    }
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0;
    style.ChildRounding = 4;
    style.FrameRounding = 3;
}

const Palette& palette() {
    if (g_palette.timex == 0) apply_theme("dark");
    return g_palette;
}

}  // namespace storylens::ui
