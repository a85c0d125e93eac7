// args.cpp — parses `storylens` arguments; every mistake gets one clear line.
#include "cli/args.hpp"

namespace storylens::cli {

const char* usage() {
    return "usage: storylens analyze FILE|- [--dct YYYY-MM-DD] [--format NAME] [--input auto|text|html|json]\n"
           "                         [-o FILE] [--jsonl] [--strict]\n"
           "       storylens formats      list export formats\n"
           "       storylens version\n"
           "exit codes: 0 ok, 1 analysis error with --strict, 2 bad usage, 3 input unreadable or not text\n";
}

ParseOutcome parse_args(const std::vector<std::string>& argv) {
    ParseOutcome out;
    Args& a = out.args;
    if (argv.empty()) { out.error = "missing command"; return out; }
    a.command = argv[0];
    if (a.command == "-h" || a.command == "--help") a.command = "help";
    if (a.command == "--version") a.command = "version";
    if (a.command != "analyze" && a.command != "formats" && a.command != "help" && a.command != "version") {
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
        else if (arg == "--format" || arg == "-f") { if (!value(a.format)) return out; }
        else if (arg == "--input") { if (!value(a.input_format)) return out; }
        else if (arg == "-o" || arg == "--output") { if (!value(a.output)) return out; }
        else if (arg == "--jsonl") a.jsonl = true;
        else if (arg == "--strict") a.strict = true;
        else if (arg == "-h" || arg == "--help") a.command = "help";
        else if (arg.size() > 1 && arg[0] == '-' ) { out.error = "unknown option '" + arg + "'"; return out; }
        else if (a.input.empty()) a.input = arg;
        else { out.error = "unexpected argument '" + arg + "'"; return out; }
    }
    if (a.command == "analyze" && a.input.empty()) out.error = "analyze needs a FILE or - for standard input";
    return out;
}

}  // namespace storylens::cli
