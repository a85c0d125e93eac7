// lexicon.cpp — lookups in the generated tables.
#include "lexicon/lexicon.hpp"

#include <cstdint>
#include <vector>

#include "text/token_view.hpp"

namespace storylens::lexicon {

namespace {

// Rule code asks the tables about nearly every token, and nearly every answer is "no": a binary search spends
// about log2(n) string compares on that, an open-addressing hash table one hash and usually no compare at all.
// One index per table, built once per process on first use (thread-safe as a function-local static).
uint32_t hash_word(std::string_view w) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

// Most questions are about a word the table does not hold: the lengths and first bytes of its keys turn most of
// them away before the word is hashed (a word that passes both is looked up as before).
struct Index {
    std::vector<uint32_t> slots;  // 1 + position in Table::keys; 0 is empty
    uint32_t mask = 0;
    uint64_t lengths = 0;         // bit n: a key of n bytes (bit 63: of 63 or more)
    uint64_t first_bytes[4] = {};  // bit b: a key starting with byte b
};

uint32_t length_bit(size_t size) { return static_cast<uint32_t>(size < 63 ? size : 63); }
bool has_first_byte(const Index& index, unsigned char b) { return (index.first_bytes[b >> 6] >> (b & 63)) & 1; }

std::vector<Index> build_indexes() {
    std::vector<Index> all(kTableCount);
    for (int i = 0; i < kTableCount; ++i) {
        const Table& t = table(static_cast<TableId>(i));
        size_t size = 8;
        while (size < t.key_count * 2) size *= 2;
        Index& index = all[i];
        index.slots.assign(size, 0);
        index.mask = static_cast<uint32_t>(size - 1);
        for (size_t k = 0; k < t.key_count; ++k) {
            const std::string_view w = t.keys[k].word;
            index.lengths |= uint64_t{1} << length_bit(w.size());
            const unsigned char first = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
            if (!w.empty()) index.first_bytes[first >> 6] |= uint64_t{1} << (first & 63);
            uint32_t slot = hash_word(t.keys[k].word) & index.mask;
            bool present = false;
            while (index.slots[slot] && !present) {
                present = t.keys[index.slots[slot] - 1].word == t.keys[k].word;  // the first row of a key wins
                slot = (slot + 1) & index.mask;
            }
            if (!present) index.slots[slot] = static_cast<uint32_t>(k + 1);
        }
    }
    return all;
}

}  // namespace

long find_row(TableId id, std::string_view word) {
    static const std::vector<Index> indexes = build_indexes();
    const Table& t = table(id);
    const Index& index = indexes[static_cast<int>(id)];
    if (!((index.lengths >> length_bit(word.size())) & 1)) return -1;
    if (!word.empty() && !has_first_byte(index, static_cast<unsigned char>(word[0]))) return -1;
    for (uint32_t slot = hash_word(word) & index.mask; index.slots[slot]; slot = (slot + 1) & index.mask) {
        const Key& key = t.keys[index.slots[slot] - 1];
        if (key.word.size() == word.size() && key.word == word) return static_cast<long>(key.row);
    }
    return -1;
}

bool contains_lowered(TableId id, std::string_view word) {
    char lower[64];
    if (word.size() > sizeof lower) return contains(id, text::lowered(word));  // the rare word longer than the buffer
    for (size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return contains(id, std::string_view(lower, word.size()));
}

std::string_view cell(TableId id, size_t row, int column) {
    const Table& t = table(id);
    if (row >= t.rows || column < 0 || column >= t.columns) return {};
    return t.cells[row * static_cast<size_t>(t.columns) + static_cast<size_t>(column)];
}

bool tables_are_sorted_and_unique() {
    for (int i = 0; i < kTableCount; ++i) {
        const Table& t = table(static_cast<TableId>(i));
        for (size_t k = 1; k < t.key_count; ++k)
            if (!(t.keys[k - 1].word < t.keys[k].word)) return false;
        if (t.source.empty() || t.licence.empty()) return false;
    }
    return true;
}

}  // namespace storylens::lexicon
