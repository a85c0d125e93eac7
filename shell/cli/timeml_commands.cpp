// timeml_commands.cpp — see timeml_commands.hpp. Reads .tml files, analyses their TEXT against their DCT.
#include "cli/timeml_commands.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/read_input.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"
#include "storylens/timeml.hpp"

namespace storylens::cli {

namespace {

enum Exit { kOk = 0, kAnalysisError = 1, kUsage = 2, kBadInput = 3 };

int fail(int code, const std::string& message) {
    std::fprintf(stderr, "storylens: %s\n", message.c_str());
    return code;
}

// Reads and parses one .tml file; on failure sets `error` to one line.
bool load(const std::string& path, TimemlDocument& document, std::string& error) {
    std::string xml;
    if (!read_input(path, xml, error)) return false;
    Result<TimemlDocument> parsed = read_timeml(xml);
    for (const Diagnostic& d : parsed.diagnostics)
        if (d.level == Level::Error) {
            error = "'" + path + "': " + d.message;
            return false;
        }
    document = std::move(parsed.value);
    return true;
}

Analysis analyse(const TimemlDocument& document, const std::string& given_dct) {
    AnalyzeOptions options;
    options.dct = given_dct.empty() ? timeml_dct_date(document) : given_dct;
    options.format = Format::Text;  // the TEXT element is plain text whatever it looks like
    return analyze(document.text, options);
}

}  // namespace

int run_timeml(const Args& args, FILE* out) {
    const ExportFormat* format = find_export_format(args.format);
    if (!format) return fail(kUsage, "unknown --format '" + args.format + "' (see 'storylens formats')");
    if (!args.dct.empty() && !is_valid_iso_date(args.dct))
        return fail(kUsage, "--dct '" + args.dct + "' is not a real date in the form YYYY-MM-DD");
    TimemlDocument document;
    std::string error;
    if (!load(args.input, document, error)) return fail(kBadInput, error);
    const Analysis analysis = analyse(document, args.dct);
    const std::string bytes = format->write(analysis);
    if (std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size()) return fail(kBadInput, "cannot write output");
    int code = kOk;
    for (const Diagnostic& d : analysis.diagnostics)
        if (d.level == Level::Error) {
            std::fprintf(stderr, "storylens: %s\n", d.message.c_str());
            if (args.strict) code = kAnalysisError;
        }
    return code;
}

int run_score_timeml(const Args& args) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    std::error_code ec;
    if (fs::is_directory(args.input, ec)) {
        for (const fs::directory_entry& entry : fs::directory_iterator(args.input, ec))
            if (entry.path().extension() == ".tml") files.push_back(entry.path().string());
        std::sort(files.begin(), files.end());
    } else if (fs::is_regular_file(args.input, ec)) {
        files.push_back(args.input);
    }
    if (ec) return fail(kBadInput, "cannot list '" + args.input + "': " + ec.message());
    if (files.empty()) return fail(kBadInput, "no .tml files in '" + args.input + "'");

    TimexScore score;
    size_t skipped = 0;
    for (const std::string& path : files) {
        TimemlDocument document;
        std::string error;
        if (!load(path, document, error)) {
            std::fprintf(stderr, "storylens: skipped %s\n", error.c_str());
            ++skipped;
            continue;
        }
        add_timex_score(score, document.timexes, analyse(document, "").timexes);
    }
    std::printf("%zu documents, %zu gold timexes, %zu system timexes", score.documents, score.gold, score.system);
    if (skipped) std::printf(" (%zu files skipped)", skipped);
    std::printf("\nstrict  P %.3f R %.3f F1 %.3f\n", score.precision(score.strict), score.recall(score.strict),
                score.f1(score.strict));
    std::printf("relaxed P %.3f R %.3f F1 %.3f\n", score.precision(score.relaxed), score.recall(score.relaxed),
                score.f1(score.relaxed));
    std::printf("type F1 %.3f  value F1 %.3f  value accuracy %.3f (of relaxed matches)\n", score.f1(score.type),
                score.f1(score.value), score.relaxed ? double(score.value) / double(score.relaxed) : 0.0);
    return skipped ? kBadInput : kOk;
}

}  // namespace storylens::cli
