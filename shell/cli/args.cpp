// args.cpp — parses `storylens` arguments; every mistake gets one clear line.
#include "cli/args.hpp"

namespace storylens::cli {

const char* usage() {
    return "usage: storylens analyze FILE|- [--dct YYYY-MM-DD] [--format NAME] [--input auto|text|html|json]\n"
           "                         [-o FILE] [--jsonl] [--strict] [--corrections FILE]\n"
           "       storylens timeml FILE.tml|- [--format NAME] [--dct YYYY-MM-DD] [-o FILE] [--strict]\n"
           "                         analyse a TimeML document's TEXT with its DCT (default format: timeml)\n"
           "       storylens score-timeml DIR|FILE.tml\n"
           "                         timex strict/relaxed P/R/F1 and value accuracy against the gold TIMEX3 tags\n"
           "       storylens oembed URL --viewer BASEURL [--width W] [--height H] [--title T] [-o FILE]\n"
           "                         oEmbed JSON for an iframe of BASEURL/embed.html?src=URL (800x600 by default);\n"
           "                         -o writes it as a static file (NAME.oembed.json beside the article)\n"
           "       storylens story FILE... [--format json|timelinejs|csv] [--dct-from MANIFEST] [--jsonl ARCHIVE]\n"
           "                         many articles about one story (docs/story.md)\n"
           "       storylens formats      list export formats\n"
           "       storylens version\n"
           "exit codes: 0 ok, 1 analysis error with --strict, 2 bad usage, 3 input unreadable or not text (with --strict:\n"
           "            also an empty input or a page whose article text was not found)\n";
}

namespace {

bool known_command(const std::string& c) {
    return c == "analyze" || c == "timeml" || c == "score-timeml" || c == "oembed" || c == "formats" ||
           c == "help" || c == "version";
}

bool positive_number(const std::string& s) {
    if (s.empty() || s.size() > 5 || s[0] == '0') return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

ParseOutcome parse_args(const std::vector<std::string>& argv) {
    ParseOutcome out;
    Args& a = out.args;
    if (argv.empty()) { out.error = "missing command"; return out; }
    a.command = argv[0];
    if (a.command == "-h" || a.command == "--help") a.command = "help";
    if (a.command == "--version") a.command = "version";
    if (!known_command(a.command)) {
        out.error = "unknown command '" + a.command + "'";
        return out;
    }
    for (size_t i = 1; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= argv.size()) { out.error = arg + " needs a value"; return false; }
            into = argv[++i];
            return true;
        };
        if (arg == "--dct") { if (!value(a.dct)) return out; }
        else if (arg == "--format" || arg == "-f") { if (!value(a.format)) return out; a.format_given = true; }
        else if (arg == "--input") { if (!value(a.input_format)) return out; }
        else if (arg == "-o" || arg == "--output") { if (!value(a.output)) return out; }
        else if (arg == "--viewer") { if (!value(a.viewer)) return out; }
        else if (arg == "--width") { if (!value(a.width)) return out; }
        else if (arg == "--height") { if (!value(a.height)) return out; }
        else if (arg == "--title") { if (!value(a.title)) return out; }
        else if (arg == "--corrections") { if (!value(a.corrections)) return out; }
        else if (arg == "--jsonl") a.jsonl = true;
        else if (arg == "--strict") a.strict = true;
        else if (arg == "-h" || arg == "--help") a.command = "help";
        else if (arg.size() > 1 && arg[0] == '-' ) { out.error = "unknown option '" + arg + "'"; return out; }
        else if (a.input.empty()) a.input = arg;
        else { out.error = "unexpected argument '" + arg + "'"; return out; }
    }
    if (a.command == "analyze" && a.input.empty()) out.error = "analyze needs a FILE or - for standard input";
    if (a.command == "timeml" && a.input.empty()) out.error = "timeml needs a .tml FILE or - for standard input";
    if (a.command == "timeml" && !a.format_given) a.format = "timeml";
    if (a.command == "score-timeml" && a.input.empty()) out.error = "score-timeml needs a DIR of .tml files";
    if (a.command == "oembed") {
        if (a.input.empty()) out.error = "oembed needs the URL of an article";
        else if (a.viewer.empty()) out.error = "oembed needs --viewer BASEURL, where embed.html is served";
        else if (!positive_number(a.width) || !positive_number(a.height))
            out.error = "--width and --height take whole numbers of pixels from 1 to 99999";
    }
    return out;
}

}  // namespace storylens::cli
