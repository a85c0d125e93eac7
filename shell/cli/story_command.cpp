// story_command.cpp — reads every article (text, HTML, CMS JSON, or --jsonl archive lines), analyses each with
// its own date (its metadata, or the --dct-from manifest), and writes the story in one format.
#include "cli/story_command.hpp"

#include <cstdio>
#include <map>
#include <sstream>

#include "cli/read_input.hpp"
#include "storylens/analysis.hpp"
#include "storylens/story.hpp"

namespace storylens::cli {

namespace {

enum Exit { kOk = 0, kUsage = 2, kBadInput = 3 };

int fail(int code, const std::string& message) {
    std::fprintf(stderr, "storylens: %s\n", message.c_str());
    return code;
}

struct StoryArgs {
    std::vector<std::string> files;
    std::vector<std::string> archives;  // --jsonl ARCHIVE: one CMS JSON article per line
    std::string format = "json";
    std::string manifest;               // --dct-from MANIFEST
    std::string output;
    std::string input_format = "auto";
};

struct ManifestRow {
    std::string date, outlet;
};

std::string base_name(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Manifest lines: FILE <TAB> YYYY-MM-DD [<TAB> OUTLET]; '#' starts a comment line. FILE matches an argument as
// given or by its base name.
bool read_manifest(const std::string& path, std::map<std::string, ManifestRow>& rows, std::string& error) {
    std::string bytes;
    if (!read_input(path, bytes, error)) return false;
    std::istringstream in(bytes);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::istringstream cells_in(line);
        for (std::string cell; std::getline(cells_in, cell, '\t');) cells.push_back(cell);
        if (cells.size() < 2 || !is_valid_iso_date(cells[1])) {
            error = path + ":" + std::to_string(number) + ": expected FILE<TAB>YYYY-MM-DD[<TAB>OUTLET]";
            return false;
        }
        rows[cells[0]] = {cells[1], cells.size() > 2 ? cells[2] : ""};
    }
    return true;
}

std::string parse(const std::vector<std::string>& words, StoryArgs& a) {
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= words.size()) return false;
            into = words[++i];
            return true;
        };
        if (w == "--format" || w == "-f") { if (!value(a.format)) return w + " needs a value"; }
        else if (w == "--dct-from") { if (!value(a.manifest)) return w + " needs a MANIFEST file"; }
        else if (w == "-o" || w == "--output") { if (!value(a.output)) return w + " needs a value"; }
        else if (w == "--input") { if (!value(a.input_format)) return w + " needs a value"; }
        else if (w == "--jsonl") {
            std::string archive;
            if (!value(archive)) return "--jsonl needs an ARCHIVE of CMS JSON lines";
            a.archives.push_back(archive);
        } else if (w.size() > 1 && w[0] == '-') return "unknown option '" + w + "'";
        else a.files.push_back(w);
    }
    if (a.files.empty() && a.archives.empty()) return "story needs one or more FILEs (or --jsonl ARCHIVE)";
    if (a.format != "json" && a.format != "timelinejs" && a.format != "csv")
        return "unknown story --format '" + a.format + "' (json, timelinejs or csv)";
    return {};
}

}  // namespace

const char* story_usage() {
    return "       storylens story FILE... [--jsonl ARCHIVE] [--format json|timelinejs|csv] [--dct-from MANIFEST]\n"
           "                         [--input auto|text|html|json] [-o FILE]\n"
           "                         many articles about one story: one set of entities, one timeline, who said what\n"
           "                         (MANIFEST lines: FILE<TAB>YYYY-MM-DD[<TAB>OUTLET])\n";
}

int run_story(const std::vector<std::string>& words) {
    StoryArgs args;
    const std::string usage_error = parse(words, args);
    if (!usage_error.empty()) {
        std::fprintf(stderr, "storylens: %s\nusage:\n%s", usage_error.c_str(), story_usage());
        return kUsage;
    }
    Format input_format;
    if (!parse_format(args.input_format, input_format))
        return fail(kUsage, "unknown --input '" + args.input_format + "' (auto, text, html or json)");
    std::map<std::string, ManifestRow> manifest;
    std::string error;
    if (!args.manifest.empty() && !read_manifest(args.manifest, manifest, error)) return fail(kBadInput, error);

    std::vector<StoryArticle> articles;
    for (const std::string& file : args.files) {
        std::string bytes;
        if (!read_input(file, bytes, error)) return fail(kBadInput, error);
        const InputClass kind = classify_input(bytes);
        if (!kind.text) return fail(kBadInput, "'" + file + "' is not text: " + kind.seen);
        auto row = manifest.find(file);
        if (row == manifest.end()) row = manifest.find(base_name(file));
        AnalyzeOptions options;
        options.format = input_format;
        StoryArticle article;
        article.label = base_name(file);
        if (row != manifest.end()) {
            options.dct = row->second.date;
            article.published = row->second.date;
            article.outlet = row->second.outlet;
        }
        article.analysis = analyze(bytes, options);
        articles.push_back(std::move(article));
    }
    for (const std::string& archive : args.archives) {
        size_t line_number = 0;
        const bool read = for_each_line(archive, [&](std::string_view line) {
            ++line_number;
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) return true;
            AnalyzeOptions options;
            options.format = Format::Json;
            StoryArticle article;
            article.analysis = analyze(line, options);
            article.label = article.analysis.source.url.empty()
                                ? base_name(archive) + ":" + std::to_string(line_number)
                                : article.analysis.source.url;
            articles.push_back(std::move(article));
            return true;
        }, error);
        if (!read) return fail(kBadInput, error);
    }

    const Result<Story> story = analyze_story(articles);
    for (const Diagnostic& d : story.diagnostics)
        if (d.level != Level::Info) std::fprintf(stderr, "storylens: %s\n", d.message.c_str());
    const std::string bytes = args.format == "timelinejs" ? to_story_timelinejs(story.value)
                              : args.format == "csv"      ? to_story_csv(story.value)
                                                          : to_story_json(story.value);
    FILE* out = stdout;
    if (!args.output.empty() && !(out = std::fopen(args.output.c_str(), "wb")))
        return fail(kBadInput, "cannot write '" + args.output + "'");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
    if (out != stdout) std::fclose(out);
    return written ? kOk : fail(kBadInput, "cannot write output");
}

}  // namespace storylens::cli
