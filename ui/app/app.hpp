// app.hpp — the Storylens viewer as one object the hosts (browser main, desktop main) drive each frame.
// Hosts own the platform (window, GL context, clipboard, files, URL); App owns the document, the views and
// their state. The views draw and emit commands (app/command.hpp); App::apply, after the frame is drawn, is the
// one place that changes the state. Nothing here knows whether it runs in a browser.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "app/command.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"

namespace storylens::ui {

struct AppState;    // views, selection, filters: private to the app
struct StoryState;  // the open story (app/story_state.hpp)
struct ExportMenu;  // the status bar's Export menu (views/export_menu.hpp)
struct CorrectionsStore;  // where the host keeps an article's corrections (app/check_state.hpp)

class App {
public:
    App();
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Analyses `bytes` inline and shows it; re-analyses run inline too unless the host set an analyzer. On an
    // unusable input the previous document stays and the message is shown. Returns false in that case. `name` is
    // what the status line calls the document. Only hosts that link the analysis have it (storylens::ui_inline:
    // the desktop, tests); the page's viewer shows what its worker core analysed (begin_reading, then show).
    bool load(std::string_view bytes, const AnalyzeOptions& options, std::string name);

    // A document the host is about to have analysed elsewhere: a corrections file goes over the article on screen
    // (true: nothing to analyse); anything else shows "Reading NAME…" and, while no article is on screen, the start
    // of its text, until show() puts the analysis up (false: analyse it).
    bool begin_reading(std::string_view bytes, std::string name);

    // Shows an analysis made elsewhere (tests, a host that analysed in a worker). False, with the reason shown and
    // the previous document kept, when it has an error or no text.
    bool show(Analysis analysis, std::string name);
    // The same for an analysis of `bytes` made with `options` elsewhere: the bytes are kept, so a new publication
    // date can re-analyse them.
    bool show(Analysis analysis, std::string name, std::string bytes, AnalyzeOptions options);

    // What typing a date in the status line does: re-analyses the document as published on `dct` (YYYY-MM-DD;
    // empty lets the article say). False, with the reason shown, for a bad date or a ready-made analysis.
    bool set_publication_date(std::string_view dct);

    // Where re-analyses run: the app alone decides when the document must be analysed again (a new publication
    // date typed in the status line) and whether an answer still counts; the analyzer only carries job `job` to
    // a core and answers with show_reanalysis, later (the page's worker core) or before it returns (inline).
    // Returning false refuses the job: the document stays, the reason shown.
    using Analyzer = std::function<bool(uint32_t job, const std::string& bytes, const AnalyzeOptions& options)>;
    void set_analyzer(Analyzer analyzer);
    bool has_analyzer() const;
    // The result of job `job`. It replaces the document as an inline re-analysis would: view, selection and
    // filters stay. An analysis with an error leaves the document as it was and shows why. The answer to a job
    // that is no longer the one awaited (another document opened, or is being read, since) changes nothing.
    void show_reanalysis(uint32_t job, Analysis analysis);
    // Ends re-analysis `job`, which the host could not finish (its worker failed), showing `message`.
    void fail_reanalysis(uint32_t job, std::string message);

    // Draws every view for one frame, then applies the commands they emitted; call between ImGui::NewFrame() and
    // ImGui::Render().
    void draw();

    // Carries out a command as the view that emits it would (a click, a key, a typed date). Hosts and tests may
    // apply one directly. False when it does nothing: an unknown item, a date that is not one (the reason shown),
    // a handler the host did not set.
    bool apply(const Command& command);
    // What the views emitted during the last draw(), in order (tests check that a click asks for the right thing).
    const CommandQueue& last_commands() const;

    // True while something animates (scrolling to a selection, a fade); the host keeps drawing frames.
    bool animating() const;

    // View state as a URL fragment ("sel=event:3&view=timeline&q=assad") and back, so a link reopens a view.
    std::string fragment() const;
    // Never fails: a malformed escape is kept as written and the status line says so.
    void apply_fragment(std::string_view fragment);

    // Shows `message` in the status line (the page's guard reports an error it caught this way).
    void report(std::string message);

