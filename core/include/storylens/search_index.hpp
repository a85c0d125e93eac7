// search_index.hpp — the article indexed for search: folded terms -> positions, plus entity, claim and event text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/analysis.hpp"
#include "storylens/span.hpp"

namespace storylens {

enum class SearchKind : uint8_t { Text, Entity, Claim, Event };
const char* search_kind_name(SearchKind kind);  // "text" | "entity" | "claim" | "event"

struct SearchHit {
    SearchKind kind = SearchKind::Text;
    uint32_t id = 0;        // entity, claim or event id; for text the index of the hit among text hits
    Span span;              // the matched words in Source::text (entities: first mention; claims, events: their span)
    uint32_t sentence = 0;  // the sentence to jump to
};

struct SearchResults {
    std::vector<SearchHit> text;      // in text order
    std::vector<SearchHit> entities;  // by entity id
    std::vector<SearchHit> claims;    // by claim id
    std::vector<SearchHit> events;    // by event id
    bool empty() const { return text.empty() && entities.empty() && claims.empty() && events.empty(); }
    size_t total() const { return text.size() + entities.size() + claims.size() + events.size(); }
};

// A query is one word, several words (consecutive words: a phrase) or a "quoted phrase". Words match whole
// words; the last word of an unquoted query also matches as a prefix (so results follow typing), and any word
// ending in `*` is a prefix. Letters fold case and Latin diacritics ("Zürich" = "zurich", "Māori" = "maori");
// apostrophes and hyphens split words, so ’ and ' are alike and "al-Assad" is the phrase "al assad".
inline constexpr size_t kMaxQueryBytes = 256;
inline constexpr size_t kMaxQueryWords = 16;

class SearchIndex {
public:
    SearchIndex() = default;
    static SearchIndex build(const Analysis& analysis);
    // Empty, over-long or word-less queries give empty results; any bytes are accepted.
    SearchResults find(std::string_view query) const;
    size_t term_count() const { return terms_.size(); }
    size_t word_count() const { return word_terms_.size(); }

private:
    struct Term {
        uint32_t offset = 0;  // into pool_
        uint32_t size = 0;
    };
    struct Field {  // a searchable text of an entity, claim or event, folded into words of pool_
        SearchKind kind = SearchKind::Entity;
        uint32_t id = 0;
        Span span;
        uint32_t sentence = 0;
        uint32_t first_word = 0, word_count = 0;  // into field_words_
    };
    std::string_view term(uint32_t id) const { return std::string_view(pool_).substr(terms_[id].offset, terms_[id].size); }
    struct TermRange {
        uint32_t first = 0, last = 0;  // term ids [first, last)
        bool empty() const { return last <= first; }
    };
    TermRange lookup(std::string_view word, bool prefix) const;

    std::string pool_;                     // every distinct folded term once, in sorted order
    std::vector<Term> terms_;              // sorted by text: a prefix is a contiguous id range
    std::vector<uint32_t> word_terms_;     // term id of each word of the text, in text order
    std::vector<Span> word_spans_;         // byte span of each word in Source::text
    std::vector<uint32_t> posting_starts_; // postings of term t are postings_[posting_starts_[t], posting_starts_[t+1])
    std::vector<uint32_t> postings_;       // word ordinals, grouped by term, ascending within a term
    std::vector<uint32_t> word_sentence_;  // sentence of each word
    std::vector<Field> fields_;
    std::vector<uint32_t> field_words_;    // term ids of the fields' words
};

// The search form of a text: each word folded (lower case, Latin diacritics removed) and separated by one space.
std::string fold_for_search(std::string_view text);

}  // namespace storylens
