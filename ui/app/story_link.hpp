// story_link.hpp — the open story's part of the viewer's shareable link: the story article on screen and the
// selected story item ("article=2&story=event:4"), so a link to a story reopens it at that item.
#pragma once
#include <string>
#include <string_view>

#include "app/story_state.hpp"

namespace storylens::ui {

struct StoryLink {
    int article = -1;  // story article index, -1 for none given
    std::string kind;  // "event" | "claim" | "" (none)
    int id = -1;       // story event or claim id
};

// "" when no story is on screen; else "article=N", and "&story=event:K" or "&story=claim:K" when the selection
// in the article pane is that article's report of story event or claim K.
std::string story_fragment(const AppState& s, const StoryState& st);

// Takes a fragment field story_fragment writes into `link`; false for any other key (the caller's).
bool take_story_field(std::string_view key, std::string_view value, StoryLink& link);

// Opens what `link` names: the story item's report in the linked article (else its first report), or the linked
// article alone; the Story tab comes up. Nothing happens without a story on screen or for ids it does not hold.
void apply_story_link(AppState& s, StoryState& st, const StoryLink& link);

}  // namespace storylens::ui
