// claim_rows.cpp — the claims table as rows: filtered, grouped or sorted, with nested claims directly under
// their parent (one level deeper), whichever source they come from.
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "storylens/view_model.hpp"

namespace storylens::view {

namespace {

bool contains_ignoring_case(const std::string& hay, const std::string& needle) {
    if (needle.empty()) return true;
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
    return it != hay.end();
}

// Order of kinds when sorting by kind: verbatim words first.
int kind_rank(ClaimKind kind) {
    switch (kind) {
        case ClaimKind::Direct: return 0;
        case ClaimKind::Mixed: return 1;
        case ClaimKind::Indirect: return 2;
    }
    return 3;
}

}  // namespace

bool claim_involves(const Analysis& a, const Claim& c, int entity) {
    if (c.source_entity == entity || c.addressee_entity == entity) return true;
    if (entity < 0 || entity >= static_cast<int>(a.entities.size())) return false;
    const auto within = [](Span outer, Span inner) { return outer.start <= inner.start && inner.end <= outer.end && inner.end > inner.start; };
    for (const Mention& m : a.entities[entity].mentions)
        if (within(c.content.span, m.span) || within(c.source.span, m.span)) return true;
    return false;
}

bool claim_passes(const Analysis& a, const Claim& c, const ClaimFilter& filter) {
    if (filter.kind >= 0 && static_cast<int>(c.kind) != filter.kind) return false;
    if (filter.entity >= 0 && !claim_involves(a, c, filter.entity)) return false;
    return contains_ignoring_case(c.content.text, filter.text) ||
           contains_ignoring_case(claim_source_name(a, c), filter.text);
}

std::vector<ClaimRow> claim_rows(const Analysis& a, const ClaimFilter& filter, ClaimOrder order) {
    const size_t n = a.claims.size();
    std::vector<uint8_t> shown(n, 0);
    for (const Claim& c : a.claims) shown[c.id] = claim_passes(a, c, filter) ? 1 : 0;

    // A shown claim hangs under its nearest shown ancestor; with none it is a top-level row.
    auto shown_parent = [&](const Claim& c) {
        int p = c.parent;
        for (size_t guard = 0; p >= 0 && p < static_cast<int>(n) && !shown[p] && guard < n; ++guard)
            p = a.claims[p].parent;
        return p >= 0 && p < static_cast<int>(n) && shown[p] ? p : -1;
    };
    std::vector<std::vector<uint32_t>> children(n);
    std::vector<uint32_t> top;
    for (const Claim& c : a.claims) {
        if (!shown[c.id]) continue;
        const int p = shown_parent(c);
        if (p >= 0 && p != static_cast<int>(c.id)) children[p].push_back(c.id);
        else top.push_back(c.id);
    }

    if (order == ClaimOrder::BySource) {
        std::unordered_map<std::string, size_t> sources;  // rank: order of their first top-level claim
        std::vector<size_t> rank(n, 0);
        for (uint32_t id : top)
            rank[id] = sources.emplace(claim_source_name(a, a.claims[id]), sources.size()).first->second;
        std::stable_sort(top.begin(), top.end(), [&](uint32_t x, uint32_t y) { return rank[x] < rank[y]; });
    } else if (order == ClaimOrder::ByKind) {
        std::stable_sort(top.begin(), top.end(), [&](uint32_t x, uint32_t y) {
            return kind_rank(a.claims[x].kind) < kind_rank(a.claims[y].kind);
        });
    }

    std::vector<ClaimRow> rows;
    rows.reserve(n);
    std::vector<uint8_t> emitted(n, 0);  // guards against a parent cycle in malformed input
    auto emit = [&](auto&& self, uint32_t id, int depth) -> void {
        if (emitted[id]) return;
        emitted[id] = 1;
        rows.push_back({id, depth});
        for (uint32_t child : children[id]) self(self, child, depth + 1);
    };
    for (uint32_t id : top) emit(emit, id, 0);
    return rows;
}

}  // namespace storylens::view
