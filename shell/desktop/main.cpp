// main.cpp — storylens-desktop: the viewer in a native window (GLFW + OpenGL3), opening the file given on the
// command line. `--screenshot out.png --frames N` renders N frames, saves the window and exits (smoke tests).
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "storylens/analysis.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "corrections_sidecar.hpp"
#include "png_writer.hpp"

namespace {

struct Options {
    std::string file = STORYLENS_DEFAULT_ARTICLE;
    std::string dct;
    std::string screenshot;
    int frames = 10;
    std::string theme = "dark";
    std::string view;  // a URL fragment: "view=claims&lanes=source&sel=event:2"
};

const char* kUsage = "usage: storylens-desktop [FILE] [--dct YYYY-MM-DD] [--theme dark|light] [--view FRAGMENT] "
                     "[--screenshot OUT.png [--frames N]]\n"
                     "  FRAGMENT as in the web viewer's URL, e.g. view=claims or view=timeline&lanes=source\n"
                     "  Without --dct, FILE's sidecar NAME.meta.json {\"published\": \"YYYY-MM-DD\"} is read when present.\n";

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--dct" && has_value) o.dct = argv[++i];
        else if (a == "--screenshot" && has_value) o.screenshot = argv[++i];
        else if (a == "--frames" && has_value) o.frames = std::max(1, std::atoi(argv[++i]));
        else if (a == "--theme" && has_value) o.theme = argv[++i];
        else if (a == "--view" && has_value) o.view = argv[++i];
        else if (a == "-h" || a == "--help") { std::fputs(kUsage, stdout); std::exit(0); }
        else if (!a.empty() && a[0] == '-') { std::fprintf(stderr, "storylens-desktop: unknown option '%s'\n%s", a.c_str(), kUsage); return false; }
        else o.file = a;
    }
    return true;
}

// The web page's convention for plain-text articles: "seed.txt" may have "seed.meta.json" beside it holding
// the publication date, which plain text cannot carry.
std::string sidecar_published(const std::string& file) {
    const size_t dot = file.find_last_of('.');
    const size_t slash = file.find_last_of('/');
    const std::string stem = dot != std::string::npos && (slash == std::string::npos || dot > slash) ? file.substr(0, dot) : file;
    std::ifstream in(stem + ".meta.json", std::ios::binary);
    if (!in) return "";
    const nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
    if (!meta.is_object() || !meta.contains("published") || !meta["published"].is_string()) return "";
    const std::string published = meta["published"].get<std::string>();
    return storylens::is_valid_iso_date(published) ? published : "";
}

bool save_screenshot(GLFWwindow* window, const std::string& path) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    std::vector<uint8_t> pixels(static_cast<size_t>(w) * h * 4), flipped(pixels.size());
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (int y = 0; y < h; ++y)  // OpenGL's first row is the bottom one
        std::memcpy(&flipped[static_cast<size_t>(y) * w * 4], &pixels[static_cast<size_t>(h - 1 - y) * w * 4], w * 4);
    return storylens::desktop::write_png(path, w, h, flipped);
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse(argc, argv, options)) return 2;
    std::ifstream in(options.file, std::ios::binary);
    if (!in) { std::fprintf(stderr, "storylens-desktop: cannot open '%s'\n", options.file.c_str()); return 3; }
    std::ostringstream bytes;
    bytes << in.rdbuf();

    if (!glfwInit()) { std::fprintf(stderr, "storylens-desktop: no display (GLFW could not start)\n"); return 1; }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "Storylens", nullptr, nullptr);
    if (!window) { std::fprintf(stderr, "storylens-desktop: cannot open a window\n"); glfwTerminate(); return 1; }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    float xscale = 1.0f, yscale = 1.0f;
    glfwGetWindowContentScale(window, &xscale, &yscale);
    static const ImWchar ranges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F,
                                     0x20A0, 0x20CF, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    if (!io.Fonts->AddFontFromFileTTF(STORYLENS_DEFAULT_FONT, 15.0f * xscale, nullptr, ranges))
        io.Fonts->AddFontDefault();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    storylens::ui::App app;
    app.set_theme(options.theme);
    ImGui::GetStyle().ScaleAllSizes(xscale);
    storylens::AnalyzeOptions analyze_options;
    analyze_options.dct = options.dct.empty() ? sidecar_published(options.file) : options.dct;
    const std::string name = options.file.substr(options.file.find_last_of('/') + 1);
    app.set_corrections_store(storylens::desktop::corrections_sidecar(options.file));  // NAME.corrections.json
    if (!app.load(bytes.str(), analyze_options, name))
        std::fprintf(stderr, "storylens-desktop: %s could not be analysed; see the window\n", name.c_str());
    if (!options.view.empty()) app.apply_fragment(options.view);
    // The Export menu saves into the working directory, under the document's name and the format's extension.
    app.set_export_handler([](const storylens::ExportFormat&, const std::string& file_name, const std::string& bytes) {
        std::ofstream out(file_name, std::ios::binary);
        if (out && out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())))
            std::printf("storylens-desktop: exported %s\n", file_name.c_str());
        else
            std::fprintf(stderr, "storylens-desktop: could not write %s\n", file_name.c_str());
    });

    int frame = 0;
    while (!glfwWindowShouldClose(window)) {
        // Idle costs nothing: wait for input unless something animates or a screenshot is pending.
        if (options.screenshot.empty() && !app.animating()) glfwWaitEventsTimeout(0.5);
        else glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.08f, 0.08f, 0.1f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!options.screenshot.empty() && ++frame >= options.frames) {
            const bool saved = save_screenshot(window, options.screenshot);
            std::fprintf(saved ? stdout : stderr, "storylens-desktop: %s %s\n",
                         saved ? "saved" : "could not write", options.screenshot.c_str());
            glfwSwapBuffers(window);
            break;
        }
        glfwSwapBuffers(window);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
