// story_view_parts.hpp — what the Story tab's parts share: outlet colours and chips, and remembering drawn rows.
#pragma once
#include <imgui.h>

#include <string>

#include "app/story_state.hpp"

namespace storylens::ui {

ImU32 outlet_colour(uint32_t outlet);
std::string outlet_label(const StoryState& st, uint32_t outlet);  // "(no outlet)" when none was given
void outlet_chip(const StoryState& st, uint32_t outlet);           // a coloured square and the outlet's name
// Records the last item drawn (its centre) as a StoryItem.
void remember_item(StoryState& st, const char* kind, uint32_t id);

void draw_story_timeline(AppState& s, StoryState& st);
void draw_story_claims(AppState& s, StoryState& st);

}  // namespace storylens::ui
