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

// The packed bits_ hold six lexicon bits, six shape bits and a TokenKind.
static_assert(kNounLikeCue < (1u << 6) && kPunctuationShape < (1u << 6), "a bit does not fit the packed layout");
static_assert(uint8_t(TokenKind::Punctuation) < 16, "TokenKind does not fit the packed layout");

TokenStream TokenStream::build(std::string_view text, const Document& doc) {
    TokenStream stream;
    const size_t n = doc.tokens.size();
    stream.words_.resize(n);
    stream.bits_.resize(n);
    // One look-up per token, one fold and lexicon look-up per distinct word; the map's keys are the only
    // strings per word and go away with it.
    std::unordered_map<std::string, uint32_t> ids;
    ids.reserve(n / 8 + 16);
    std::vector<uint16_t> lexicon_by_word;
    std::string folded;
    std::unordered_map<std::string, uint32_t> lowered_at;  // distinct ASCII-lowered forms kept apart -> start
    std::string lower;
    stream.word_start_.push_back(0);
    for (uint32_t i = 0; i < n; ++i) {
        const Token& t = doc.tokens[i];
        const std::string_view written = t.span.of(text);
        folded.clear();
        append_folded(written, folded);
        if (folded.size() > 0xFFFF) folded.resize(0xFFFF);  // as the 16-bit size of the earlier layout kept it
        auto it = ids.find(folded);
        if (it == ids.end()) {
            it = ids.emplace(folded, uint32_t(ids.size())).first;
            lexicon_by_word.push_back(t.kind == TokenKind::Word ? lexicon_bits(folded) : 0);
            stream.folded_ += folded;
            stream.word_start_.push_back(uint32_t(stream.folded_.size()));
        }
        // The first token of a form decides its lexicon bits (kind Word or not), as before.
        stream.words_[i] = it->second;
        const uint8_t shape = shape_of(written, t.kind);
        stream.bits_[i] = uint16_t(lexicon_by_word[it->second] | (shape << kShapeShift) |
                                   (unsigned(t.kind) << kKindShift));
        if ((shape & kNonAscii) || written.size() != folded.size()) {
            lower.assign(written);
            for (char& c : lower)
                if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
            if (lower != folded) {
                auto at = lowered_at.find(lower);
                if (at == lowered_at.end()) {
                    at = lowered_at.emplace(lower, uint32_t(stream.lowered_.size())).first;
                    stream.lowered_ += lower;
                }
                stream.lower_exceptions_.push_back({i, at->second, uint32_t(lower.size())});
            }
        }
    }
    stream.folded_.shrink_to_fit();
    stream.lowered_.shrink_to_fit();
    stream.lower_exceptions_.shrink_to_fit();
    stream.word_start_.shrink_to_fit();
    stream.text_ = text;
    stream.doc_ = &doc;
    stream.tags_.assign(n, pos::Tag::X);
    stream.tagged_.assign(doc.sentences.size(), 0);
    return stream;
}

StreamToken TokenStream::operator[](size_t i) const {
    StreamToken t;
    t.span = doc_->tokens[i].span;
    t.word = words_[i];
    t.lexicon = uint16_t(bits_[i] & ((1u << kShapeShift) - 1));
    t.shape = uint8_t((bits_[i] >> kShapeShift) & ((1u << (kKindShift - kShapeShift)) - 1));
    t.kind = TokenKind(bits_[i] >> kKindShift);
    return t;
}

std::string_view TokenStream::lower(size_t i) const {
    const std::string_view fold = folded(i);
    const bool ascii = !((bits_[i] >> kShapeShift) & kNonAscii);
    if (ascii && fold.size() == doc_->tokens[i].span.size()) return fold;  // nearly every token: no search
    {
        const auto it = std::lower_bound(lower_exceptions_.begin(), lower_exceptions_.end(), uint32_t(i),
                                         [](const LowerException& e, uint32_t t) { return e.token < t; });
        if (it != lower_exceptions_.end() && it->token == i)
            return std::string_view(lowered_).substr(it->start, it->size);
    }
    return fold;
}

uint8_t& TokenStream::table_memo(lexicon::TableId table, uint32_t word) const {
    if (table_memo_.empty()) table_memo_.resize(lexicon::kTableCount);
    std::vector<uint8_t>& memo = table_memo_[size_t(table)];
    if (memo.empty()) memo.assign(distinct_words(), 0);
    return memo[word];
}

uint8_t& TokenStream::test_memo(bool (*test)(std::string_view), uint32_t word) const {
    for (auto& [known, memo] : test_memo_)
        if (known == test) return memo[word];
    test_memo_.emplace_back(test, std::vector<uint8_t>(distinct_words(), 0));
    return test_memo_.back().second[word];
}

size_t TokenStream::memo_bytes() const {
    size_t bytes = table_memo_.capacity() * sizeof(table_memo_[0]) + test_memo_.capacity() * sizeof(test_memo_[0]);
    for (const auto& memo : table_memo_) bytes += memo.capacity();
    for (const auto& [test, memo] : test_memo_) bytes += memo.capacity();
    return bytes;
}

size_t TokenStream::memory_bytes() const {
    return words_.capacity() * sizeof(uint32_t) + bits_.capacity() * sizeof(uint16_t) + folded_.capacity() +
           lower_exceptions_.capacity() * sizeof(LowerException) + lowered_.capacity() +
           word_start_.capacity() * sizeof(uint32_t) + tags_.capacity() * sizeof(pos::Tag) +
           tagged_.capacity() * sizeof(uint32_t) + memo_bytes();
}

// The sentence holding a token: the last sentence that starts at or before it.
uint32_t TokenStream::sentence_of(uint32_t token) const {
    const std::vector<Sentence>& sentences = doc_->sentences;
    const auto after = std::upper_bound(sentences.begin(), sentences.end(), token,
                                        [](uint32_t t, const Sentence& s) { return t < s.first_token; });
    return after == sentences.begin() ? 0 : uint32_t(after - sentences.begin() - 1);
}

void TokenStream::tag_prefix(uint32_t sentence, uint32_t count) const {
    const Sentence& s = doc_->sentences[sentence];
    scratch_words_.clear();
    scratch_ids_.clear();
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        scratch_words_.push_back(doc_->tokens[i].span.of(text_));
        scratch_ids_.push_back(words_[i]);
    }
    pos::tag_sentence(scratch_words_, scratch_ids_, memo_, scratch_, count);
    for (uint32_t k = 0; k < count && k < scratch_.size(); ++k) tags_[s.first_token + k] = scratch_[k];
    tagged_[sentence] = count;
}

pos::Tag TokenStream::tag(size_t i) const {
    const uint32_t sentence = sentence_of(uint32_t(i));
    const uint32_t needed = uint32_t(i) - doc_->sentences[sentence].first_token + 1;
    if (tagged_[sentence] < needed) tag_prefix(sentence, needed);
    return tags_[i];
}

void TokenStream::tag_all() const {
    for (uint32_t s = 0; s < tagged_.size(); ++s)
        if (tagged_[s] < doc_->sentences[s].token_count) tag_prefix(s, doc_->sentences[s].token_count);
}

}  // namespace storylens::text
