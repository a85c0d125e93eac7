// pos_model.hpp — the compiled-in part-of-speech model (generated_pos_model.cpp, written by scripts/train_pos.py).
#pragma once
#include <cstdint>

namespace storylens::pos::model {

constexpr int kTagCount = 17;  // the universal UPOS tags, in sorted order (kTagNames)

struct TagDictionaryEntry {
    const char* word;  // exact form: frequent words that (almost) always carry one tag
    uint8_t tag;
};

extern const char* const kTagNames[kTagCount];
extern const uint32_t kFeatureCount;
extern const uint32_t kFeatureKeys[];    // FNV-1a 32-bit hashes of the feature strings, sorted, unique
extern const uint8_t kFeatureWeightCounts[];  // how many kWeights entries each feature has, in key order
extern const uint16_t kWeights[];             // (tag index << 8) | int8 weight, feature after feature
// The words of one WordNet class combination ("an": adjective and noun), sorted, each ended by '\n'.
struct WordClassGroup {
    const char* classes;  // sorted letters of a (adjective), n (noun), r (adverb), v (verb)
    uint32_t count;
    const char* words;
};

extern const uint32_t kWordClassGroupCount;
extern const WordClassGroup kWordClassGroups[];
// The same for the universal tags a word has in the Brown corpus (letters: a ADJ, p ADP, r ADV, x AUX, c CCONJ,
// d DET, i INTJ, n NOUN, m NUM, t PART, o PRON, P PROPN, . PUNCT, s SCONJ, v VERB, X X).
extern const uint32_t kBrownClassGroupCount;
extern const WordClassGroup kBrownClassGroups[];
extern const uint32_t kTagDictionarySize;
extern const TagDictionaryEntry kTagDictionary[];  // sorted by word (bytes)

}  // namespace storylens::pos::model
