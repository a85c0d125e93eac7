// pos_eval_command.cpp — reads CoNLL-U sentences (FORM and UPOS of the integer-id lines; multiword ranges and empty
// nodes skipped, as the training script does) and compares the tagger's tags with the gold ones.
#include "cli/pos_eval_command.hpp"

#include <cstdio>
#include <fstream>
#include <string_view>

#include "storylens/pos.hpp"

namespace storylens::cli {
namespace {

struct Counts {
    size_t right = 0, total = 0;
};

void score_sentence(const std::vector<std::string>& forms, const std::vector<std::string>& gold, Counts& counts) {
    if (forms.empty()) return;
    std::vector<std::string_view> words(forms.begin(), forms.end());
    std::vector<pos::Tag> tags;
    pos::tag_sentence(words, tags);
    for (size_t i = 0; i < tags.size(); ++i) counts.right += pos::tag_name(tags[i]) == gold[i];
    counts.total += tags.size();
}

}  // namespace

int run_pos_eval_command(const std::vector<std::string>& words) {
    if (words.size() != 2) {
        std::fprintf(stderr, "usage: storylens pos-eval FILE.conllu\n");
        return 2;
    }
    std::ifstream in(words[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "storylens: cannot read '%s'\n", words[1].c_str());
        return 3;
    }
    Counts counts;
    std::vector<std::string> forms, gold;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            score_sentence(forms, gold, counts);
            forms.clear(), gold.clear();
            continue;
        }
        if (line[0] == '#') continue;
        std::vector<std::string_view> cols;
        std::string_view rest(line);
        for (size_t tab; cols.size() < 4 && (tab = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(tab + 1))
            cols.push_back(rest.substr(0, tab));
        if (cols.size() < 4 || cols[0].find_first_of("-.") != std::string_view::npos) continue;
        forms.emplace_back(cols[1]);
        gold.emplace_back(cols[3]);
    }
    score_sentence(forms, gold, counts);
    const std::string name = words[1].substr(words[1].find_last_of('/') + 1);
    std::printf("pos (C++ tagger): accuracy %.4f on %zu tokens of %s\n",
                counts.total ? double(counts.right) / double(counts.total) : 0.0, counts.total, name.c_str());
    return 0;
}

}  // namespace storylens::cli
