// follow_on_quotes.hpp — sentences and paragraphs that are only a quotation, continuing the speaker of the paragraph before.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "storylens/claims.hpp"
#include "storylens/document.hpp"

namespace storylens::claims {

// News style runs a long quote over several paragraphs and names the speaker once:
//   "We will rebuild," the mayor said.
//   "Nothing will stop us."
// A sentence that opens with a quotation mark, is nothing but that quotation and holds no claim of its own,
// right after a sentence of its paragraph (`"…," X said. "…"`) or a paragraph whose last claim is a direct or
// mixed quote, is a direct claim by the same source with no cue. `quote_partner` maps each paired quotation mark (global token index) to its partner, -1 else.
// Returns the new claims (ids unset), in text order; each may continue the one before it.
std::vector<Claim> follow_on_quotes(std::string_view text, const Document& doc,
                                    const std::vector<int64_t>& quote_partner, const std::vector<Claim>& claims);

}  // namespace storylens::claims
