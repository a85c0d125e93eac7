// app.cpp — PLACEHOLDER viewer: shows the article by paragraphs and sentences. The views issue replaces it.
#include "app/app.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

namespace storylens::ui {

struct AppState {
    Analysis analysis;
    std::string name;
    std::string error;
    std::string theme = "dark";
};

App::App() : state_(std::make_unique<AppState>()) {}
App::~App() = default;

bool App::load(std::string_view bytes, const AnalyzeOptions& options, std::string name) {
    Analysis next = analyze(bytes, options);
    if (has_error(next.diagnostics) || next.document.sentences.empty()) {
        state_->error = next.diagnostics.empty() ? "the input holds no text" : next.diagnostics.front().message;
        return false;
    }
    state_->analysis = std::move(next);
    state_->name = std::move(name);
    state_->error.clear();
    return true;
}

void App::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Article", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    ImGui::TextUnformatted(state_->name.c_str());
    if (!state_->error.empty()) ImGui::TextColored(ImVec4(1, 0.4f, 0.4f, 1), "%s", state_->error.c_str());
    ImGui::Separator();
    const Analysis& a = state_->analysis;
    for (const Paragraph& p : a.document.paragraphs) {
        for (const Sentence& s : a.document.sentences) {
            if (s.paragraph != p.id) continue;
            const std::string_view text = s.span.of(a.source.text);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(text.data(), text.data() + text.size());
            ImGui::PopTextWrapPos();
        }
        ImGui::Spacing();
    }
    ImGui::End();
}

bool App::animating() const { return false; }
std::string App::fragment() const { return {}; }
void App::apply_fragment(std::string_view) {}

std::string App::state_json() const {
    nlohmann::json j = {{"document", state_->name},
                        {"sentences", state_->analysis.document.sentences.size()},
                        {"error", state_->error},
                        {"theme", state_->theme}};
    return j.dump();
}

void App::set_theme(std::string_view theme) { state_->theme = std::string(theme); }
const std::string& App::theme() const { return state_->theme; }
std::string App::outline_json() const { return "{\"events\":[],\"claims\":[]}"; }
const Analysis& App::analysis() const { return state_->analysis; }

}  // namespace storylens::ui
