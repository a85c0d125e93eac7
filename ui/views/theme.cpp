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
        // every text colour at least 4.5:1 against the light window, frame and table-row backgrounds (WCAG AA),
        // checked by tests/ui/theme_contrast_test.cpp
        ImGui::GetStyle().Colors[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.36f, 0.36f, 1);
        g_palette = {IM_COL32(0, 90, 170, 255),   IM_COL32(130, 40, 150, 255), IM_COL32(150, 70, 0, 255),
                     IM_COL32(170, 20, 60, 255),  IM_COL32(15, 105, 45, 255),  IM_COL32(255, 220, 90, 160),
                     IM_COL32(120, 170, 255, 90), IM_COL32(15, 105, 45, 255),  IM_COL32(40, 80, 160, 255),
                     IM_COL32(135, 80, 0, 255),   IM_COL32(180, 40, 20, 255),  IM_COL32(180, 30, 30, 255),
                     IM_COL32(130, 80, 0, 255)};
    } else {
        ImGui::StyleColorsDark();
        g_palette = {IM_COL32(110, 190, 255, 255), IM_COL32(220, 150, 255, 255), IM_COL32(255, 180, 90, 255),
                     IM_COL32(255, 120, 140, 255), IM_COL32(140, 220, 150, 255), IM_COL32(200, 160, 20, 140),
                     IM_COL32(70, 110, 190, 110),  IM_COL32(90, 190, 115, 255),  IM_COL32(140, 165, 215, 255),
                     IM_COL32(215, 165, 65, 255),  IM_COL32(255, 115, 75, 255),  IM_COL32(255, 115, 115, 255),
                     IM_COL32(255, 205, 75, 255)};
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
