// feature_index.cpp — the hash table over the compiled-in model's sorted feature keys, built once.
#include "pos/feature_index.hpp"

#include "pos/pos_model.hpp"

namespace storylens::pos {

std::vector<uint32_t> FeatureIndex::decode_keys() {
    std::vector<uint32_t> keys;
    keys.reserve(model::kFeatureCount);
    uint32_t key = 0, gap = 0;
    int shift = 0;
    for (uint32_t i = 0; i < model::kFeatureKeyDeltaBytes; ++i) {
        gap |= uint32_t(model::kFeatureKeyDeltas[i] & 0x7F) << shift;
        shift += 7;
        if (model::kFeatureKeyDeltas[i] & 0x80) continue;
        key += gap;
        keys.push_back(key);
        gap = 0, shift = 0;
    }
    return keys;
}

FeatureIndex::FeatureIndex() : tags_(model::kWeightTags), values_(model::kWeightValues) {
    const std::vector<uint32_t> keys = decode_keys();
    size_t size = 1;
    while (size < 2 * keys.size()) size <<= 1;
    mask_ = uint32_t(size - 1);
    slots_.assign(size, Slot{0, kNoRow});
    starts_.assign(keys.size() + 1, 0);
    for (uint32_t i = 0; i < keys.size(); ++i) {
        starts_[i + 1] = starts_[i] + model::kFeatureWeightCounts[i];
        uint32_t at = mix(keys[i]) & mask_;
        while (slots_[at].row != kNoRow) at = (at + 1) & mask_;
        slots_[at] = Slot{keys[i], i};
    }
}

uint32_t FeatureIndex::find(uint32_t key) const {
    for (uint32_t at = mix(key) & mask_;; at = (at + 1) & mask_) {
        const Slot& slot = slots_[at];
        if (slot.row == kNoRow || slot.key == key) return slot.row;
    }
}

const FeatureIndex& feature_index() {
    static const FeatureIndex index;
    return index;
}

}  // namespace storylens::pos
