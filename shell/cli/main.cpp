// main.cpp — `storylens`: analyze an article (file or stdin) and write one export to stdout or a file.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/corrections_option.hpp"
#include "cli/oembed.hpp"
#include "cli/pos_eval_command.hpp"
#include "cli/read_input.hpp"
#include "cli/story_command.hpp"
#include "cli/search_command.hpp"
#include "cli/timeml_commands.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"

namespace {

using namespace storylens;

enum Exit { kOk = 0, kAnalysisError = 1, kUsage = 2, kBadInput = 3 };

int fail(int code, const std::string& message) {
    std::fprintf(stderr, "storylens: %s\n", message.c_str());
    return code;
}

bool write_all(FILE* out, std::string_view bytes) {
    return std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
}

// JSON goes to the file as it is written, so a big analysis is never held as text too.
ByteSink file_sink(FILE* out) {
    return [out](std::string_view chunk) { return write_all(out, chunk); };
}

// --jsonl: each input line is one article as CMS JSON (docs/cms-json.md); one analysis per output line, written
// and flushed as soon as it is ready, so the command streams (GNU parallel --pipe, Spark's RDD.pipe, Hadoop
// streaming). One line in gives one line out, so output line N always answers input line N: a line that is not a
// usable article (blank, not JSON, binary) still gets its line, an analysis carrying the error.
int run_jsonl(const cli::Args& args, FILE* out) {
    AnalyzeOptions options;
    options.dct = args.dct;
    options.format = Format::Json;
    bool written = true;
    std::string error;
    uint64_t number = 0;
    const bool read = cli::for_each_line(args.input, [&](std::string_view line) {
        ++number;
        Analysis analysis;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            analysis.diagnostics.push_back(
                {Level::Error, "input.blank_line", "input line " + std::to_string(number) + " is blank", -1});
        else
            analysis = analyze(line, options);
        written = write_json_line(analysis, file_sink(out)) && std::fflush(out) == 0;
        return written;
    }, error);
    if (!written) return fail(kBadInput, "cannot write output");
    return read ? kOk : fail(kBadInput, error);
}

int run(const cli::Args& args) {
    if (args.command == "help") { std::fputs(cli::usage(), stdout); return kOk; }
    if (args.command == "version") { std::printf("storylens %s\n", kSchemaVersion); return kOk; }
    if (args.command == "formats") {
        for (const ExportFormat& f : export_formats()) std::printf("%-12s %-10s %s\n", f.name, f.extension, f.mime);
        return kOk;
    }
    if (args.command == "score-timeml") return cli::run_score_timeml(args);
    if (args.command == "oembed") {
        if (!cli::is_web_url(args.input)) return fail(kUsage, "'" + args.input + "' is not an http(s) URL");
        if (!cli::is_web_url(args.viewer)) return fail(kUsage, "--viewer '" + args.viewer + "' is not an http(s) URL");
        const std::string json =
            cli::oembed_json({args.input, args.viewer, std::stoi(args.width), std::stoi(args.height), args.title});
        if (args.output.empty()) return write_all(stdout, json) ? kOk : fail(kBadInput, "cannot write output");
        // -o ARTICLE.oembed.json: a static oEmbed reply a CMS can serve beside the article
        FILE* out = std::fopen(args.output.c_str(), "wb");
        const bool written = out && write_all(out, json);
        if (out) std::fclose(out);
        return written ? kOk : fail(kBadInput, "cannot write '" + args.output + "'");
    }
    if (args.command == "timeml") {
        FILE* out = stdout;
        if (!args.output.empty() && !(out = std::fopen(args.output.c_str(), "wb")))
            return fail(kBadInput, "cannot write '" + args.output + "'");
        const int code = cli::run_timeml(args, out);
        if (out != stdout) std::fclose(out);
        return code;
    }
    const ExportFormat* format = find_export_format(args.format);
    if (!format) return fail(kUsage, "unknown --format '" + args.format + "' (see 'storylens formats')");
    Format input_format;
    if (!parse_format(args.input_format, input_format))
        return fail(kUsage, "unknown --input '" + args.input_format + "' (auto, text, html or json)");
    if (!args.dct.empty() && !is_valid_iso_date(args.dct))
        return fail(kUsage, "--dct '" + args.dct + "' is not a real date in the form YYYY-MM-DD");
    if (args.jsonl && args.format != "json") return fail(kUsage, "--jsonl writes JSON only");
    if (args.jsonl && !args.corrections.empty()) return fail(kUsage, "--corrections belongs to one article, not --jsonl");

    std::string input, error;  // read before the output is opened, so a bad input leaves no empty file
    if (!args.jsonl) {
        if (!cli::read_input(args.input, input, error)) return fail(kBadInput, error);
        const InputClass kind = classify_input(input);
        if (!kind.text) return fail(kBadInput, "'" + args.input + "' is not text: " + kind.seen);
    }
    FILE* out = stdout;
    if (!args.output.empty() && !(out = std::fopen(args.output.c_str(), "wb")))
        return fail(kBadInput, "cannot write '" + args.output + "'");
    int code = kOk;
    if (args.jsonl) {
        code = run_jsonl(args, out);
    } else {
        AnalyzeOptions options;
        options.dct = args.dct;
        options.format = input_format;
        // analyze() in two steps, so that the input is freed once ingested (Source::text is its own copy): a
        // large file is not held twice through the stages. --dct was checked above.
        Result<Source> ingested = ingest(input, input_format);
        std::string().swap(input);
        Analysis analysis = analyze_source(std::move(ingested.value), options, std::move(ingested.diagnostics));
        if (!args.corrections.empty() && !cli::apply_corrections_file(args.corrections, analysis, error)) {
            if (out != stdout) std::fclose(out);
            return fail(kBadInput, error);
        }
        if (format->write == &to_claimreview) {
            const std::string status = claimreview_status(analysis);
            if (!status.empty()) std::fprintf(stderr, "storylens: %s\n", status.c_str());
        }
        const bool written = format->write == &to_json ? write_json(analysis, file_sink(out))
                                                        : write_all(out, format->write(analysis));
        if (!written) code = fail(kBadInput, "cannot write output");
        for (const Diagnostic& d : analysis.diagnostics) {
            // Nothing to analyse (an empty input, a page whose article was not found) is an unreadable input.
            if (args.strict && (d.code == "input.empty" || d.code == "html.no_article")) {
                std::fprintf(stderr, "storylens: %s\n", d.message.c_str());
                code = kBadInput;
            }
            if (d.level == Level::Error) {
                std::fprintf(stderr, "storylens: %s\n", d.message.c_str());
                if (args.strict && code == kOk) code = kAnalysisError;
            }
            // A guessed publication date changes every relative date: say so where the user looks, not only in
            // the JSON.
            if (d.code == "dct.low_confidence") std::fprintf(stderr, "storylens: %s\n", d.message.c_str());
        }
    }
    if (out != stdout) std::fclose(out);
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> words(argv + 1, argv + argc);
    if (!words.empty() && words[0] == "story") return cli::run_story({words.begin() + 1, words.end()});
    if (!words.empty() && words[0] == "search") return cli::run_search_command(words);
    if (!words.empty() && words[0] == "pos-eval") return cli::run_pos_eval_command(words);
    const cli::ParseOutcome parsed = cli::parse_args(words);
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "storylens: %s\n%s", parsed.error.c_str(), cli::usage());
        return kUsage;
    }
    return run(parsed.args);
}
