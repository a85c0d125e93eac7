// anonymous_source.cpp — see anonymous_source.hpp.
#include "claims/anonymous_source.hpp"

#include <algorithm>

#include "lexicon/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

using lexicon::TableId;

// A head word of the lexicon ends the source's noun phrase unless a name or another head follows it: "officials
// in Ohio", "a source, who", "people familiar with" — but not "spokeswoman Jen Psaki" or "one source".
bool heads_phrase(const std::vector<text::Tok>& toks, size_t k, size_t to) {
    if (!lexicon::contains(TableId::sources_anonymous_heads, toks[k].lower)) return false;
    if (k + 1 >= to) return true;
    const text::Tok& next = toks[k + 1];
    if (next.kind != TokenKind::Word) return true;
    return !text::is_capitalized(next.text) && !lexicon::contains(TableId::sources_anonymous_heads, next.lower);
}

}  // namespace

PersonMentions::PersonMentions(const std::vector<Entity>& entities) {
    for (const Entity& e : entities)
        if (e.type == EntityType::Person)
            for (const Mention& m : e.mentions) starts.push_back(m.span.start), ends.push_back(m.span.end);
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
}

// A person's mention starting (or ending) at `offset`.
bool PersonMentions::at(uint32_t offset, bool starting) const {
    const std::vector<uint32_t>& offsets = starting ? starts : ends;
    return std::binary_search(offsets.begin(), offsets.end(), offset);
}

bool is_anonymous_source(const text::TokenStream& tokens, const std::vector<Entity>& entities,
                         const PersonMentions& people, const Claim& c) {
    const Document& doc = tokens.document();
    if (!c.source.present()) return false;
    const auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), c.source.span.start,
                                        [](const Token& t, uint32_t at) { return t.span.start < at; });
    const auto index = static_cast<uint32_t>(first - doc.tokens.begin());
    auto sentence = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), index,
                                     [](uint32_t i, const Sentence& s) { return i < s.first_token; });
    if (sentence == doc.sentences.begin()) return false;
    --sentence;
    const std::vector<text::Tok> toks = text::sentence_tokens(tokens, *sentence);
    size_t from = 0;
    while (from < toks.size() && toks[from].span.start < c.source.span.start) ++from;
    size_t to = from;
    while (to < toks.size() && toks[to].span.end <= c.source.span.end) ++to;
    size_t head = from;
    while (head < to && !heads_phrase(toks, head, to)) ++head;
    const auto anonymity_said = [&] {
        return std::any_of(toks.begin(), toks.end(), [](const text::Tok& t) {
            return lexicon::contains(TableId::sources_anonymity_words, t.lower);
        });
    };
    if (head == to) {
        // "said one Republican involved in the planning, who spoke on condition of anonymity": a description
        // (not a pronoun), no person named or resolved
        if (to < from + 2) return false;
        if (c.source_entity >= 0 && static_cast<size_t>(c.source_entity) < entities.size() &&
            entities[c.source_entity].type == EntityType::Person)
            return false;
        for (size_t k = from; k < to; ++k)
            if (people.at(toks[k].span.start, true)) return false;
        return anonymity_said();
    }
    const long row = lexicon::find_row(TableId::sources_anonymous_heads, toks[head].lower);
    // "a spokeswoman, Jane Doe,", "Jane Doe, a spokeswoman", "spokesman (Joe Smith)": an apposition names the
    // speaker; a possessor does not ("Clinton's aides")
    for (size_t k = from; k + 1 < to; ++k)
        if ((toks[k].text == "," || toks[k].text == "(") &&
            (people.at(toks[k + 1].span.start, true) || people.at(toks[k].span.start, false)))
            return false;
    if (lexicon::cell(TableId::sources_anonymous_heads, static_cast<size_t>(row), 1).empty()) return true;
    for (size_t k = head + 1; k < to; ++k)
        if (lexicon::contains(TableId::sources_anonymous_qualifiers, toks[k].lower)) return true;
    // the qualifier may lie just past the span the attribution kept: "people familiar with the talks said"
    if (to < toks.size() && lexicon::contains(TableId::sources_anonymous_qualifiers, toks[to].lower)) return true;
    return anonymity_said();
}

}  // namespace storylens::claims
