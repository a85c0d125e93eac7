// editorial_note.cpp — see editorial_note.hpp.
#include "claims/editorial_note.hpp"

#include <string>

#include "lexicon/lexicon.hpp"

namespace storylens::claims {

bool is_editorial_note(const std::vector<text::Tok>& toks) {
    // the label is the one to three words before a colon opening the sentence
    std::string label;
    for (size_t k = 0; k < toks.size() && k < 4; ++k) {
        if (toks[k].text == ":") return k > 0 && lexicon::contains(lexicon::TableId::claims_editorial_labels, label);
        if (toks[k].kind != TokenKind::Word) return false;
        if (!label.empty()) label += ' ';
        label += toks[k].lower;
    }
    return false;
}

}  // namespace storylens::claims
