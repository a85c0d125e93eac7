// main_web.cpp — the browser host: Emscripten's GLFW + WebGL2, the main loop, and the functions the page's
// JavaScript calls (load a document, read state, resize, fragment, theme, views, export).
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLFW/glfw3.h>
#include <GLES3/gl3.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>

#include "app/app.hpp"
#include "app/check_state.hpp"
#include "host/c_api_options.hpp"
#include "host/frame_clock.hpp"
#include "host/input_queue.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "storylens/snapshot.hpp"

// The UI font, subset at build time (web/CMakeLists.txt) and linked in as data by scripts/embed_bytes.py.
extern const unsigned char kUiFont[];
extern const unsigned long kUiFont_size;

namespace {

struct Host {
    GLFWwindow* window = nullptr;
    storylens::ui::App app;
    storylens::host::FrameClock clock;
    // Presses, releases and keys one a frame: none is lost in a slow frame (host/input_queue.hpp).
    storylens::host::InputQueue input{{{GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL},
                                       {GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT},
                                       {GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT},
                                       {GLFW_KEY_LEFT_SUPER, GLFW_KEY_RIGHT_SUPER}}};
    float pixel_ratio = 1.0f;
    int framebuffer_width = 1280;  // canvas backing store, in device pixels
    int framebuffer_height = 800;
    std::string scratch;  // keeps returned strings alive until the next call
    // A finger, as the page measured it (Emscripten's GLFW ignores where a touch lands): one step a frame, so ImGui
    // sees the widget hovered on one frame and pressed on the next and one tap activates it.
    struct PointerStep {
        float x = 0, y = 0;  // framebuffer pixels
        bool down = false;
    };
    std::deque<PointerStep> touch_steps;
    PointerStep touch;
    bool touch_holds = false;  // the pointer stays where the finger left it until the mouse moves
};

Host* g_host = nullptr;  // the one host of this page; Emscripten callbacks carry no user pointer here

// After the backend read GLFW's pointer: the next touch step, or the finger's last place, wins.
void apply_touch(Host& h) {
    if (!h.touch_steps.empty()) {
        h.touch = h.touch_steps.front();
        h.touch_steps.pop_front();
        h.touch_holds = true;
    }
    if (!h.touch_holds) return;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(h.touch.x, h.touch.y);
    io.MouseDown[0] = h.touch.down;
}

// The page turns the bytes into a download (Blob + a temporary <a download>); copied out of the heap first.
EM_JS(void, offer_download, (const char* file_name, const char* mime, const char* bytes, int length), {
    if (Module.onExport) Module.onExport(UTF8ToString(file_name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + length));
});

// The app asks for re-analysis `job` (a new publication date): the page carries it to the worker core and answers
// with the job's number through storylens_show_reanalysis_snapshot or storylens_fail_reanalysis, whatever became of
// the page meanwhile (the app decides whether the answer still counts); 0 when the page has no core to ask.
EM_JS(int, offer_reanalysis, (unsigned job, const char* bytes, int length, const char* dct, const char* format), {
    if (!Module.onReanalyse) return 0;
    return Module.onReanalyse(job >>> 0, HEAPU8.slice(bytes, bytes + length), UTF8ToString(dct),
                              UTF8ToString(format)) ? 1 : 0;
});

// The Story tab's "Add article…": the page opens its file picker and adds what is picked to the story.
EM_JS(void, request_add_article, (), {
    if (Module.onAddArticle) Module.onAddArticle();
});

// The Open button: the page clicks its file input (still within the click's user activation).
EM_JS(void, offer_open_file, (), {
    if (Module.onOpenFile) Module.onOpenFile();
});

// An article's corrections (the Check view) in localStorage under the hash of its text, so a reload, or the same
// text opened under another name, gets them back. A browser that refuses storage (private mode) keeps none.
EM_JS(char*, stored_corrections, (const char* text_hash), {
    try {
        const kept = localStorage.getItem('storylens.corrections.' + UTF8ToString(text_hash));
        if (!kept) return 0;
        const size = lengthBytesUTF8(kept) + 1;
        const copy = _malloc(size);
        stringToUTF8(kept, copy, size);
        return copy;
    } catch (e) { return 0; }
});
EM_JS(void, store_corrections, (const char* text_hash, const char* json), {
    try { localStorage.setItem('storylens.corrections.' + UTF8ToString(text_hash), UTF8ToString(json)); } catch (e) {}
});

storylens::ui::CorrectionsStore local_storage_corrections() {
    return {[](const std::string&, const std::string& text_hash) {
                char* kept = stored_corrections(text_hash.c_str());
                std::string json = kept ? kept : "";
                free(kept);
                return json;
            },
            [](const std::string&, const std::string& text_hash, const std::string& json) {
                store_corrections(text_hash.c_str(), json.c_str());
            }};
}

void wake_on_input(GLFWwindow*, double, double) { g_host->clock.wake(); }
void wake_on_mouse_move(GLFWwindow*, double x, double y) {
    g_host->touch_holds = false;  // a mouse again: GLFW's pointer counts
    g_host->input.pointer_moved(static_cast<float>(x), static_cast<float>(y));
    g_host->clock.wake();
}
// GLFW's pointer at this moment: where a press or a key happened, not where the pointer is when the frame comes.
ImVec2 pointer_now(GLFWwindow* window) {
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    return ImVec2(static_cast<float>(x), static_cast<float>(y));
}
void wake_on_button(GLFWwindow* window, int button, int action, int) {
    const ImVec2 at = pointer_now(window);
    if (action == GLFW_PRESS || action == GLFW_RELEASE) g_host->input.button(at.x, at.y, button, action == GLFW_PRESS);
    g_host->clock.wake();
}
void wake_on_key(GLFWwindow* window, int key, int, int action, int) {
    const ImVec2 at = pointer_now(window);
    if (action == GLFW_PRESS || action == GLFW_RELEASE) g_host->input.key(key, action == GLFW_PRESS, at.x, at.y);
    g_host->clock.wake();
}
// Replaces the backend's character callback (which typed at once): characters keep their place among the keys.
void queue_char(GLFWwindow*, unsigned int codepoint) {
    g_host->input.text(codepoint, ImGui::GetIO());
    g_host->clock.wake();
}

void apply_pixel_ratio(float ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.OversampleH = 2;
    static const ImWchar ranges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F,
                                     0x20A0, 0x20CF, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    config.FontDataOwnedByAtlas = false;  // the font is the program's data (ui_font_data.cpp), never freed
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(kUiFont), static_cast<int>(kUiFont_size),
                                   std::round(15.0f * ratio), &config, ranges);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGuiStyle fresh;
    ImGui::GetStyle() = fresh;
    g_host->app.set_theme(g_host->app.theme());  // re-applies the theme colours to the fresh style
    ImGui::GetStyle().ScaleAllSizes(ratio);
}

