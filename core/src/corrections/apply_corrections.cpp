// apply_corrections.cpp — lays a corrections file over a fresh analysis. Edits (source, date, note, verdict)
// come first, in file order; merges and deletions last, since they renumber items the edits are looked up in.
#include <algorithm>

#include "corrections/item_match.hpp"
#include "corrections/item_removal.hpp"
#include "storylens/analysis.hpp"
#include "storylens/calendar.hpp"
#include "storylens/checkworthy.hpp"
#include "storylens/corrections.hpp"
#include "text/token_view.hpp"

namespace storylens {

namespace {

using corrections::Candidate;

std::string clause_text(const Analysis& a, const Event& e) {
    return e.span.end <= a.source.text.size() ? std::string(e.span.of(a.source.text)) : e.text;
}

// Entities answer to their name and every alias, in any case.
int find_entity(const Analysis& a, const std::string& name) {
    const std::string wanted = text::lowered(name);
    for (const Entity& e : a.entities) {
        if (text::lowered(e.name) == wanted) return static_cast<int>(e.id);
        for (const std::string& alias : e.aliases)
            if (text::lowered(alias) == wanted) return static_cast<int>(e.id);
    }
    return -1;
}

int find_item(const Analysis& a, const ItemKey& key) {
    std::vector<Candidate> candidates;
    switch (key.kind) {
        case ItemKind::Entity: return find_entity(a, key.text);
        case ItemKind::Claim:
            for (const Claim& c : a.claims) candidates.push_back({c.content.text, c.content.span.start});
            break;
        case ItemKind::Event:
            for (const Event& e : a.events) candidates.push_back({clause_text(a, e), e.span.start});
            break;
    }
    return corrections::find_candidate(candidates, key);
}

// YYYY, YYYY-MM or YYYY-MM-DD as an interval with its precision; false for anything else.
bool interval_of(const std::string& date, Interval& out) {
    calendar::Date d;
    if (date.size() == 10 && calendar::parse_iso_date(date, d)) {
        out = {date, date, "day"};
        return true;
    }
    if (date.size() == 7 && calendar::parse_iso_date(date + "-01", d)) {
        out = {date + "-01", calendar::format_day({d.year, d.month, calendar::days_in_month(d.year, d.month)}), "month"};
        return true;
    }
    if (date.size() == 4 && calendar::parse_iso_date(date + "-01-01", d)) {
        out = {date + "-01-01", date + "-12-31", "year"};
        return true;
    }
    return false;
}

// The corrected event moves to its new date's place among the dated events of the timeline.
void redate(Analysis& a, uint32_t event, const std::string& date, const Interval& interval) {
    Event& e = a.events[event];
    e.when = {parse_timex3(date).value_or(TimeValue{}), -1};  // a corrections file is an input edge: read once
    e.interval = interval;
    auto& t = a.timeline;
    t.erase(std::remove(t.begin(), t.end(), event), t.end());
    const auto later = std::find_if(t.begin(), t.end(), [&](uint32_t id) {
        return id < a.events.size() && !a.events[id].interval.start.empty() &&
               a.events[id].interval.start > interval.start;
    });
    t.insert(later, event);
}

std::string quoted(const std::string& s) { return "'" + (s.size() > 60 ? s.substr(0, 57) + "..." : s) + "'"; }

CorrectionOutcome apply_one(Analysis& a, const Correction& c, size_t index) {
    CorrectionOutcome out{index, false, ""};
    const int found = find_item(a, c.item);
    if (found < 0) {
        out.message = std::string("orphaned: no ") + item_kind_name(c.item.kind) + " " + quoted(c.item.text) +
                      " in this analysis";
        return out;
    }
    const uint32_t id = static_cast<uint32_t>(found);
    switch (c.op) {
        case CorrectionOp::Source: {
            Claim& claim = a.claims[id];
            claim.source_entity = find_entity(a, c.value);
            if (claim.source_entity < 0) claim.source.text = c.value;  // a typed name: no entity says it
            out.message = "claim " + std::to_string(id) + " is now said by " + claim_source_name(a, claim);
            break;
        }
        case CorrectionOp::Date: {
            Interval interval;
            if (!interval_of(c.value, interval)) {
                out.message = "not applied: '" + c.value + "' is not YYYY, YYYY-MM or YYYY-MM-DD";
                return out;
            }
            redate(a, id, c.value, interval);
            out.message = "event " + std::to_string(id) + " is dated " + c.value;
            break;
        }
        case CorrectionOp::Note:
            a.notes.push_back({c.item.kind, id, c.value});
            out.message = std::string("note on ") + item_kind_name(c.item.kind) + " " + std::to_string(id);
            break;
        case CorrectionOp::Verdict: {
            Verdict v = c.verdict;
            v.claim = id;
            a.verdicts.erase(std::remove_if(a.verdicts.begin(), a.verdicts.end(),
                                            [&](const Verdict& x) { return x.claim == id; }),
                             a.verdicts.end());
            a.verdicts.push_back(std::move(v));
            out.message = "claim " + std::to_string(id) + " reviewed";
            break;
        }
        case CorrectionOp::Merge: {
            const int keep = find_entity(a, c.value);
            if (keep < 0 || keep == found) {
                out.message = keep < 0 ? "orphaned: no entity " + quoted(c.value) + " to merge into"
                                       : "not applied: an entity cannot merge into itself";
                return out;
            }
            Entity& kept = a.entities[keep];
            Entity& merged = a.entities[id];
            kept.aliases.push_back(merged.name);
            kept.aliases.insert(kept.aliases.end(), merged.aliases.begin(), merged.aliases.end());
            kept.mentions.insert(kept.mentions.end(), merged.mentions.begin(), merged.mentions.end());
            std::sort(kept.mentions.begin(), kept.mentions.end(),
                      [](const Mention& x, const Mention& y) { return x.span.start < y.span.start; });
            out.message = "entity " + quoted(merged.name) + " merged into " + quoted(kept.name);
            corrections::remove_entity(a, id, keep);
            break;
        }
        case CorrectionOp::Delete:
            out.message = std::string(item_kind_name(c.item.kind)) + " " + quoted(c.item.text) + " deleted";
            if (c.item.kind == ItemKind::Claim) corrections::remove_claim(a, id);
            else if (c.item.kind == ItemKind::Event) corrections::remove_event(a, id);
            else corrections::remove_entity(a, id, -1);
            break;
    }
    out.applied = true;
    return out;
}

bool renumbers(CorrectionOp op) { return op == CorrectionOp::Merge || op == CorrectionOp::Delete; }

}  // namespace

ItemKey claim_key(const Analysis& a, uint32_t claim) {
    if (claim >= a.claims.size()) return {ItemKind::Claim, "", -1};
    return {ItemKind::Claim, a.claims[claim].content.text, a.claims[claim].content.span.start};
}

ItemKey event_key(const Analysis& a, uint32_t event) {
    if (event >= a.events.size()) return {ItemKind::Event, "", -1};
    return {ItemKind::Event, clause_text(a, a.events[event]), a.events[event].span.start};
}

ItemKey entity_key(const Analysis& a, uint32_t entity) {
    return {ItemKind::Entity, entity < a.entities.size() ? a.entities[entity].name : "", -1};
}

std::vector<CorrectionOutcome> apply_corrections(Analysis& a, const Corrections& corrections) {
    std::vector<CorrectionOutcome> outcomes(corrections.list.size());
    for (bool structural : {false, true})
        for (size_t i = 0; i < corrections.list.size(); ++i)
            if (renumbers(corrections.list[i].op) == structural)
                outcomes[i] = apply_one(a, corrections.list[i], i);
    for (const CorrectionOutcome& o : outcomes)
        if (!o.applied)
            a.diagnostics.push_back({Level::Warning, "corrections.orphaned",
                                     "correction " + std::to_string(o.index + 1) + " (" +
                                         correction_op_name(corrections.list[o.index].op) + "): " + o.message,
                                     -1});
    a.checkworthy = rank_check_worthiness(a);
    return outcomes;
}

}  // namespace storylens
