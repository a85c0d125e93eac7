// headline_speaker.cpp — "Lynch: No outside influence on FBI probe", "Poll: Trump and Clinton hold narrow leads": the
// document's opening line names who speaks before a colon even when the name is no entity (a surname alone, "Poll",
// "Clinton camp"); PolNeAR marks the words after the colon as that speaker's statement.
#include "claims/attributor.hpp"
#include "claims/cues.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

void Attributor::headline_speaker_colon() {
    // the document's first sentence, alone in its paragraph
    if (sentence_->id != 0 || toks_.empty()) return;
    if (doc_.sentences.size() > 1 && doc_.sentences[1].paragraph == sentence_->paragraph) return;
    if (toks_[0].kind != TokenKind::Word || !text::is_capitalized(toks_[0].text)) return;
    size_t colon = 0;
    while (colon < toks_.size() && colon < kHeadlineLabelWords && toks_[colon].text != ":") {
        const Tok& t = toks_[colon];
        claims::Cue cue;
        const std::string_view next = colon + 1 < toks_.size() ? toks_[colon + 1].lower : empty_;
        // a label of words only, none a headline label ("Breaking", "The Latest") or a cue ("Sources Say")
        if ((t.kind != TokenKind::Word && !title_stop(colon)) || quoted(colon) ||
            lexicon::contains(lexicon::TableId::claims_headline_labels, t.lower) ||
            claims::find_cue(tokens_, t, next, cue))
            return;
        ++colon;
    }
    if (colon == 0 || colon >= toks_.size() || toks_[colon].text != ":") return;
    const size_t end = content_end(colon + 1);
    size_t words = 0;
    for (size_t k = colon + 1; k < end; ++k) words += toks_[k].kind == TokenKind::Word;
    if (words < kHeadlineContentWords) return;
    const bool quote_first = toks_[colon + 1].kind == TokenKind::OpenQuote;
    add_claim(span_of(0, colon), resolve(0, colon), colon, 1, colon + 1, end, kind_of(colon + 1, end, quote_first));
}

}  // namespace storylens::claims
