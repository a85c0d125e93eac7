// name_shape.hpp — what a capitalized run looks like on its own: name words, particles, and the type its
// words suggest (an organization head, a place head, a person's two to four words).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities/candidate.hpp"
#include "text/token_view.hpp"

namespace storylens::entities {

bool is_word(const text::Tok& t);
bool is_calendar(std::string_view lower);  // month and weekday names
bool name_word(const text::Tok& t);        // capitalized, or a hyphenated particle ("al-Assad")
bool is_initial(const text::Tok& t);       // one capital letter: the "H" of "Paul H. Chipok"
bool lower_particle(const text::Tok& t);   // "de", "von", "der" in lower case
// One or two lower-case particles at `j` followed by a name word: the index of that word, else 0.
size_t particles_then_name(const std::vector<text::Tok>& toks, size_t j);
std::string title_case(std::string_view s);  // "BRUSSELS" -> "Brussels"
// "the Iraq War", "Super Bowl": a run of two or more words whose last is an event head (entities_event_heads).
bool is_event_name(const std::vector<text::Tok>& toks, size_t from, size_t to);
Kind classify(const std::vector<text::Tok>& toks, size_t from, size_t to);

}  // namespace storylens::entities
