// frame_bench.cpp — CPU time per frame of the timeline with ~10,000 events, drawn headless.
//   usage: frame_bench [-n FRAMES] [--events N] [--file ARTICLE]
// Builds a synthetic article of N dated sentences (default 10,000), analyses it, and draws frames with an
// ImGui context that has no platform or renderer backend (display size set, font atlas built, NewFrame/Render
// only), as tests/ui does. Times two things and prints one JSON line with the average and p95 ms per frame:
//   view   the timeline view alone (draw_timeline), zooming between the fitted range and a 30-day window so
//          the layout is recomputed every frame
//   app    the whole viewer frame (App::draw with the Timeline tab: status bar, article, timeline)
// Render() is included: it builds the draw lists a GPU backend would upload. scripts/bench.sh runs it.
// Also printed: the first frame after a load (first_frame_ms: the views build their caches then), which is
// what the page's main thread pays when a large article comes back from the worker. --file uses that article
// instead of the synthetic one.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/app_state.hpp"
#include "headless.hpp"
#include "storylens/calendar.hpp"
#include "test_support.hpp"
#include "views/views.hpp"

namespace {

using Clock = std::chrono::steady_clock;

const char* const kActors[] = {"The council", "Acme Inc.", "The health ministry", "Amira Haddad", "The court",
                               "Rebel forces", "The central bank", "Local officials", "The union", "Police"};
const char* const kActs[] = {"approved the budget", "announced new measures", "closed the border crossing",
                             "signed the agreement", "suspended the talks", "reopened the school",
                             "raised interest rates", "arrested two suspects", "published its report",
                             "evacuated the district"};
const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December"};

// `count` sentences, each naming one day between 2015 and 2025 in a different written form.
std::string synthetic_article(int count) {
    std::string text = "LONDON (Reuters) \xE2\x80\x94 ";
    unsigned seed = 20250405;
    auto next = [&seed](unsigned n) { seed = seed * 1103515245u + 12345u; return (seed >> 8) % n; };
    for (int i = 0; i < count; ++i) {
        const storylens::calendar::Date d =
            storylens::calendar::civil_from_days(storylens::calendar::days_from_civil(2015, 1, 1) + next(3980));
        const std::string month = kMonths[d.month - 1];
        std::string date;
        switch (next(3)) {
            case 0: date = "On " + std::to_string(d.day) + " " + month + " " + std::to_string(d.year) + ","; break;
            case 1: date = "On " + month + " " + std::to_string(d.day) + ", " + std::to_string(d.year) + ","; break;
            default: date = "In " + month + " " + std::to_string(d.year) + ","; break;
        }
        // the actor starts lower-case after the comma ("On 6 March 2025, the council ...") unless a name
        std::string actor = kActors[next(10)];
        if (actor.rfind("The ", 0) == 0) actor[0] = 't';
        text += date + " " + actor + " " + kActs[next(10)] + ".";
        text += (i % 6 == 5) ? "\n\n" : " ";
    }
    return text;
}

struct Stats {
    double average_ms = 0, p95_ms = 0, max_ms = 0;
};

Stats summarize(std::vector<double> ms) {
    Stats s;
    if (ms.empty()) return s;
    for (double m : ms) s.average_ms += m;
    s.average_ms /= static_cast<double>(ms.size());
    std::sort(ms.begin(), ms.end());
    s.p95_ms = ms[std::min(ms.size() - 1, static_cast<size_t>(static_cast<double>(ms.size()) * 0.95))];
    s.max_ms = ms.back();
    return s;
}

// The timeline view alone in a full-window ImGui window; `zoom` picks the visible range for this frame.
double view_frame(storylens::ui::AppState& s, double fitted_first, double fitted_last, int frame) {
    const auto start = Clock::now();
    ImGui::NewFrame();
    if (fitted_last > fitted_first) {
        // every other frame a 30-day window walks across the range, the others show everything
        if (frame % 2) {
            const double span = fitted_last - fitted_first;
            s.range.first_day = fitted_first + std::fmod(frame * 37.0, std::max(1.0, span - 30));
            s.range.last_day = s.range.first_day + 30;
        } else {
            s.range.first_day = fitted_first, s.range.last_day = fitted_last;
        }
    }
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("timeline bench", nullptr, ImGuiWindowFlags_NoDecoration);
    storylens::ui::draw_timeline(s);
    ImGui::End();
    ImGui::Render();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double app_frame(storylens::ui::App& app) {
    const auto start = Clock::now();
    ImGui::NewFrame();
    app.draw();
    ImGui::Render();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    int frames = 300, events = 10000;
    const char* file = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-n") == 0 && i + 1 < argc) frames = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--events") == 0 && i + 1 < argc) events = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--file") == 0 && i + 1 < argc) file = argv[++i];
        else return std::fprintf(stderr, "usage: frame_bench [-n FRAMES] [--events N] [--file ARTICLE]\n"), 2;
    }
    if (frames < 1 || events < 1) return std::fprintf(stderr, "frame_bench: counts must be positive\n"), 2;
    std::string text;
    if (file) {
        text = storylens::testing::read_file(file);
        if (text.empty()) return std::fprintf(stderr, "frame_bench: cannot read %s (or it is empty)\n", file), 1;
    } else {
        text = synthetic_article(events);
    }
    const storylens::AnalyzeOptions options{"2025-04-05"};

    storylens::testing::Headless ui(ImVec2(1600, 900));  // tests/ui/headless.hpp
    const auto load_start = Clock::now();
    storylens::ui::App app;
    if (!app.load(text, options, "synthetic")) return std::fprintf(stderr, "frame_bench: load failed\n"), 1;
    const double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - load_start).count();
    app.apply_fragment("view=timeline");
    const double first_frame_ms = app_frame(app);
    const size_t event_count = app.analysis().events.size();

    // The view alone, on its own state holding the same analysis.
    storylens::ui::AppState s;
    s.analysis = app.analysis();
    s.generation = 1;
    s.view = storylens::ui::View::Timeline;
    for (int f = 0; f < 3; ++f) view_frame(s, 0, 0, f);  // warm-up: fits the range, fills the caches
    const double fitted_first = s.range.first_day, fitted_last = s.range.last_day;
    std::vector<double> view_ms, app_ms;
    for (int f = 0; f < frames; ++f) view_ms.push_back(view_frame(s, fitted_first, fitted_last, f));
    for (int f = 0; f < 3; ++f) app_frame(app);
    for (int f = 0; f < frames; ++f) app_ms.push_back(app_frame(app));
    const Stats view = summarize(view_ms), whole = summarize(app_ms);
    const ImDrawData* draw = ImGui::GetDrawData();
    std::printf(
        "{\"bench\":\"timeline_frame\",\"bytes\":%zu,\"events\":%zu,\"frames\":%d,\"load_ms\":%.1f,\"first_frame_ms\":%.1f,"
        "\"view_avg_ms\":%.3f,\"view_p95_ms\":%.3f,\"view_max_ms\":%.3f,"
        "\"app_avg_ms\":%.3f,\"app_p95_ms\":%.3f,\"app_max_ms\":%.3f,\"app_vertices\":%d}\n",
        text.size(), event_count, frames, load_ms, first_frame_ms, view.average_ms, view.p95_ms, view.max_ms, whole.average_ms,
        whole.p95_ms, whole.max_ms, draw ? draw->TotalVtxCount : 0);
    return 0;  // the Headless context goes with `ui`
}
