// pos.hpp — a universal part-of-speech tagger (UPOS) for one sentence of tokens: an averaged perceptron with
// hashed features and int8 weights compiled in (pos_model.hpp), greedy left to right. No I/O, no exceptions.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace storylens::pos {

// The 17 UPOS tags in the model's (sorted) order.
enum class Tag : uint8_t {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X
};
constexpr int kTagCount = 17;

std::string_view tag_name(Tag tag);

// The WordNet classes of a lower-cased word as sorted letters ("v", "an": a adjective, n noun, r adverb,
// v verb), trying it as a plural, past form or gerund too; "-" when WordNet has it only as a noun or not at all.
std::string_view wordnet_classes(std::string_view lower);

// Tags one sentence given its tokens (UTF-8 byte strings, as written). `out` is resized to words.size(). Only
// the first `count` tokens are tagged (greedy left to right, so their tags are the same as in a full run); the
// rest are left X.
void tag_sentence(const std::vector<std::string_view>& words, std::vector<Tag>& out, size_t count = SIZE_MAX);

struct WordFacts;
// Which of the tagger's cached word facts a document's interned word ids stand for (the token stream's
// StreamToken::word: equal folded forms share an id), so a token costs an array index instead of hashing its
// bytes. One per document, empty at first; the tagger fills and checks it.
struct WordIdMemo {
    std::vector<const WordFacts*> facts;  // by word id; null until first met
    uint64_t generation = 0;              // of the tagger's cache these point into (it may have started over)
};

// The same tags as above, the words' facts found through `word_ids` (one per word) and `memo`.
void tag_sentence(const std::vector<std::string_view>& words, const std::vector<uint32_t>& word_ids, WordIdMemo& memo,
                  std::vector<Tag>& out, size_t count = SIZE_MAX);

}  // namespace storylens::pos
