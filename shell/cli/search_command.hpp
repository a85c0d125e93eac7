// search_command.hpp — `storylens search FILE QUERY [--dct YYYY-MM-DD]`: the core's search index from the shell.
#pragma once
#include <string>
#include <vector>

namespace storylens::cli {

// `words` is the whole command line after the program name, starting with "search". Prints one TAB-separated
// line per hit, grouped by kind (text, entity, claim, event): kind, id, sentence, start, end, what matched.
// Returns 0 when something matched, 1 when nothing did, 2 on bad usage, 3 on unreadable input.
int run_search_command(const std::vector<std::string>& words);

}  // namespace storylens::cli
