// headline_line.hpp — a headline or title-case line: its capitals and clipped verbs ("Sources Say Talks Stalled")
// are display style, so it carries a claim only when it holds a real quotation.
#pragma once
#include <string_view>
#include <vector>

#include "storylens/document.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

// A paragraph of one sentence with no sentence-final punctuation whose longer words are mostly capitalized.
bool is_headline_line(const Document& doc, const Sentence& sentence, const std::vector<text::Tok>& toks);

}  // namespace storylens::claims
