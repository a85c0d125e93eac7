// token_stream.cpp — see token_stream.hpp.
#include "text/token_stream.hpp"

#include <algorithm>
#include <unordered_map>

#include "index/fold.hpp"
#include "ingest/utf8.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::text {
namespace {

uint8_t shape_of(std::string_view s, TokenKind kind) {
    uint8_t bits = 0;
    int letters = 0, digits = 0;
    bool lower = false;
    for (unsigned char c : s) {
        if (c >= 'a' && c <= 'z') lower = true, ++letters;
        else if (c >= 'A' && c <= 'Z') ++letters;
        else if (c >= '0' && c <= '9') ++digits;
        else if (c >= 0x80) bits |= kNonAscii;
    }
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') bits |= kCapitalized;
    if (letters >= 2 && !lower) bits |= kAllCaps;
    if (digits) bits |= kHasDigit;
    if (digits && size_t(digits) == s.size()) bits |= kAllDigits;
    if (kind != TokenKind::Word && kind != TokenKind::Number) bits |= kPunctuationShape;
    return bits;
}

uint16_t lexicon_bits(std::string_view folded) {
    using lexicon::TableId;
    uint16_t bits = 0;
    if (lexicon::contains(TableId::reporting_verbs, folded)) bits |= kReportingVerb;
    if (lexicon::contains(TableId::english_function_words, folded)) bits |= kFunctionWord;
    if (lexicon::contains(TableId::name_suffixes, folded)) bits |= kNameSuffix;
    if (lexicon::contains(TableId::relative_time_units, folded)) bits |= kTimeUnit;
    if (lexicon::contains(TableId::story_negations, folded)) bits |= kNegation;
    if (lexicon::contains(TableId::noun_like_cues, folded)) bits |= kNounLikeCue;
    return bits;
}

}  // namespace

void append_folded(std::string_view token, std::string& out) {
    size_t pos = 0;
    while (pos < token.size()) {
        const unsigned char c = static_cast<unsigned char>(token[pos]);
        if (c < 0x80) {  // the common case: ASCII, lower-cased in place
            out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : char(c);
            ++pos;
            continue;
        }
        int length = 0;
        const uint32_t cp = utf8::decode(token, pos, length);
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x02BC) out += '\'';
        else if (cp == 0x201C || cp == 0x201D || cp == 0x201F || cp == 0x2033) out += '"';
        else if (cp >= 0x2010 && cp <= 0x2015) out += '-';
        else if (!search::fold_code_point(cp, out)) out.append(token.substr(pos, size_t(length)));
        pos += size_t(length > 0 ? length : 1);
    }
}

TokenStream TokenStream::build(std::string_view text, const Document& doc) {
    TokenStream stream;
    stream.tokens_.resize(doc.tokens.size());
    stream.folded_.reserve(text.size());
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
        const Token& t = doc.tokens[i];
        const std::string_view written = t.span.of(text);
        StreamToken& out = stream.tokens_[i];
        out.span = t.span;
        out.kind = t.kind;
        out.shape = shape_of(written, t.kind);
        out.folded_start = uint32_t(stream.folded_.size());
        append_folded(written, stream.folded_);
        out.folded_size = uint16_t(std::min<size_t>(stream.folded_.size() - out.folded_start, 0xFFFF));
    }
    // Interning and lexicon look-ups once the folded buffer no longer moves; one look-up per distinct word.
    std::unordered_map<std::string_view, uint32_t> ids;
    std::vector<uint16_t> bits_by_word;
    ids.reserve(doc.tokens.size() / 4 + 16);
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
        StreamToken& out = stream.tokens_[i];
        const std::string_view folded = stream.folded(i);
        const auto [it, added] = ids.emplace(folded, uint32_t(ids.size()));
        if (added) bits_by_word.push_back(out.kind == TokenKind::Word ? lexicon_bits(folded) : 0);
        out.word = it->second;
        out.lexicon = bits_by_word[out.word];
    }
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
        for (uint32_t i = doc.sentences[s].first_token; i < doc.sentences[s].first_token + doc.sentences[s].token_count; ++i)
            stream.tokens_[i].sentence = s;
    stream.text_ = text;
    stream.doc_ = &doc;
    stream.tags_.assign(doc.tokens.size(), pos::Tag::X);
    stream.tagged_.assign(doc.sentences.size(), 0);
    stream.distinct_words_ = uint32_t(ids.size());
    return stream;
}

void TokenStream::tag_prefix(uint32_t sentence, uint32_t count) const {
    const Sentence& s = doc_->sentences[sentence];
    words_.clear();
    word_ids_.clear();
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        words_.push_back(tokens_[i].span.of(text_));
        word_ids_.push_back(tokens_[i].word);
    }
    pos::tag_sentence(words_, word_ids_, memo_, scratch_, count);
    for (uint32_t k = 0; k < count && k < scratch_.size(); ++k) tags_[s.first_token + k] = scratch_[k];
    tagged_[sentence] = count;
}

pos::Tag TokenStream::tag(size_t i) const {
    const uint32_t sentence = tokens_[i].sentence;
    const uint32_t needed = uint32_t(i) - doc_->sentences[sentence].first_token + 1;
    if (tagged_[sentence] < needed) tag_prefix(sentence, needed);
    return tags_[i];
}

void TokenStream::tag_all() const {
    for (uint32_t s = 0; s < tagged_.size(); ++s)
        if (tagged_[s] < doc_->sentences[s].token_count) tag_prefix(s, doc_->sentences[s].token_count);
}

}  // namespace storylens::text
