// feature_index.hpp — the compiled-in model's features as an open-addressing table from FNV-1a hash to the row of
// weights (a binary search per feature would cost more than the rest of the tagger), and the FNV-1a steps that
// build the keys piece by piece, so a cached prefix state can be continued with a neighbour's bytes.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "storylens/pos.hpp"

namespace storylens::pos {

constexpr uint32_t kFnvBasis = 0x811C9DC5u;
constexpr uint32_t kNoRow = 0xFFFFFFFFu;  // a feature the model does not know

inline uint32_t fnv(uint32_t h, std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 0x01000193u;
    return h;
}
inline uint32_t fnv(uint32_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 0x01000193u; }

class FeatureIndex {
public:
    FeatureIndex();
    static std::vector<uint32_t> decode_keys();  // the model's sorted feature keys
    uint32_t find(uint32_t key) const;  // the feature's row, or kNoRow
    // Adds the weights of a row (kNoRow adds nothing) to `scores`.
    void add(uint32_t row, std::array<int32_t, kTagCount>& scores) const {
        if (row == kNoRow) return;
        for (uint32_t w = starts_[row]; w < starts_[row + 1]; ++w) scores[tags_[w]] += values_[w];
    }

private:
    struct Slot {
        uint32_t key;
        uint32_t row;
    };
    static uint32_t mix(uint32_t h) { return h ^ (h >> 15); }
    std::vector<Slot> slots_;
    std::vector<uint32_t> starts_;  // offsets into the weights, one per row and one past the end
    const uint8_t* tags_ = nullptr;
    const int8_t* values_ = nullptr;
    uint32_t mask_ = 0;
};

const FeatureIndex& feature_index();

}  // namespace storylens::pos
