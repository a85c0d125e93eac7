// timeml_commands.hpp — `storylens timeml` and `storylens score-timeml`: the tagger on standard TimeML data.
#pragma once
#include <cstdio>

#include "cli/args.hpp"

namespace storylens::cli {

// Both return an exit code (0 ok, 1 analysis error with --strict, 2 usage, 3 bad input) and print their own
// one-line errors.
int run_timeml(const Args& args, FILE* out);
int run_score_timeml(const Args& args);

}  // namespace storylens::cli
