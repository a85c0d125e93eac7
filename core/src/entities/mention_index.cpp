// mention_index.cpp — see MentionIndex in entities.hpp.
#include <algorithm>

#include "storylens/entities.hpp"

namespace storylens {

MentionIndex::MentionIndex(const std::vector<Entity>& entities) {
    for (const Entity& e : entities)
        for (const Mention& m : e.mentions) refs_.push_back({m.span, e.id});
    std::stable_sort(refs_.begin(), refs_.end(),
                     [](const MentionRef& a, const MentionRef& b) { return a.span.start < b.span.start; });
}

size_t MentionIndex::first_at_or_after(uint32_t offset) const {
    return static_cast<size_t>(std::lower_bound(refs_.begin(), refs_.end(), offset,
                                                [](const MentionRef& m, uint32_t o) { return m.span.start < o; }) -
                               refs_.begin());
}

std::vector<MentionRef> MentionIndex::inside(Span span) const {
    std::vector<MentionRef> out;
    for (size_t i = first_at_or_after(span.start); i < refs_.size() && refs_[i].span.start < span.end; ++i)
        if (refs_[i].span.end <= span.end) out.push_back(refs_[i]);
    return out;
}

}  // namespace storylens
