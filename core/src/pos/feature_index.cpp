// feature_index.cpp — the hash table over the compiled-in model's sorted feature keys, built once.
#include "pos/feature_index.hpp"

#include "pos/pos_model.hpp"

namespace storylens::pos {

FeatureIndex::FeatureIndex() : weights_(model::kWeights) {
    size_t size = 1;
    while (size < 2 * size_t(model::kFeatureCount)) size <<= 1;
    mask_ = uint32_t(size - 1);
    slots_.assign(size, Slot{0, kNoRow});
    starts_.resize(size_t(model::kFeatureCount) + 1);
    for (uint32_t i = 0; i < model::kFeatureCount; ++i) {
        starts_[i + 1] = starts_[i] + model::kFeatureWeightCounts[i];
        uint32_t at = mix(model::kFeatureKeys[i]) & mask_;
        while (slots_[at].row != kNoRow) at = (at + 1) & mask_;
        slots_[at] = Slot{model::kFeatureKeys[i], i};
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
