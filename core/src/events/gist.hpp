// gist.hpp — a short, scannable line for a timeline item, built only from words of the sentence:
// subject (or the entity it names) + verb group + a few words of object.
#pragma once
#include <string>
#include <vector>

#include "storylens/entities.hpp"
#include "text/token_view.hpp"

namespace storylens::events {

// `toks` is the clause; tokens marked in `skip` (the time expression and its preposition, parentheticals)
// are left out.
std::string gist(const std::vector<text::Tok>& toks, const std::vector<char>& skip, const std::vector<Entity>& entities,
                 const MentionIndex& mentions);

// Whether a token is a finite verb or a verb group start ("broke", "was", "launched"), by form.
bool looks_like_verb(const std::vector<text::Tok>& toks, size_t i);

}  // namespace storylens::events
