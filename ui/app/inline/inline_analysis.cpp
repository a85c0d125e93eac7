// inline_analysis.cpp — App::load for hosts that link the analysis (the desktop app, the headless UI tests): the
// document is analysed in this process, and so is every re-analysis unless the host set an analyzer of its own.
// The page's viewer leaves this file out (web/CMakeLists.txt): its analyses run in the worker core.
#include "app/app.hpp"

#include <memory>

#include "storylens/analysis.hpp"
#include "storylens/reanalyzer.hpp"

namespace storylens::ui {

bool App::load(std::string_view bytes, const AnalyzeOptions& options, std::string name) {
    if (begin_reading(bytes, name)) return true;  // a corrections file: laid over the article on screen
    if (!has_analyzer())
        // A new publication date for the same article only re-dates the last re-analysis (reanalyzer.hpp); the
        // first one reads it again, so loading does not hold a second copy of every analysis.
        set_analyzer([this, again_cache = std::make_shared<Reanalyzer>()](
                         uint32_t job, const std::string& input, const AnalyzeOptions& again) {
            show_reanalysis(job, again_cache->analyze(input, again));
            return true;
        });
    return show(analyze(bytes, options), std::move(name), std::string(bytes), options);
}

}  // namespace storylens::ui
