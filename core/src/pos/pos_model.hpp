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
// FNV-1a 32-bit hashes of the feature strings, sorted, unique, stored as LEB128 varints of the gap to the one before.
extern const uint32_t kFeatureKeyDeltaBytes;
extern const uint8_t kFeatureKeyDeltas[];
extern const uint8_t kFeatureWeightCounts[];  // how many weights each feature has, in key order
extern const uint8_t kWeightTags[];           // the tag index of each weight, feature after feature
extern const int8_t kWeightValues[];          // the weight
// The words of the WordNet and Brown class tables, sorted, front-coded: per word one byte (how many leading bytes
// it shares with the word before), the rest of it, '\n'. Each word's WordNet classes (sorted letters of a adjective,
// n noun, r adverb, v verb; lemmas that are only nouns are left out) and the universal tags it has in the Brown
// corpus (letters: a ADJ, p ADP, r ADV, x AUX, c CCONJ, d DET, i INTJ, n NOUN, m NUM, t PART, o PRON, P PROPN,
// . PUNCT, s SCONJ, v VERB, X X) are indexes into the class names, 0 being "-" (none).
extern const uint32_t kClassWordCount;
extern const uint32_t kClassWordBytes;
extern const char kClassWords[];
extern const uint32_t kWordNetClassCount;
extern const char* const kWordNetClasses[];
extern const uint8_t kWordNetClassOfWord[];
extern const uint32_t kBrownClassCount;
extern const char* const kBrownClasses[];
extern const uint8_t kBrownClassOfWord[];
extern const uint32_t kTagDictionarySize;
extern const TagDictionaryEntry kTagDictionary[];  // sorted by word (bytes)

}  // namespace storylens::pos::model
