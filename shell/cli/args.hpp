// args.hpp — the command line of `storylens`, parsed into plain options (no I/O here).
#pragma once
#include <string>
#include <vector>

namespace storylens::cli {

struct Args {
    std::string command;          // analyze | timeml | score-timeml | oembed | formats | help | version
    std::string input;            // FILE or "-" (analyze, timeml), DIR (score-timeml), URL (oembed)
    std::string dct;              // --dct YYYY-MM-DD
    std::string format = "json";  // --format: an export format name
    bool format_given = false;    // timeml defaults to the timeml format unless --format says otherwise
    std::string input_format = "auto";  // --input auto|text|html|json
    std::string output;           // -o FILE, empty for stdout
    bool jsonl = false;           // --jsonl: one article per input line, one analysis per output line
    bool strict = false;          // --strict: exit 1 when the analysis reports an error diagnostic
    std::string corrections;      // --corrections FILE (docs/corrections.md)
    // oembed
    std::string viewer;           // --viewer BASEURL: where embed.html is served
    std::string width = "800";    // --width pixels
    std::string height = "600";   // --height pixels
    std::string title;            // --title
};

struct ParseOutcome {
    Args args;
    std::string error;  // non-empty on bad usage
};

ParseOutcome parse_args(const std::vector<std::string>& argv);
const char* usage();

}  // namespace storylens::cli
