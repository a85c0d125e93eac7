// open_files.cpp — one file becomes the document, several become a story (see open_files.hpp).
#include "open_files.hpp"

#include "corrections_sidecar.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "storylens/analysis.hpp"

namespace storylens::desktop {

namespace {

std::string base_name(const std::string& path) {
    const size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool read_file(const std::string& path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream all;
    all << in.rdbuf();
    bytes = all.str();
    return true;
}

}  // namespace

std::string sidecar_published(const std::string& file) {
    const size_t dot = file.find_last_of('.');
    const size_t slash = file.find_last_of('/');
    const std::string stem = dot != std::string::npos && (slash == std::string::npos || dot > slash) ? file.substr(0, dot) : file;
    std::ifstream in(stem + ".meta.json", std::ios::binary);
    if (!in) return "";
    const nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
    if (!meta.is_object() || !meta.contains("published") || !meta["published"].is_string()) return "";
    const std::string published = meta["published"].get<std::string>();
    return is_valid_iso_date(published) ? published : "";
}

bool open_files(ui::App& app, const std::vector<std::string>& files, const std::string& dct,
                std::vector<std::string>& problems) {
    if (files.size() == 1) {
        std::string bytes;
        if (!read_file(files[0], bytes)) {
            problems.push_back("cannot open '" + files[0] + "'");
            return false;
        }
        AnalyzeOptions options;
        options.dct = dct.empty() ? sidecar_published(files[0]) : dct;
        app.set_corrections_store(corrections_sidecar(files[0]));  // NAME.corrections.json beside the article
        if (app.load(bytes, options, base_name(files[0]))) return true;
        problems.push_back(base_name(files[0]) + " could not be analysed; see the window");
        return false;
    }
    app.discard_pending_story();
    size_t added = 0;
    for (const std::string& file : files) {
        std::string bytes;
        if (!read_file(file, bytes)) {
            problems.push_back("cannot open '" + file + "'");
            continue;
        }
        AnalyzeOptions options;
        options.dct = dct.empty() ? sidecar_published(file) : dct;
        // the story's date for the article is the one it was analysed with; "" lets the analysis say
        if (app.add_story_article(analyze(bytes, options), base_name(file), "", options.dct)) ++added;
        else problems.push_back(base_name(file) + " adds nothing to the story (see the status line)");
    }
    return added > 0 && app.show_story();
}

}  // namespace storylens::desktop
