// export.hpp — formatters, separate from the engine: each turns an Analysis into bytes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/analysis.hpp"

namespace storylens {

struct ExportFormat {
    const char* name;       // as given to --format
    const char* extension;  // for file names
    const char* mime;
    std::string (*write)(const Analysis&);
};

// Every export format; a golden test iterates this list, so a new format needs a golden file.
const std::vector<ExportFormat>& export_formats();
const ExportFormat* find_export_format(std::string_view name);

std::string to_json(const Analysis& analysis);       // the documented schema (docs/schema.md), pretty, deterministic
std::string to_json_line(const Analysis& analysis);  // the same on one line, for --jsonl

}  // namespace storylens
