// word_facts.hpp — what the tagger needs of one word form regardless of its neighbours, worked out once per
// distinct form and cached: its tag-dictionary tag, the summed weights of the features of the word alone and of
// those it gives the word before and after it, the rows of the rest, and the FNV states its pair features continue.
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

using Scores = std::array<int32_t, kTagCount>;
constexpr int kPreviousTags = kTagCount + 1;   // the tags and "<s>"
constexpr uint32_t kRowNotLookedUp = 0xFFFFFFFEu;  // a lazily filled row (kNoRow is a feature the model lacks)

struct WordFacts {
    std::string_view word, lower;    // as written, and ASCII lower-cased (the cache's own copies)
    std::string_view wordnet, brown;  // class letters, "-" when none (static strings of the model)
    uint16_t wordnet_group = 0, brown_group = 0;  // those classes as indexes into kWordNetClasses, kBrownClasses
    int dictionary_tag = -1;          // the tag of a frequent unambiguous word, or -1: the model decides
    Scores own{};         // the word alone: bias, w, lw, suffixes, prefixes, sh, wn, bc, bcw, bcs
    Scores as_previous{};  // what it gives the next word: pw, ps3, pwn, pbc
    Scores as_next{};      // what it gives the word before: nw, ns3, nsh, nwn, nbc
    uint32_t first[2] = {};   // "first=" 0 or 1 and the shape's first letter
    uint32_t casing[4] = {};  // "sc=" U, L, M or N and the shape's first two letters
    uint32_t as_prev2 = 0, as_next2 = 0;  // ppw (two back), nnw (two ahead)
    // FNV states of "pws=" + lw + " " and "pww=" + lw + " " (this word as the previous one) and "wnn=" + lw + " ".
    uint32_t pws_state = 0, pww_state = 0, wnn_state = 0;
    // t1w= and t1s3= of this word after each previous tag, looked up when first needed.
    mutable uint32_t after_tag_word[kPreviousTags], after_tag_suffix[kPreviousTags];
    std::string_view suffix3() const { return lower.size() <= 3 ? lower : lower.substr(lower.size() - 3); }
};

// The WordNet classes of a lower-cased word ("-" if none), tried as a plural, past form or gerund too; the same
// as an index into model::kWordNetClasses (0 for "-").
std::string_view wordnet_class(std::string_view lower);
uint8_t wordnet_index(std::string_view lower);

// Facts by word form. Entries stay put until make_room() clears a full cache, which the tagger calls only between
// sentences, so the references of one sentence stay valid while it is tagged. generation() changes at each clearing
// and is unique across the caches of all threads, so a WordIdMemo filled through another thread's cache is redone.
class WordFactsCache {
public:
    const WordFacts& get(std::string_view word);
    void make_room(size_t words);
    uint64_t generation() const { return generation_; }

private:
    std::unordered_map<std::string_view, uint32_t> ids_;
    std::deque<std::string> forms_;   // each entry: the word as written, then lower-cased
    std::deque<WordFacts> facts_;     // a deque: growing it moves no entry
    uint64_t generation_ = next_generation();
    static uint64_t next_generation();
};

}  // namespace storylens::pos
