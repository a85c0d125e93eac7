// page_title.hpp — the headline inside a <title> such as "Story headline | Site name".
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace storylens::html {

// Drops a site part after (or before) a " | ", " - ", " – ", " — ", " / ", " » " separator, or a section before
// ": ", unless that leaves four words or fewer (then the title was the headline). `headings` are the page's
// <h1>/<h2> texts: a title equal to one is kept as it is; a very short or long title is replaced by the only <h1>.
// The same rules as Mozilla Readability's, so short titles ("Daring Fireball: Colophon") stay whole.
std::string headline_from_title(std::string_view title, const std::vector<std::string>& headings,
                                const std::vector<std::string>& h1s);

}  // namespace storylens::html
