// find_claims.cpp — attribution. Per sentence: find cues outside quotations, take the source noun phrase
// around them, the content after (or the quotation before) them, and resolve the source to an entity
// through mentions, the owners of statements and reports, and pronouns.
// The pass itself is claims/attributor.hpp; here its claims get their ids and figures.
#include <algorithm>

#include "claims/anonymous_source.hpp"
#include "claims/attributor.hpp"
#include "claims/figures.hpp"
#include "claims/find_claims.hpp"

namespace storylens {

const char* claim_kind_name(ClaimKind kind) {
    switch (kind) {
        case ClaimKind::Direct: return "direct";
        case ClaimKind::Indirect: return "indirect";
        case ClaimKind::Mixed: return "mixed";
    }
    return "indirect";
}

Result<ClaimResult> find_claims(const Source& source, const Document& document, const std::vector<Entity>& entities,
                                const std::vector<Timex>& timexes) {
    return find_claims(text::TokenStream::build(source.text, document), entities, timexes);
}

Result<ClaimResult> find_claims(const text::TokenStream& tokens, const std::vector<Entity>& entities,
                                const std::vector<Timex>& timexes) {
    Result<ClaimResult> r;
    std::vector<Claim> claims = claims::Attributor(tokens, entities, timexes).run();
    r.value.figures = claims::find_figures(tokens, timexes);

    // ids in text order of content; parents follow
    std::vector<size_t> order(claims.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (claims[a].content.span.start != claims[b].content.span.start)
            return claims[a].content.span.start < claims[b].content.span.start;
        return claims[a].parent < claims[b].parent;
    });
    std::vector<int32_t> new_id(claims.size());
    for (size_t i = 0; i < order.size(); ++i) new_id[order[i]] = static_cast<int32_t>(i);
    // Figures by start, so each claim looks only at those starting inside its content.
    const std::vector<Figure>& figures = r.value.figures;
    std::vector<uint32_t> figures_by_start(figures.size());
    for (uint32_t f = 0; f < figures.size(); ++f) figures_by_start[f] = f;
    std::stable_sort(figures_by_start.begin(), figures_by_start.end(), [&](uint32_t a, uint32_t b) {
        return figures[a].text.span.start < figures[b].text.span.start;
    });
    std::vector<uint32_t> inside;
    const claims::PersonMentions people(entities);
    r.value.claims.reserve(claims.size());  // claims are the largest item of a long text: no copies, no regrowth
    for (size_t i = 0; i < order.size(); ++i) {
        Claim c = std::move(claims[order[i]]);  // `order` is a permutation: each claim is taken once
        c.id = static_cast<uint32_t>(i);
        c.anonymous = claims::is_anonymous_source(tokens, entities, people, c);
        if (c.parent >= 0) c.parent = new_id[c.parent];
        inside.clear();
        for (auto f = std::lower_bound(figures_by_start.begin(), figures_by_start.end(), c.content.span.start,
                                       [&](uint32_t x, uint32_t start) { return figures[x].text.span.start < start; });
             f != figures_by_start.end() && figures[*f].text.span.start <= c.content.span.end; ++f)
            if (figures[*f].text.span.end <= c.content.span.end) inside.push_back(*f);
        std::sort(inside.begin(), inside.end());  // in the order find_figures gave them
        for (const uint32_t f : inside) c.figures.push_back(figures[f]);
        r.value.claims.push_back(std::move(c));
    }
    return r;
}

}  // namespace storylens
