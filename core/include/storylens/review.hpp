// review.hpp — what people add to an analysis: a fact-checker's verdict on a claim, a journalist's note on an
// item. Both come in through corrections (docs/corrections.md); the engine never makes them up.
#pragma once
#include <cstdint>
#include <string>

namespace storylens {

struct Verdict {
    uint32_t claim = 0;          // claim id
    std::string rating;          // "False", "Mostly true" ... (ClaimReview reviewRating.alternateName)
    bool has_value = false;      // a numeric rating was given
    int value = 0, best = 5, worst = 1;  // reviewRating ratingValue, bestRating, worstRating
    std::string url;             // the published review
    std::string reviewer;        // person or organization
    std::string date;            // YYYY-MM-DD the review was published, may be empty
};

enum class ItemKind { Claim, Event, Entity };
const char* item_kind_name(ItemKind kind);  // "claim" | "event" | "entity"

struct Note {
    ItemKind item = ItemKind::Claim;
    uint32_t id = 0;
    std::string text;
};

}  // namespace storylens
