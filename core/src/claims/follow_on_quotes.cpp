// follow_on_quotes.cpp — see follow_on_quotes.hpp.
#include "claims/follow_on_quotes.hpp"

#include <algorithm>

namespace storylens::claims {

namespace {

struct ParagraphSentences {
    uint32_t paragraph = 0;
    size_t first = 0, end = 0;  // sentence indices [first, end)
};

std::vector<ParagraphSentences> paragraphs_of(const Document& doc) {
    std::vector<ParagraphSentences> out;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
        if (out.empty() || out.back().paragraph != doc.sentences[s].paragraph)
            out.push_back({doc.sentences[s].paragraph, s, s});
        out.back().end = s + 1;
    }
    return out;
}

}  // namespace

std::vector<Claim> follow_on_quotes(std::string_view text, const Document& doc,
                                    const std::vector<int64_t>& quote_partner, const std::vector<Claim>& claims) {
    std::vector<Claim> added;
    if (doc.sentences.empty() || doc.paragraphs.empty()) return added;
    const std::vector<ParagraphSentences> paragraphs = paragraphs_of(doc);
    // Per paragraph id: whether any claim (its sentence or its content) touches it, and its last top-level claim.
    const size_t count = doc.paragraphs.size();
    std::vector<char> has_claim(count, 0);
    std::vector<int64_t> last_claim(count, -1);
    auto paragraph_at = [&](uint32_t offset) { return doc.sentences[doc.sentence_at(offset)].paragraph; };
    auto note = [&](const Claim& c, int64_t index) {
        const uint32_t p = doc.sentences[c.sentence].paragraph;
        const uint32_t last = c.content.span.end > 0 ? paragraph_at(c.content.span.end - 1) : p;
        for (uint32_t q = std::min(p, paragraph_at(c.content.span.start)); q <= last && q < count; ++q) has_claim[q] = 1;
        if (c.parent >= 0 || p >= count) return;
        const int64_t before = last_claim[p];
        const Claim* prior = before < 0 ? nullptr : before < int64_t(claims.size()) ? &claims[before]
                                                                                    : &added[before - claims.size()];
        if (!prior || prior->content.span.start <= c.content.span.start) last_claim[p] = index;
    };
    for (size_t c = 0; c < claims.size(); ++c) note(claims[c], int64_t(c));

    for (size_t k = 1; k < paragraphs.size(); ++k) {
        const ParagraphSentences& here = paragraphs[k];
        const Sentence& first = doc.sentences[here.first];
        const Sentence& last = doc.sentences[here.end - 1];
        if (here.paragraph >= count || paragraphs[k - 1].paragraph >= count) continue;
        if (first.token_count == 0 || has_claim[here.paragraph]) continue;
        const uint32_t open = first.first_token;
        if (doc.tokens[open].kind != TokenKind::OpenQuote) continue;
        // the previous paragraph's last claim must quote its speaker
        const int64_t prior_index = last_claim[paragraphs[k - 1].paragraph];
        if (prior_index < 0) continue;
        const Claim prior = prior_index < int64_t(claims.size()) ? claims[prior_index]
                                                                 : added[prior_index - claims.size()];
        if (prior.kind == ClaimKind::Indirect || !prior.source.present()) continue;
        // nothing but the quotation: its closer ends the paragraph (bar punctuation), or it runs on past it
        const uint32_t end_token = last.first_token + last.token_count;
        const int64_t close = quote_partner[open];
        uint32_t content_end_token = end_token;  // exclusive
        if (close >= 0 && close < int64_t(end_token)) {
            bool only_punctuation = true;
            for (uint32_t g = uint32_t(close) + 1; g < end_token; ++g)
                only_punctuation = only_punctuation && doc.tokens[g].kind == TokenKind::Punctuation;
            if (!only_punctuation) continue;
            content_end_token = uint32_t(close) + 1;
        } else if (close >= 0) {
            content_end_token = uint32_t(close) + 1;
        } else {
            while (content_end_token > open + 1 && doc.tokens[content_end_token - 1].kind == TokenKind::Punctuation)
                --content_end_token;
        }
        Claim c;
        c.source = prior.source;
        c.source_entity = prior.source_entity;
        c.content.span = {doc.tokens[open].span.start, doc.tokens[content_end_token - 1].span.end};
        c.content.text = std::string(text.substr(c.content.span.start, c.content.span.size()));
        c.kind = ClaimKind::Direct;
        c.sentence = first.id;
        added.push_back(std::move(c));
        note(added.back(), int64_t(claims.size() + added.size() - 1));
    }
    return added;
}

}  // namespace storylens::claims
