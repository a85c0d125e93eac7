// token_stream.hpp — one token stream per document, built once after segmentation and read by the stages: each
// token's byte span, its folded form (stored once per distinct word, no string per token), an interned word id,
// lexicon feature bits, shape bits and its part-of-speech tag. Tags are computed when first asked for, sentence
// prefix by sentence prefix (the tagger is greedy left to right, so a prefix's tags are those of the whole
// sentence): the entity stage only asks for sentence-initial words, and tagging everything would cost more than
// the rest of the analysis gains. The stream refers to the text and document it was built from.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/document.hpp"
#include "lexicon/generated_table_ids.hpp"
#include "storylens/pos.hpp"

namespace storylens::text {

// Shape of a token as written.
enum ShapeBits : uint8_t {
    kCapitalized = 1 << 0,  // first byte an ASCII capital
    kAllCaps = 1 << 1,      // two or more letters, none lower case ("HTS", "U.S.")
    kHasDigit = 1 << 2,
    kAllDigits = 1 << 3,
    kNonAscii = 1 << 4,     // a byte >= 0x80
    kPunctuationShape = 1 << 5,  // TokenKind other than Word and Number
};

// Word classes of the lexicon the folded form belongs to (core/lexicon/*.tsv).
enum LexiconBits : uint16_t {
    kReportingVerb = 1 << 0,
    kFunctionWord = 1 << 1,
    kNameSuffix = 1 << 2,
    kTimeUnit = 1 << 3,
    kNegation = 1 << 4,
    kNounLikeCue = 1 << 5,
};

// One token as the stream gives it out: assembled from the packed per-token arrays below on each read, so
// the stream holds 7 bytes a token (word id, one word of bits, tag) instead of a 28-byte record.
struct StreamToken {
    Span span;             // bytes of Source::text
    uint32_t word = 0;     // interned folded form: equal forms share an id, ids count from 0 in first-seen order
    uint16_t lexicon = 0;  // LexiconBits
    TokenKind kind = TokenKind::Word;
    uint8_t shape = 0;     // ShapeBits
};

class TokenStream {
public:
    // One entry per Document::tokens entry, in the same order (so a Tok::index is also a stream index). The
    // stream reads spans and sentences from `doc`, which must outlive it.
    static TokenStream build(std::string_view text, const Document& doc);

    size_t size() const { return words_.size(); }
    StreamToken operator[](size_t i) const;
    uint32_t word(size_t i) const { return words_[i]; }  // stream[i].word without assembling the rest
    // The folded form is stored once per distinct word, not per token.
    std::string_view folded(size_t i) const { return folded_word(words_[i]); }
    std::string_view folded_word(uint32_t word) const {
        return std::string_view(folded_).substr(word_start_[word], word_start_[word + 1] - word_start_[word]);
    }
    // The token as written, and in plain ASCII lower case (A-Z lowered, every other byte kept: "Trump’s" ->
    // "trump’s", same length as written). The rule stages match this form; it is the folded form for ASCII
    // tokens and kept apart only for the few tokens whose fold differs (curly quotes, dashes, diacritics).
    std::string_view written(size_t i) const { return doc_->tokens[i].span.of(text_); }
    std::string_view lower(size_t i) const;
    std::string_view text() const { return text_; }
    const Document& document() const { return *doc_; }
    pos::Tag tag(size_t i) const;
    void tag_all() const;  // every token's tag now (benchmarks, exports that show them all)
    // Answers to a question about a folded form, by word id (0: not asked yet, 1: no, 2: yes): the rule stages ask
    // "is this word in table T", "can it start a time expression" once per distinct word, not once per token.
    // Only valid for a form the word's tokens share; see text::in_table (token_view.hpp).
    uint8_t& table_memo(lexicon::TableId table, uint32_t word) const;
    uint8_t& test_memo(bool (*test)(std::string_view), uint32_t word) const;
    uint32_t distinct_words() const { return uint32_t(word_start_.empty() ? 0 : word_start_.size() - 1); }
    // Bytes the stream holds (its arrays' capacities), for memory benchmarks and tests.
    size_t memory_bytes() const;

private:
    // bits_ layout: LexiconBits in the low 6 bits, ShapeBits in the next 6, TokenKind in the top 4.
    static constexpr unsigned kShapeShift = 6, kKindShift = 12;
    void tag_prefix(uint32_t sentence, uint32_t count) const;
    size_t memo_bytes() const;
    uint32_t sentence_of(uint32_t token) const;

    std::string_view text_;
    const Document* doc_ = nullptr;
    std::vector<uint32_t> words_;       // by token: word id
    std::vector<uint16_t> bits_;        // by token: lexicon, shape and kind packed
    std::string folded_;                // the distinct folded forms, one after another
    std::vector<uint32_t> word_start_;  // by word id: start in folded_, plus one end entry
    // Tokens whose ASCII lower case differs from their folded form, by token index (ascending), with that form
    // in lowered_ (each distinct one once). Only tokens with a byte >= 0x80 (or longer than a folded form keeps).
    struct LowerException {
        uint32_t token, start, size;
    };
    std::vector<LowerException> lower_exceptions_;
    std::string lowered_;
    mutable std::vector<pos::Tag> tags_;          // by token; valid for the first tagged_[s] tokens of sentence s
    mutable std::vector<uint32_t> tagged_;        // by sentence
    mutable std::vector<std::string_view> scratch_words_;  // scratch for the tagger
    mutable std::vector<uint32_t> scratch_ids_;            // scratch for the tagger: the words' ids
    mutable pos::WordIdMemo memo_;                         // the tagger's facts by word id, for this document
    mutable std::vector<pos::Tag> scratch_;
    mutable std::vector<std::vector<uint8_t>> table_memo_;  // by lexicon::TableId, then word id; filled on demand
    mutable std::vector<std::pair<bool (*)(std::string_view), std::vector<uint8_t>>> test_memo_;  // a few tests
};

// The folded form of a token as the stream makes it: ASCII lower case, Latin diacritics stripped (é -> e),
// curly quotes and apostrophes as ' or ", en and em dashes as -. Appends to `out`.
void append_folded(std::string_view token, std::string& out);

}  // namespace storylens::text
