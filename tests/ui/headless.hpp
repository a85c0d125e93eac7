// headless.hpp — Dear ImGui with no platform or renderer backend, for tests that draw the viewer: a laptop-sized
// display, the default font, keys mapped to ASCII-ish codes, and frames, key presses and clicks fed by hand.
#pragma once
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "app/app.hpp"

namespace storylens::testing {

// One ImGui context per test (or benchmark), with the pointer outside the window until a test moves it.
class Headless {
public:
    explicit Headless(ImVec2 display = ImVec2(1280, 800)) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = display;
        io.DeltaTime = 1.0f / 60;
        io.MousePos = ImVec2(-1, -1);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->AddFontDefault();
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.KeyMap[ImGuiKey_Tab] = 9;
        io.KeyMap[ImGuiKey_Enter] = 13;
        io.KeyMap[ImGuiKey_Escape] = 27;
        io.KeyMap[ImGuiKey_LeftArrow] = 37;
        io.KeyMap[ImGuiKey_UpArrow] = 38;
        io.KeyMap[ImGuiKey_RightArrow] = 39;
        io.KeyMap[ImGuiKey_DownArrow] = 40;
    }
    ~Headless() { ImGui::DestroyContext(); }

    void frame(ui::App& app) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();
        io.MouseWheel = 0;
    }
    void key(ui::App& app, int code) {
        ImGui::GetIO().KeysDown[code] = true;
        frame(app);
        ImGui::GetIO().KeysDown[code] = false;
        frame(app);
    }
    void click(ui::App& app, float x, float y) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(x, y);
        frame(app);
        io.MouseDown[0] = true;
        frame(app);
        io.MouseDown[0] = false;
        frame(app);
    }
};

inline nlohmann::json ui_state(const ui::App& app) { return nlohmann::json::parse(app.state_json()); }

}  // namespace storylens::testing
