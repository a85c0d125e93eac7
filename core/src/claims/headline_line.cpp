// headline_line.cpp — see headline_line.hpp.
#include "claims/headline_line.hpp"

#include "lexicon/lexicon.hpp"

namespace storylens::claims {

bool is_headline_line(const Document& doc, const Sentence& sentence, const std::vector<text::Tok>& toks) {
    // alone in its paragraph (sentence ids index Document::sentences)
    const size_t id = sentence.id;
    if (id > 0 && doc.sentences[id - 1].paragraph == sentence.paragraph) return false;
    if (id + 1 < doc.sentences.size() && doc.sentences[id + 1].paragraph == sentence.paragraph) return false;
    // no full stop, question or exclamation mark at its end, also not inside a closing quotation mark
    size_t end = toks.size();
    while (end > 0 && toks[end - 1].kind == TokenKind::CloseQuote) --end;
    if (end == 0) return false;
    if (toks[end - 1].kind == TokenKind::Punctuation && lexicon::contains(lexicon::TableId::claims_sentence_end_marks, toks[end - 1].text))
        return false;
    // function words stay lower case in title case ("in", "to", "for"), so only words of four letters or more count
    size_t long_words = 0, capitalized = 0;
    for (const text::Tok& t : toks) {
        if (t.kind != TokenKind::Word || t.text.size() < 4) continue;
        ++long_words;
        if (text::is_capitalized(t.text)) ++capitalized;
    }
    return long_words >= 2 && capitalized * 10 >= long_words * 8;
}

}  // namespace storylens::claims
