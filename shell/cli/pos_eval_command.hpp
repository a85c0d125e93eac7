// pos_eval_command.hpp — `storylens pos-eval FILE.conllu`: the core's part-of-speech tagger scored on a CoNLL-U file.
#pragma once
#include <string>
#include <vector>

namespace storylens::cli {

// `words` starts with "pos-eval". Prints "pos (C++ tagger): accuracy 0.xxxx on N tokens of FILE" (UPOS, over the
// integer-id words of every sentence). Returns 0, 2 on bad usage, 3 on an unreadable file.
int run_pos_eval_command(const std::vector<std::string>& words);

}  // namespace storylens::cli