    // A JSON snapshot for tests and the embed API: {"document":..., "selection":{"kind","id","sentence"},
    // "entity_filter":..., "search":{"query","results"}, "theme":..., "error":..., "commands":[names of what the last
    // frame's views emitted, command_name], ...}
    std::string state_json() const;

    // {"events":[{"id","date","text"}], "claims":[{"id","source","cue","content"}]} for the accessible outline.
    std::string outline_json() const;
    // Counts the analyses shown so far (a load, a new publication date): hosts compare it to know when what
    // they mirror (the accessible outline) is out of date.
    uint64_t generation() const;

    // Puts the keyboard in the search box (Ctrl+F). Hosts call it from their own key handling too, because a
    // press and release that land inside one frame never reach ImGui 1.86's key state.
    void focus_search();

    // True while typed text goes to the viewer: a text field is active, or Ctrl+F is about to activate the search
    // box. Hosts send text that no key event carried (a paste, an IME) then.
    bool wants_text() const;

    // A pinch from the host (touch screens): zooms the timeline by `factor` (< 1 zooms in) around framebuffer
    // x (< 0: the centre) on the next frame.
    void zoom_timeline(float factor, float x);

    void set_theme(std::string_view theme);  // "dark" | "light"
    const std::string& theme() const;
    const Analysis& analysis() const;

    // Which view tabs an embed shows ("timeline,claims"); an empty list or one naming no known view shows all.
    void set_views(std::string_view views);

    // Hosts that can save a file give the Export menu somewhere to put the bytes; without a handler the menu
    // is hidden. `file_name` is the document's name with the format's extension.
    using ExportHandler =
        std::function<void(const ExportFormat& format, const std::string& file_name, const std::string& bytes)>;
    void set_export_handler(ExportHandler handler);
    // Hosts that can open a file of the reader's (a file picker) get an Open button in the status bar.
    void set_open_handler(std::function<void()> handler);
    // Exports the current analysis as the menu would; false when the format is unknown or there is no handler.
    bool export_as(std::string_view format_name);

    // A story: several articles about one story (storylens/story.hpp) in one view. add_story_article collects
    // analysed articles, show_story links them and shows the Story tab (timeline with a lane per outlet, claims
    // by source, the article list) with the first article in the article pane; `extend` adds them to the story on
    // screen instead. A single document loaded or shown ends the story. `label` names the article (a file
    // name), `outlet` its publisher ("" lets the URL's host say), `published` YYYY-MM-DD ("" lets the analysis
    // say). add_story_article is false when the analysis is unusable (it is left out, the reason in the status
    // line); show_story is false when nothing usable was added, and then what is on screen stays.
    bool add_story_article(Analysis analysis, std::string label, std::string outlet, std::string published);
    bool show_story(bool extend = false);
    // Forgets the articles added and not shown yet (a new story starts being collected).
    void discard_pending_story();
    // The host's "Add article…" in the Story tab (its file picker); without one the button is hidden.
    void set_add_article_handler(std::function<void()> handler);
    // Opens story article `article` in the article pane at `sentence` (the Story tab's clicks do the same).
    bool open_story_article(int article, int sentence);

    // Corrections and verdicts (docs/corrections.md) made in the Check view: the host keeps them per article (the
    // browser's localStorage by the text's hash, the desktop's NAME.corrections.json) and gives them back when the
    // article is shown again. Set it before the first load.
    void set_corrections_store(CorrectionsStore store);
    // The article's corrections file as the Check view exports it.
    std::string corrections_json() const;
    // Lays a corrections file over the article on screen (replacing its corrections); false when `json` is not a
    // corrections file. App::load does the same when the bytes it is given are one.
    bool import_corrections(std::string_view json);

private:
    void draw_frame(AppState& s);  // the status bar and the panes or tabs, inside the one window
    void apply_queued();           // the frame's commands, in the order emitted (app/app_apply.cpp)

    std::unique_ptr<AppState> state_;
    std::unique_ptr<StoryState> story_;
    std::unique_ptr<ExportMenu> export_menu_;
    ExportHandler export_handler_;
    std::function<void()> open_handler_;
    unsigned shown_views_ = ~0u;  // bit per View
    CommandQueue last_commands_;
};

}  // namespace storylens::ui
