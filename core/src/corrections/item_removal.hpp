// item_removal.hpp — taking an item out of an analysis and renumbering what points at the ones after it.
#pragma once
#include <cstdint>

#include "storylens/analysis.hpp"

namespace storylens::corrections {

// Every reference to `entity` becomes `replacement` (an id before the removal, or -1), then the entity goes.
void remove_entity(Analysis& a, uint32_t entity, int32_t replacement);
// Nested claims move up to the removed claim's parent; events it reported lose their reporter.
void remove_claim(Analysis& a, uint32_t claim);
// Its place in the timeline and its relations go with it.
void remove_event(Analysis& a, uint32_t event);

}  // namespace storylens::corrections
