// mark_description.hpp — what a highlighted word of the article resolved to, in words a reader can check: the
// date of a time expression, the entity and its type, the claim and its source. The article's hover and the
// DOM mirror of the article (for screen readers) say the same thing.
#pragma once
#include <cstdint>
#include <string>

#include "storylens/analysis.hpp"

namespace storylens::ui {

// One marked thing in words (dates as view::timex_date_words reads them): "time: Saturday 5 April 2025
// (2025-04-05)", "Bashar al-Assad, a person", "claim by the ministry (said), indirect".
std::string describe_timex(const Timex& t);
std::string describe_entity(const Entity& e);
std::string describe_claim(const Analysis& a, const Claim& c);

// The word at byte `offset` as the analysis resolved it, in the words above. Empty when nothing marked covers it.
std::string describe_at(const Analysis& a, uint32_t offset);

}  // namespace storylens::ui
