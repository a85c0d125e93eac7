// word_facts.hpp — what the tagger needs of one word form regardless of its neighbours, worked out once per
// distinct form and cached: its tag-dictionary tag, the summed weights of the features of the word alone, the rows
// of the features it gives the words around it, and the FNV states that its pair features continue from.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storylens/pos.hpp"

namespace storylens::pos {

struct WordFacts {
    std::string_view word, lower;    // as written, and ASCII lower-cased (the cache's own copies)
    std::string_view wordnet, brown;  // class letters, "-" when none (static strings of the model)
    int dictionary_tag = -1;          // the tag of a frequent unambiguous word, or -1: the model decides
    std::array<int32_t, kTagCount> own{};  // bias, w, lw, s1-s4, p1, p2, sh, wn, bc, bcw, bcs
    uint32_t first[2] = {};   // "first=" 0 or 1 and the shape's first letter
    uint32_t casing[4] = {};  // "sc=" U, L, M or N and the shape's first two letters
    // Rows of the features this word gives others: as the previous word (pw, ppw two back, ps3, pwn, pbc) and as
    // the next word (nw, nnw two ahead, ns3, nsh, nwn, nbc).
    uint32_t as_prev = 0, as_prev2 = 0, prev_s3 = 0, prev_wn = 0, prev_bc = 0;
    uint32_t as_next = 0, as_next2 = 0, next_s3 = 0, next_shape = 0, next_wn = 0, next_bc = 0;
    // FNV states of "pws=" + lw + " " and "pww=" + lw + " " (this word as the previous one) and "wnn=" + lw + " ".
    uint32_t pws_state = 0, pww_state = 0, wnn_state = 0;
    std::string_view suffix3() const { return lower.size() <= 3 ? lower : lower.substr(lower.size() - 3); }
};

// The WordNet classes of a lower-cased word ("-" if none), tried as a plural, past form or gerund too.
std::string_view wordnet_class(std::string_view lower);

// Facts by word form. Entries stay put until make_room() clears a full cache, which the tagger calls only between
// sentences, so the references of one sentence stay valid while it is tagged.
class WordFactsCache {
public:
    const WordFacts& get(std::string_view word);
    void make_room(size_t words);

private:
    std::unordered_map<std::string_view, uint32_t> ids_;
    std::deque<std::string> forms_;   // each entry: the word as written, then lower-cased
    std::deque<WordFacts> facts_;     // a deque: growing it moves no entry
};

}  // namespace storylens::pos
