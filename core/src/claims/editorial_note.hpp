// editorial_note.hpp — "Editor's note: …", "Correction: …": a sentence opened by the outlet's own label
// (core/lexicon/claims_editorial_labels.tsv) speaks for the publication; its verbs attribute nothing.
#pragma once
#include <vector>

#include "text/token_view.hpp"

namespace storylens::claims {

bool is_editorial_note(const std::vector<text::Tok>& toks);

}  // namespace storylens::claims
