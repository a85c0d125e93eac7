// keyboard.cpp — the keys every list-like view shares: Tab and the arrows walk the items, Enter opens one.
#include <imgui.h>

#include "app/app_state.hpp"

namespace storylens::ui {

namespace {

bool views_have_keyboard() {
    return ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::IsAnyItemActive() &&
           !ImGui::GetIO().WantTextInput;
}

bool pressed(ImGuiKey_ key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

}  // namespace

int item_step_key() {
    if (!views_have_keyboard()) return 0;
    const bool shift = ImGui::GetIO().KeyShift;
    if (pressed(ImGuiKey_Tab)) return shift ? -1 : 1;
    if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_DownArrow)) return 1;
    if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_UpArrow)) return -1;
    return 0;
}

bool open_key() {
    return views_have_keyboard() &&
           (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter));
}

}  // namespace storylens::ui
