// corrections_sidecar.cpp — NAME.corrections.json beside the article, read whole (it is small).
#include "corrections_sidecar.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace storylens::desktop {

namespace {

std::string stem_of(const std::string& path) {
    const size_t dot = path.find_last_of('.');
    const size_t slash = path.find_last_of('/');
    return dot != std::string::npos && (slash == std::string::npos || dot > slash) ? path.substr(0, dot) : path;
}

std::string base_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

}  // namespace

std::string corrections_sidecar_path(const std::string& article_path) {
    const std::string by_stem = stem_of(article_path) + ".corrections.json";
    const std::string by_name = article_path + ".corrections.json";
    if (!std::ifstream(by_stem) && std::ifstream(by_name)) return by_name;
    return by_stem;
}

ui::CorrectionsStore corrections_sidecar(const std::string& article_path) {
    const std::string path = corrections_sidecar_path(article_path);
    const std::string document = base_name(article_path);
    ui::CorrectionsStore store;
    store.load = [path, document](const std::string& name, const std::string&) -> std::string {
        if (name != document) return "";
        std::ifstream in(path, std::ios::binary);
        if (!in) return "";
        std::ostringstream bytes;
        bytes << in.rdbuf();
        std::printf("storylens-desktop: corrections from %s\n", path.c_str());
        return bytes.str();
    };
    store.save = [path, document](const std::string& name, const std::string&, const std::string& json) {
        if (name != document) return;
        std::ofstream out(path, std::ios::binary);
        if (out && out.write(json.data(), static_cast<std::streamsize>(json.size())))
            std::printf("storylens-desktop: corrections kept in %s\n", path.c_str());
        else
            std::fprintf(stderr, "storylens-desktop: could not write %s\n", path.c_str());
    };
    return store;
}

}  // namespace storylens::desktop
