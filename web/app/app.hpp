// app.hpp — the Storylens viewer as one object the hosts (browser main, desktop main) drive each frame.
// Hosts own the platform (window, GL context, clipboard, files, URL); App owns the document, the views and
// their state. Nothing here knows whether it runs in a browser.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "storylens/analysis.hpp"

namespace storylens::ui {

struct AppState;  // views, selection, filters: private to the app

class App {
public:
    App();
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Analyses `bytes` and shows it. On an unusable input the previous document stays and the message
    // is shown. Returns false in that case. `name` is what the status line calls the document.
    bool load(std::string_view bytes, const AnalyzeOptions& options, std::string name);

    // Draws every view for one frame; call between ImGui::NewFrame() and ImGui::Render().
    void draw();

    // True while something animates (scrolling to a selection, a fade); the host keeps drawing frames.
    bool animating() const;

    // View state as a URL fragment ("sel=event:3&view=timeline&q=assad") and back, so a link reopens a view.
    std::string fragment() const;
    void apply_fragment(std::string_view fragment);

    // A JSON snapshot for tests and the embed API: {"document":..., "selection":{"kind","id","sentence"},
    // "search":{"query","results"}, "theme":..., "error":...}
    std::string state_json() const;

    // {"events":[{"id","date","text"}], "claims":[{"id","source","cue","content"}]} for the accessible outline.
    std::string outline_json() const;

    // Puts the keyboard in the search box (Ctrl+F). Hosts call it from their own key handling too, because a
    // press and release that land inside one frame never reach ImGui 1.86's key state.
    void focus_search();

    void set_theme(std::string_view theme);  // "dark" | "light"
    const std::string& theme() const;
    const Analysis& analysis() const;

private:
    std::unique_ptr<AppState> state_;
};

}  // namespace storylens::ui
