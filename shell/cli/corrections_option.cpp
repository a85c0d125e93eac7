// corrections_option.cpp — the file is read whole (it is small), parsed and applied by the core.
#include "cli/corrections_option.hpp"

#include <cstdio>

#include "cli/read_input.hpp"
#include "storylens/corrections.hpp"

namespace storylens::cli {

bool apply_corrections_file(const std::string& path, Analysis& analysis, std::string& error) {
    std::string text;
    if (!read_input(path, text, error)) return false;
    const Result<Corrections> parsed = parse_corrections(text);
    for (const Diagnostic& d : parsed.diagnostics) {
        if (d.level == Level::Error) {
            error = "'" + path + "': " + d.message;
            return false;
        }
        std::fprintf(stderr, "storylens: %s: %s\n", path.c_str(), d.message.c_str());
    }
    for (const CorrectionOutcome& o : apply_corrections(analysis, parsed.value))
        if (!o.applied) std::fprintf(stderr, "storylens: %s: correction %zu %s\n", path.c_str(), o.index + 1, o.message.c_str());
    return true;
}

}  // namespace storylens::cli
