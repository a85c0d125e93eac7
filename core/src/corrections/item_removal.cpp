// item_removal.cpp — ids are vector indexes everywhere: removing item k shifts every id above k down by one.
#include "corrections/item_removal.hpp"

#include <algorithm>

namespace storylens::corrections {

namespace {

// An id after item `removed` is gone: `gone` for the removed one itself, one less above it.
int32_t shifted(int32_t id, uint32_t removed, int32_t gone) {
    if (id < 0) return id;
    if (static_cast<uint32_t>(id) == removed) return gone;
    return static_cast<uint32_t>(id) > removed ? id - 1 : id;
}

void drop_notes(Analysis& a, ItemKind kind, uint32_t removed) {
    auto& notes = a.notes;
    notes.erase(std::remove_if(notes.begin(), notes.end(),
                               [&](const Note& n) { return n.item == kind && n.id == removed; }),
                notes.end());
    for (Note& n : notes)
        if (n.item == kind && n.id > removed) --n.id;
}

}  // namespace

void remove_entity(Analysis& a, uint32_t entity, int32_t replacement) {
    if (entity >= a.entities.size()) return;
    const int32_t moved = shifted(replacement, entity, -1);
    for (Claim& c : a.claims) {
        c.source_entity = shifted(c.source_entity, entity, moved);
        c.addressee_entity = shifted(c.addressee_entity, entity, moved);
    }
    for (Entity& e : a.entities) e.organization = shifted(e.organization, entity, moved);
    for (Event& ev : a.events) {
        std::vector<uint32_t> kept;
        for (uint32_t p : ev.participants) {
            const int32_t now = shifted(static_cast<int32_t>(p), entity, moved);
            if (now >= 0 && std::find(kept.begin(), kept.end(), static_cast<uint32_t>(now)) == kept.end())
                kept.push_back(static_cast<uint32_t>(now));
        }
        ev.participants = std::move(kept);
    }
    if (moved >= 0)
        for (Note& n : a.notes)
            if (n.item == ItemKind::Entity && n.id == entity) n.id = static_cast<uint32_t>(replacement);
    drop_notes(a, ItemKind::Entity, entity);
    a.entities.erase(a.entities.begin() + entity);
    for (size_t i = 0; i < a.entities.size(); ++i) a.entities[i].id = static_cast<uint32_t>(i);
}

void remove_claim(Analysis& a, uint32_t claim) {
    if (claim >= a.claims.size()) return;
    const int32_t grandparent = a.claims[claim].parent;
    a.claims.erase(a.claims.begin() + claim);
    for (size_t i = 0; i < a.claims.size(); ++i) {
        Claim& c = a.claims[i];
        c.id = static_cast<uint32_t>(i);
        c.parent = shifted(c.parent, claim, shifted(grandparent, claim, -1));
    }
    for (Event& e : a.events) e.reported_by = shifted(e.reported_by, claim, -1);
    auto& verdicts = a.verdicts;
    verdicts.erase(std::remove_if(verdicts.begin(), verdicts.end(), [&](const Verdict& v) { return v.claim == claim; }),
                   verdicts.end());
    for (Verdict& v : verdicts)
        if (v.claim > claim) --v.claim;
    drop_notes(a, ItemKind::Claim, claim);
    if (claim < a.checkworthy.size()) a.checkworthy.erase(a.checkworthy.begin() + claim);
}

void remove_event(Analysis& a, uint32_t event) {
    if (event >= a.events.size()) return;
    a.events.erase(a.events.begin() + event);
    for (size_t i = 0; i < a.events.size(); ++i) a.events[i].id = static_cast<uint32_t>(i);
    std::vector<uint32_t> timeline;
    for (uint32_t id : a.timeline)
        if (id != event) timeline.push_back(id > event ? id - 1 : id);
    a.timeline = std::move(timeline);
    std::vector<Relation> relations;
    for (Relation r : a.relations) {
        if (r.before == event || r.after == event) continue;
        if (r.before > event) --r.before;
        if (r.after > event) --r.after;
        relations.push_back(r);
    }
    a.relations = std::move(relations);
    drop_notes(a, ItemKind::Event, event);
}

}  // namespace storylens::corrections
