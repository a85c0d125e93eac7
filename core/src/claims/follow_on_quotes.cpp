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

// The opening mark of a quotation whose closer ends the sentence (bar punctuation) and that opens inside it, after
// at least one word; else UINT32_MAX.
uint32_t closing_quotation_opener(const Document& doc, const std::vector<int64_t>& quote_partner,
                                  const Sentence& sentence) {
    uint32_t g = sentence.first_token + sentence.token_count;
    while (g > sentence.first_token && doc.tokens[g - 1].kind == TokenKind::Punctuation) --g;
    if (g <= sentence.first_token || doc.tokens[g - 1].kind != TokenKind::CloseQuote) return UINT32_MAX;
    const int64_t open = quote_partner[g - 1];
    if (open <= int64_t(sentence.first_token)) return UINT32_MAX;
    bool word = false;
    for (uint32_t k = sentence.first_token; k < uint32_t(open); ++k) {
        if (doc.tokens[k].kind == TokenKind::OpenQuote || doc.tokens[k].kind == TokenKind::CloseQuote) return UINT32_MAX;
        word = word || doc.tokens[k].kind == TokenKind::Word;
    }
    return word ? uint32_t(open) : UINT32_MAX;
}

constexpr size_t kLedInQuoteWords = 4;

// The words inside the quotation opened at global token `open`.
size_t quoted_words(const Document& doc, const std::vector<int64_t>& quote_partner, uint32_t open) {
    const int64_t close = quote_partner[open];
    size_t words = 0;
    for (int64_t g = int64_t(open) + 1; close > 0 && g < close; ++g) words += doc.tokens[size_t(g)].kind == TokenKind::Word;
    return words;
}

}  // namespace

std::vector<Claim> follow_on_quotes(std::string_view text, const Document& doc,
                                    const std::vector<int64_t>& quote_partner, const std::vector<Claim>& claims) {
    std::vector<Claim> added;
    if (doc.sentences.empty() || doc.paragraphs.empty()) return added;
    const std::vector<ParagraphSentences> paragraphs = paragraphs_of(doc);
    // Per sentence and per paragraph id: whether any claim (its sentence or its content) touches it, and its last
    // top-level claim.
    const size_t count = doc.paragraphs.size();
    const size_t sentence_count = doc.sentences.size();
    std::vector<char> has_claim(sentence_count, 0);
    std::vector<int64_t> last_claim(count, -1), last_in_sentence(sentence_count, -1),
        last_quote_in_sentence(sentence_count, -1);
    auto claim_at = [&](int64_t index) -> const Claim& {
        return index < int64_t(claims.size()) ? claims[size_t(index)] : added[size_t(index) - claims.size()];
    };
    auto later = [&](int64_t before, const Claim& c) {
        return before < 0 || claim_at(before).content.span.start <= c.content.span.start;
    };
    auto note = [&](const Claim& c, int64_t index) {
        const uint32_t first = std::min<uint32_t>(c.sentence, doc.sentence_at(c.content.span.start));
        const uint32_t last = c.content.span.end > 0 ? doc.sentence_at(c.content.span.end - 1) : c.sentence;
        for (uint32_t q = first; q <= last && q < sentence_count; ++q) has_claim[q] = 1;
        const uint32_t p = doc.sentences[c.sentence].paragraph;
        if (c.parent >= 0 || p >= count) return;
        if (later(last_claim[p], c)) last_claim[p] = index;
        if (later(last_in_sentence[c.sentence], c)) last_in_sentence[c.sentence] = index;
        if (c.kind != ClaimKind::Indirect && c.source.present() && later(last_quote_in_sentence[c.sentence], c))
            last_quote_in_sentence[c.sentence] = index;
    };
    for (size_t c = 0; c < claims.size(); ++c) note(claims[c], int64_t(c));

    for (size_t k = 0; k < paragraphs.size(); ++k) {
        const ParagraphSentences& here = paragraphs[k];
        if (here.paragraph >= count) continue;
        for (size_t s = here.first; s < here.end; ++s) {
            const Sentence& sentence = doc.sentences[s];
            if (sentence.token_count == 0 || has_claim[s]) continue;
            const uint32_t end_token = sentence.first_token + sentence.token_count;
            uint32_t open = sentence.first_token;
            // `"A," X said. Now, "B."`: words of the writer's lead into the quotation closing the sentence (same
            // paragraph, after a quotation's tag only): the sentence goes on with the speaker, mixed
            const bool led_in = doc.tokens[open].kind != TokenKind::OpenQuote;
            if (led_in) {
                if (s == here.first) continue;
                open = closing_quotation_opener(doc, quote_partner, sentence);
                if (open <= sentence.first_token || open >= end_token) continue;
            }
            // the claim just before must quote its speaker: the previous sentence's in this paragraph (`"…," X
            // said. "…"`), else the previous paragraph's last
            int64_t prior_index = -1;
            if (s > here.first) prior_index = last_in_sentence[s - 1];
            else if (k > 0 && paragraphs[k - 1].paragraph < count) prior_index = last_claim[paragraphs[k - 1].paragraph];
            if (prior_index < 0) continue;
            // `"A," Ms. Hughes said, pointing out where the store used to be. "B."`: an indirect clause after the
            // quotation's tag leaves the quotation the one that goes on (tried: only when the clause has the same
            // speaker or none named; 5 fewer direct quotes found on PolNeAR train, no precision gained)
            if (s > here.first && claim_at(prior_index).kind == ClaimKind::Indirect && last_quote_in_sentence[s - 1] >= 0)
                prior_index = last_quote_in_sentence[s - 1];
            const Claim prior = claim_at(prior_index);
            // (an indirect claim too: "Jealous said she supports a $12 wage. / “Hillary is not going to …”" goes on
            // with its speaker, as news style has it; across a paragraph break only a speaker resolved to an entity,
            // not "Police said …")
            if (!prior.source.present() || (prior.kind == ClaimKind::Indirect && s == here.first && prior.source_entity < 0))
                continue;
            // (after an indirect claim only a quotation of a few words' length goes on with it: a short one is
            // more often a title or scare quote of the writer's, "The show is called "Pier Pressure."")
            if (led_in && prior.kind == ClaimKind::Indirect && quoted_words(doc, quote_partner, open) < kLedInQuoteWords)
                continue;
            // nothing but the quotation: its closer ends the sentence (bar punctuation), or it runs on past it
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
                // unclosed: to the end of its paragraph (wire style leaves a long quote's paragraph open)
                const Sentence& last = doc.sentences[here.end - 1];
                content_end_token = last.first_token + last.token_count;
                while (content_end_token > open + 1 && doc.tokens[content_end_token - 1].kind == TokenKind::Punctuation)
                    --content_end_token;
            }
            Claim c;
            c.source = prior.source;
            c.source_entity = prior.source_entity;
            c.content.span = {doc.tokens[led_in ? sentence.first_token : open].span.start,
                              doc.tokens[content_end_token - 1].span.end};
            c.content.text = std::string(text.substr(c.content.span.start, c.content.span.size()));
            c.kind = led_in ? ClaimKind::Mixed : ClaimKind::Direct;
            c.sentence = sentence.id;
            added.push_back(std::move(c));
            note(added.back(), int64_t(claims.size() + added.size() - 1));
        }
    }
    return added;
}

}  // namespace storylens::claims
