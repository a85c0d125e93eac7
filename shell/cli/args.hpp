// args.hpp — the command line of `storylens`, parsed into plain options (no I/O here).
#pragma once
#include <string>
#include <vector>

namespace storylens::cli {

struct Args {
    std::string command;          // analyze | formats | help | version
    std::string input;            // FILE or "-" for standard input
    std::string dct;              // --dct YYYY-MM-DD
    std::string format = "json";  // --format: an export format name
    std::string input_format = "auto";  // --input auto|text|html|json
    std::string output;           // -o FILE, empty for stdout
    bool jsonl = false;           // --jsonl: one article per input line, one analysis per output line
    bool strict = false;          // --strict: exit 1 when the analysis reports an error diagnostic
};

struct ParseOutcome {
    Args args;
    std::string error;  // non-empty on bad usage
};

ParseOutcome parse_args(const std::vector<std::string>& argv);
const char* usage();

}  // namespace storylens::cli
