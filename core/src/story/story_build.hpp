// story_build.hpp — the three linking passes of analyze_story(), each over all articles once.
#pragma once
#include <cstdint>
#include <numeric>
#include <vector>

#include "storylens/story.hpp"

namespace storylens::story {

// Union-find over items numbered 0..n-1; the smaller index stays the root so groups keep first-seen order.
class Groups {
public:
    explicit Groups(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
    uint32_t find(uint32_t x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    uint32_t join(uint32_t a, uint32_t b) {
        a = find(a), b = find(b);
        if (a == b) return a;
        if (b < a) std::swap(a, b);
        parent_[b] = a;
        return a;
    }

private:
    std::vector<uint32_t> parent_;
};

// Which story entity each article entity belongs to: entity_of[article][entity id] (-1 for none).
using EntityMap = std::vector<std::vector<int32_t>>;

// `usable[a]` is false for articles whose analysis failed: they add nothing.
void link_entities(const std::vector<StoryArticle>& articles, const std::vector<bool>& usable, Story& story,
                   EntityMap& entity_of);
void link_events(const std::vector<StoryArticle>& articles, const std::vector<bool>& usable,
                 const EntityMap& entity_of, Story& story);
void link_claims(const std::vector<StoryArticle>& articles, const std::vector<bool>& usable,
                 const EntityMap& entity_of, Story& story);

}  // namespace storylens::story
