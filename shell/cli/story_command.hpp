// story_command.hpp — `storylens story FILE... [--format json|timelinejs|csv]`: many articles as one story.
#pragma once
#include <string>
#include <vector>

namespace storylens::cli {

// `words` are the arguments after "story". Returns an exit code (0 ok, 2 usage, 3 bad input) and prints its own
// one-line errors; warnings of the story go to stderr.
int run_story(const std::vector<std::string>& words);
const char* story_usage();

}  // namespace storylens::cli
