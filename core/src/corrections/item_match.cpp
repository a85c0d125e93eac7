// item_match.cpp — exact text first, then word overlap (Dice over lower-cased words), ties by place.
#include "corrections/item_match.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace storylens::corrections {

namespace {

constexpr double kMinOverlap = 0.6;

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (char ch : text + " ") {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80) word += static_cast<char>(std::tolower(c));
        else if (!word.empty()) out.push_back(std::move(word)), word.clear();
    }
    std::sort(out.begin(), out.end());
    return out;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    return 2.0 * static_cast<double>(common.size()) / static_cast<double>(a.size() + b.size());
}

int64_t distance(const Candidate& c, const ItemKey& key) {
    return key.start < 0 || c.start < 0 ? 0 : std::llabs(c.start - key.start);
}

}  // namespace

int find_candidate(const std::vector<Candidate>& candidates, const ItemKey& key) {
    int best = -1;
    for (size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i].text == key.text && (best < 0 || distance(candidates[i], key) < distance(candidates[best], key)))
            best = static_cast<int>(i);
    if (best >= 0) return best;
    const std::vector<std::string> wanted = words_of(key.text);
    double best_overlap = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const double overlap = dice(wanted, words_of(candidates[i].text));
        if (overlap < kMinOverlap) continue;
        if (best < 0 || overlap > best_overlap ||
            (overlap == best_overlap && distance(candidates[i], key) < distance(candidates[best], key)))
            best_overlap = overlap, best = static_cast<int>(i);
    }
    return best;
}

}  // namespace storylens::corrections