void frame() {
    Host& h = *g_host;
    if (!h.clock.should_draw(h.app.animating() || !h.touch_steps.empty() || !h.input.empty())) return;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The canvas backing store is in device pixels and GLFW reports the mouse in the same units.
    ImGuiIO& io = ImGui::GetIO();
    h.input.apply(io);
    apply_touch(h);
    io.DisplaySize = ImVec2(static_cast<float>(h.framebuffer_width), static_cast<float>(h.framebuffer_height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    ImGui::NewFrame();
    h.app.draw();
    ImGui::Render();
    glViewport(0, 0, h.framebuffer_width, h.framebuffer_height);
    glClearColor(0.08f, 0.08f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    EM_ASM({ if (Module.onFrameDrawn) Module.onFrameDrawn(); });
}

}  // namespace

extern "C" {

// The page's first step with a document (the analysis is the worker core's, analysis-client.js): 1 when `bytes`
// were a corrections file, laid over the article on screen, with nothing to analyse; 0 when the viewer now shows
// "Reading NAME…" and the start of the text until storylens_show_snapshot brings the analysis.
EMSCRIPTEN_KEEPALIVE int storylens_begin_reading(const char* bytes, int length, const char* name) {
    const bool corrections = g_host->app.begin_reading(std::string_view(bytes, static_cast<size_t>(length)),
                                                       storylens::host::text_from_c(name));
    g_host->clock.wake();
    return corrections ? 1 : 0;
}

// Shows the analysis the worker core made of `bytes` (a snapshot, storylens/snapshot.hpp), after
// storylens_begin_reading; the bytes are kept so a new publication date can re-analyse them. 1 on success; on failure (an
// unusable input, a damaged snapshot) the previous document stays and the app shows why.
EMSCRIPTEN_KEEPALIVE int storylens_show_snapshot(const char* snapshot, int snapshot_length, const char* bytes,
                                                 int length, const char* name, const char* dct, const char* format) {
    storylens::Result<storylens::Analysis> read =
        storylens::read_snapshot(std::string_view(snapshot, static_cast<size_t>(snapshot_length)));
    bool ok = false;
    if (read.ok()) {
        ok = g_host->app.show(std::move(read.value), storylens::host::text_from_c(name),
                              std::string(bytes, static_cast<size_t>(length)),
                              storylens::host::options_from_c(dct, format));
    } else {
        storylens::Analysis unusable;  // carries the reader's diagnostics, so the app says why
        unusable.diagnostics = std::move(read.diagnostics);
        g_host->app.show(std::move(unusable), storylens::host::text_from_c(name));
    }
    g_host->clock.wake();
    return ok ? 1 : 0;
}

// A story (several articles in one view, docs/embed.md "loadStory"): storylens_story_clear starts collecting, each
// storylens_story_add_snapshot adds an article the worker core analysed, storylens_story_show links them and shows
// the Story tab, or with `extend` adds them to the story on screen. When nothing usable was added, what is on
// screen stays. The add returns 1 when the article is usable; `outlet` "" lets the URL's host name it.
EMSCRIPTEN_KEEPALIVE void storylens_story_clear() { g_host->app.discard_pending_story(); }

EMSCRIPTEN_KEEPALIVE int storylens_story_add_snapshot(const char* snapshot, int snapshot_length, const char* name,
                                                      const char* outlet) {
    storylens::Result<storylens::Analysis> read =
        storylens::read_snapshot(std::string_view(snapshot, static_cast<size_t>(snapshot_length)));
    if (!read.ok()) {
        g_host->app.report("could not add " + storylens::host::text_from_c(name) + " to the story: " +
                           (read.diagnostics.empty() ? "damaged result" : read.diagnostics.front().message));
        return 0;
    }
    return g_host->app.add_story_article(std::move(read.value), storylens::host::text_from_c(name),
                                         storylens::host::text_from_c(outlet), "")
               ? 1
               : 0;
}

EMSCRIPTEN_KEEPALIVE int storylens_story_show(int extend) {
    const bool ok = g_host->app.show_story(extend != 0);
    g_host->clock.wake();
    return ok ? 1 : 0;
}

// Opens story article `article` (its index in the story) at `sentence` (< 0: its top). 0 when there is no such
// article.
EMSCRIPTEN_KEEPALIVE int storylens_story_open(int article, int sentence) {
    const bool ok = g_host->app.open_story_article(article, sentence);
    g_host->clock.wake();
    return ok ? 1 : 0;
}

// The worker's answer to offer_reanalysis's job `job`.
EMSCRIPTEN_KEEPALIVE void storylens_show_reanalysis_snapshot(unsigned job, const char* snapshot, int snapshot_length) {
    storylens::Result<storylens::Analysis> read =
        storylens::read_snapshot(std::string_view(snapshot, static_cast<size_t>(snapshot_length)));
    if (read.ok()) g_host->app.show_reanalysis(job, std::move(read.value));
    else g_host->app.fail_reanalysis(job, read.diagnostics.empty() ? "damaged result" : read.diagnostics.front().message);
    g_host->clock.wake();
}

EMSCRIPTEN_KEEPALIVE void storylens_fail_reanalysis(unsigned job, const char* message) {
    g_host->app.fail_reanalysis(job, message ? storylens::host::text_from_c(message) : "the analysis stopped");
    g_host->clock.wake();
}

// As if typed in the status line: re-analyses the document as published on `dct`. 0 for a bad date (shown).
EMSCRIPTEN_KEEPALIVE int storylens_set_publication_date(const char* dct) {
    const bool ok = g_host->app.set_publication_date(dct ? dct : "");
    g_host->clock.wake();
    return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* storylens_state() {
    g_host->scratch = g_host->app.state_json();
    return g_host->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* storylens_outline() {
    g_host->scratch = g_host->app.outline_json();
    return g_host->scratch.c_str();
}

// Changes whenever a different analysis is on screen (see App::generation); cheap enough to ask every frame.
EMSCRIPTEN_KEEPALIVE double storylens_generation() { return static_cast<double>(g_host->app.generation()); }

EMSCRIPTEN_KEEPALIVE const char* storylens_fragment() {
    g_host->scratch = g_host->app.fragment();
    return g_host->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE void storylens_set_fragment(const char* fragment) {
    g_host->app.apply_fragment(fragment ? fragment : "");
    g_host->clock.wake();
}

// The page's guard: an error it caught (or a note about the input) shown in the status line.
EMSCRIPTEN_KEEPALIVE void storylens_report(const char* message) {
    g_host->app.report(storylens::host::text_from_c(message));
    g_host->clock.wake();
}

EMSCRIPTEN_KEEPALIVE void storylens_set_theme(const char* theme) {
    g_host->app.set_theme(theme ? theme : "dark");
    g_host->clock.wake();
}

// The page measures the CSS size and the device pixel ratio; the canvas backing store gets device pixels so
// text stays crisp, and the UI scales with the ratio.
EMSCRIPTEN_KEEPALIVE void storylens_resize(int css_width, int css_height, double ratio) {
    Host& h = *g_host;
    const float r = ratio > 0.5 ? static_cast<float>(ratio) : 1.0f;
    // Not glfwSetWindowSize: Emscripten's GLFW asks for fullscreen when the size equals the screen's.
    h.framebuffer_width = static_cast<int>(css_width * r);
    h.framebuffer_height = static_cast<int>(css_height * r);
    emscripten_set_canvas_element_size("#canvas", h.framebuffer_width, h.framebuffer_height);
    emscripten_set_element_css_size("#canvas", css_width, css_height);
    if (std::fabs(r - h.pixel_ratio) > 0.01f) {
        h.pixel_ratio = r;
        apply_pixel_ratio(r);
    }
    h.clock.wake();
}

EMSCRIPTEN_KEEPALIVE void storylens_focus_search() {
    g_host->app.focus_search();
    g_host->clock.wake();
}

EMSCRIPTEN_KEEPALIVE void storylens_wake() { g_host->clock.wake(); }

// A wheel turn normalised by the page (storylens-input.js) to notches, positive up and left as ImGui counts them.
// Emscripten 3.1.6's GLFW would pass the browser's raw deltas (100 pixels a notch, sign unflipped); the page stops
// the event before it gets there.
EMSCRIPTEN_KEEPALIVE void storylens_wheel(double notches_x, double notches_y) {
    ImGuiIO& io = ImGui::GetIO();
    if (std::isfinite(notches_x)) io.MouseWheelH += static_cast<float>(notches_x);
    if (std::isfinite(notches_y)) io.MouseWheel += static_cast<float>(notches_y);
    g_host->clock.wake();
}

// Text the page took from the DOM (a paste into the search box, a character no key event carried: an IME, a
// compose key, a phone's keyboard) typed into the active text field.
EMSCRIPTEN_KEEPALIVE void storylens_type(const char* utf8) {
    if (!utf8) return;
    const char* end = utf8 + std::strlen(utf8);
    for (const char* at = utf8; at < end;) {
        unsigned int codepoint = 0;
        const int used = ImTextCharFromUtf8(&codepoint, at, end);
        if (used <= 0) break;
        at += used;
        g_host->input.text(codepoint, ImGui::GetIO());
    }
    g_host->clock.wake();
}

// 1 while a text field of the viewer has the keyboard: the page sends pastes and DOM text there.
EMSCRIPTEN_KEEPALIVE int storylens_wants_text() { return g_host->app.wants_text() ? 1 : 0; }

// A finger down, moved or lifted at CSS pixels (x, y) of the canvas. A press first moves the pointer there unpressed.
EMSCRIPTEN_KEEPALIVE void storylens_touch(double css_x, double css_y, int down) {
    Host& h = *g_host;
    const Host::PointerStep step{static_cast<float>(css_x * h.pixel_ratio), static_cast<float>(css_y * h.pixel_ratio), down != 0};
    const Host::PointerStep& last = h.touch_steps.empty() ? h.touch : h.touch_steps.back();
    const bool was_down = (h.touch_holds || !h.touch_steps.empty()) && last.down;
    if (step.down && !was_down) h.touch_steps.push_back({step.x, step.y, false});
    if (step.down && was_down && h.touch_steps.size() > 1) h.touch_steps.back() = step;  // moves coalesce
    else h.touch_steps.push_back(step);
    h.clock.wake(4);
}

// A touch pinch measured by the page (storylens-input.js): factor < 1 zooms the timeline in around `css_x`, in CSS
// pixels from the canvas's left edge.
EMSCRIPTEN_KEEPALIVE void storylens_zoom_timeline(double factor, double css_x) {
    g_host->app.zoom_timeline(static_cast<float>(factor), static_cast<float>(css_x * g_host->pixel_ratio));
    g_host->clock.wake();
}

// "timeline,claims": the view tabs an embed shows.
EMSCRIPTEN_KEEPALIVE void storylens_set_views(const char* views) {
    g_host->app.set_views(views ? views : "");
    g_host->clock.wake();
}

// Exports the current analysis as the Export menu does (the page gets Module.onExport). 0: unknown format.
EMSCRIPTEN_KEEPALIVE int storylens_export(const char* format) {
    return g_host->app.export_as(format ? format : "") ? 1 : 0;
}

}  // extern "C"

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    static Host host;
    g_host = &host;
    host.app.set_corrections_store(local_storage_corrections());
    host.app.set_export_handler([](const storylens::ExportFormat& format, const std::string& file_name,
                                   const std::string& bytes) {
        offer_download(file_name.c_str(), format.mime, bytes.data(), static_cast<int>(bytes.size()));
    });
    // an embed's host adds articles itself: its page sets no onAddArticle, and the button stays hidden
    if (EM_ASM_INT({ return Module.onAddArticle ? 1 : 0; })) host.app.set_add_article_handler([] { request_add_article(); });
    if (EM_ASM_INT({ return Module.onOpenFile ? 1 : 0; })) host.app.set_open_handler([] { offer_open_file(); });
    host.app.set_analyzer([](uint32_t job, const std::string& bytes, const storylens::AnalyzeOptions& options) {
        return offer_reanalysis(job, bytes.data(), static_cast<int>(bytes.size()), options.dct.c_str(),
                                storylens::format_name(options.format)) != 0;
    });
    host.window = glfwCreateWindow(1280, 800, "Storylens", nullptr, nullptr);
    if (!host.window) return 1;
    glfwMakeContextCurrent(host.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // no local storage of window positions
    // Our wake callbacks go in first; ImGui's backend chains to them. Characters are ours alone (queue_char).
    glfwSetCursorPosCallback(host.window, wake_on_mouse_move);
    glfwSetScrollCallback(host.window, wake_on_input);
    glfwSetMouseButtonCallback(host.window, wake_on_button);
    glfwSetKeyCallback(host.window, wake_on_key);
    ImGui_ImplGlfw_InitForOpenGL(host.window, true);
    glfwSetCharCallback(host.window, queue_char);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    apply_pixel_ratio(1.0f);

    EM_ASM({ if (Module.onHostReady) Module.onHostReady(); });
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
