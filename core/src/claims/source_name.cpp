// source_name.cpp — the one way a claim's source is named for readers (views and exports alike).
#include <cctype>

#include "storylens/analysis.hpp"

namespace storylens {

std::string claim_source_name(const Analysis& a, const Claim& c) {
    if (c.source_entity >= 0 && static_cast<size_t>(c.source_entity) < a.entities.size())
        return a.entities[c.source_entity].name;
    std::string mention;  // white space runs (a mention may cross a line break) become one space
    for (char ch : c.source.text) {
        const bool space = std::isspace(static_cast<unsigned char>(ch));
        if (!space) mention += ch;
        else if (!mention.empty() && mention.back() != ' ') mention += ' ';
    }
    while (!mention.empty() && mention.back() == ' ') mention.pop_back();
    return mention.empty() ? "Unknown source" : mention;
}

}  // namespace storylens
