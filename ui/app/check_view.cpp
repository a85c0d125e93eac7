// check_view.cpp — the Check view: claims ranked by check-worthiness with the factors of their score, a verdict per
// claim (what goes into ClaimReview), and the corrections of the selected item (source, date, merge, delete, note),
// with the article's corrections file to export or import.
#include <imgui.h>

#include <cstdio>
#include <cstring>

#include "app/check_state.hpp"
#include "app/layout.hpp"
#include "storylens/export.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

void place(CheckState& c, const char* name) {
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    c.places.push_back({name, (lo.x + hi.x) / 2, (lo.y + hi.y) / 2});
}

void copy_to(char* buffer, size_t size, const std::string& text) {
    std::snprintf(buffer, size, "%s", text.c_str());
}

void field(CheckState& c, const char* name, const char* hint, char* buffer, size_t size, float ems) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * ems);
    ImGui::InputTextWithHint((std::string("##") + name).c_str(), hint, buffer, size);
    place(c, name);
}

bool button(CheckState& c, const char* label, const char* name) {
    const bool pressed = ImGui::Button(label);
    place(c, name);
    return pressed;
}

// A pending correction's key: the item as the analysis on screen names it.
Correction correction_of(const AppState& s, CorrectionOp op) {
    Correction out;
    out.op = op;
    const Selection& sel = s.selection;
    if (sel.kind == "claim") out.item = claim_key(s.analysis, static_cast<uint32_t>(sel.id));
    if (sel.kind == "event") out.item = event_key(s.analysis, static_cast<uint32_t>(sel.id));
    if (sel.kind == "entity") out.item = entity_key(s.analysis, static_cast<uint32_t>(sel.id));
    return out;
}

// A field, then a button that adds correction `op` of the selected item with the field's value (when it has one).
void value_correction_row(AppState& s, CorrectionOp op, const char* field_name, const char* hint, char* buffer,
                          size_t size, float ems, const char* label, const char* button_name) {
    field(*s.check, field_name, hint, buffer, size, ems);
    ImGui::SameLine();
    if (button(*s.check, label, button_name) && buffer[0]) {
        Correction c = correction_of(s, op);
        c.value = buffer;
        emit(s, AddCorrection{std::move(c)});
    }
}

// The fields start from the item as it is whenever another item is selected.
void refill_draft(AppState& s) {
    CorrectionDraft& d = s.check->draft;
    if (d.kind == s.selection.kind && d.id == s.selection.id && d.generation == s.generation) return;
    const bool same_item = d.kind == s.selection.kind && d.id == s.selection.id;
    d.kind = s.selection.kind;
    d.id = s.selection.id;
    d.generation = s.generation;
    if (same_item) return;  // a re-analysis or an edit of this item: what is being typed stays
    d = CorrectionDraft{s.selection.kind, s.selection.id, s.generation};
    if (d.kind == "event") copy_to(d.date, sizeof d.date, timex3_value(s.analysis.events[d.id].when.time));
}

void draw_note_and_delete(AppState& s, const char* what) {
    CorrectionDraft& d = s.check->draft;
    field(*s.check, "note", "a note on this item", d.note, sizeof d.note, 16);
    ImGui::SameLine();
    if (button(*s.check, "Add note", "add note") && d.note[0]) {
        Correction c = correction_of(s, CorrectionOp::Note);
        c.value = d.note;
        d.note[0] = 0;
        emit(s, AddCorrection{std::move(c)});
    }
    flow(ImGui::CalcTextSize("Delete entity").x);
    char label[32];
    std::snprintf(label, sizeof label, "Delete %s", what);
    if (button(*s.check, label, "delete")) emit(s, AddCorrection{correction_of(s, CorrectionOp::Delete)});
}

void draw_source_picker(AppState& s) {
    CorrectionDraft& d = s.check->draft;
    // empty, the current source as its hint: typing a name replaces it, no need to clear the field first
    const std::string now = "said by " + claim_source_name(s.analysis, s.analysis.claims[s.selection.id]);
    field(*s.check, "source", now.c_str(), d.source, sizeof d.source, 14);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFrameHeight() * 1.5f);
    if (ImGui::BeginCombo("##pick source", "", ImGuiComboFlags_NoPreview)) {
        for (const Entity& e : s.analysis.entities)
            if (e.type == EntityType::Person || e.type == EntityType::Org)
                if (ImGui::Selectable(e.name.c_str())) copy_to(d.source, sizeof d.source, e.name);
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (button(*s.check, "Set source", "set source") && d.source[0]) {
        Correction c = correction_of(s, CorrectionOp::Source);
        c.value = d.source;
        emit(s, AddCorrection{std::move(c)});
    }
}

void draw_item_corrections(AppState& s) {
    const Analysis& a = s.analysis;
    const Selection& sel = s.selection;
    const bool claim = sel.kind == "claim" && sel.id >= 0 && sel.id < static_cast<int>(a.claims.size());
    const bool event = sel.kind == "event" && sel.id >= 0 && sel.id < static_cast<int>(a.events.size());
    const bool entity = sel.kind == "entity" && sel.id >= 0 && sel.id < static_cast<int>(a.entities.size());
    if (!claim && !event && !entity) {
        ImGui::TextDisabled("Select a claim, an event or an entity to correct it.");
        return;
    }
    refill_draft(s);
    CorrectionDraft& d = s.check->draft;
    if (claim) {
        ImGui::TextWrapped("Claim %d: %s", sel.id, a.claims[sel.id].content.text.c_str());
        draw_source_picker(s);
        draw_note_and_delete(s, "claim");
    } else if (event) {
        const Event& e = a.events[sel.id];
        ImGui::TextWrapped("Event %d (%s): %s", sel.id, e.when.time.empty() ? "undated" : timex3_value(e.when.time).c_str(),
                           e.text.c_str());
        value_correction_row(s, CorrectionOp::Date, "date", "YYYY-MM-DD", d.date, sizeof d.date, 7, "Fix date", "fix date");
        draw_note_and_delete(s, "event");
    } else {
        ImGui::TextWrapped("Entity %d: %s", sel.id, a.entities[sel.id].name.c_str());
        value_correction_row(s, CorrectionOp::Merge, "merge into", "the same as ...", d.merge_into, sizeof d.merge_into,
                             14, "Merge", "merge");
        draw_note_and_delete(s, "entity");
    }
}

void draw_corrections_list(AppState& s) {
    CheckState& c = *s.check;
    if (c.corrections.list.empty()) return;
    char header[64];
    std::snprintf(header, sizeof header, "Corrections (%zu)###corrections", c.corrections.list.size());
    if (!ImGui::TreeNode(header)) return;
    for (size_t i = 0; i < c.corrections.list.size(); ++i) {
        const Correction& k = c.corrections.list[i];
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton("x")) emit(s, RemoveCorrection{i});
        ImGui::SameLine();
        const bool landed = i >= c.outcomes.size() || c.outcomes[i].applied;
        const std::string text = std::string(correction_op_name(k.op)) + " " + item_kind_name(k.item.kind) + " \"" +
                                 k.item.text.substr(0, 60) + (k.item.text.size() > 60 ? "...\"" : "\"") +
                                 (k.value.empty() ? "" : " -> " + k.value);
        if (landed) ImGui::TextWrapped("%s", text.c_str());
        else ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().warning), "%s (%s)", text.c_str(),
                                c.outcomes[i].message.c_str());
        ImGui::PopID();
    }
    ImGui::TreePop();
}

const Verdict* verdict_of(const Analysis& a, uint32_t claim) {
    for (const Verdict& v : a.verdicts)
        if (v.claim == claim) return &v;
    return nullptr;
}

void open_verdict(CheckState& c, const Analysis& a, uint32_t claim) {
    c.verdict_claim = static_cast<int>(claim);
    c.verdict = {};
    if (const Verdict* v = verdict_of(a, claim)) {
        copy_to(c.verdict.rating, sizeof c.verdict.rating, v->rating);
        c.verdict.has_value = v->has_value;
        c.verdict.value = v->value, c.verdict.best = v->best, c.verdict.worst = v->worst;
        copy_to(c.verdict.url, sizeof c.verdict.url, v->url);
        copy_to(c.verdict.reviewer, sizeof c.verdict.reviewer, v->reviewer);
        copy_to(c.verdict.date, sizeof c.verdict.date, v->date);
    }
}

void draw_verdict_fields(AppState& s, uint32_t claim) {
    CheckState& c = *s.check;
    VerdictDraft& v = c.verdict;
    ImGui::Indent();
    field(c, "rating", "rating: False, Misleading ...", v.rating, sizeof v.rating, 12);
    ImGui::SameLine();
    ImGui::Checkbox("score", &v.has_value);
    place(c, "score");
    if (v.has_value) {
        for (auto [label, value] : {std::pair{"##value", &v.value}, {"of##best", &v.best}, {"to##worst", &v.worst}}) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 2.5f);
            ImGui::InputInt(label, value, 0, 0);
        }
    }
    field(c, "url", "review URL (https://...)", v.url, sizeof v.url, 18);
    flow(ImGui::GetFontSize() * 10);
    field(c, "reviewer", "reviewer", v.reviewer, sizeof v.reviewer, 9);
    flow(ImGui::GetFontSize() * 6);
    field(c, "review date", "YYYY-MM-DD", v.date, sizeof v.date, 6);
    if (button(c, "Save verdict", "save verdict") && (v.rating[0] || v.has_value)) {
        Correction k;
        k.op = CorrectionOp::Verdict;
        k.item = claim_key(s.analysis, claim);
        k.verdict = {claim, v.rating, v.has_value, v.value, v.best, v.worst, v.url, v.reviewer, v.date};
        emit(s, AddCorrection{std::move(k)});
        c.verdict_claim = -1;
    }
    ImGui::SameLine();
    if (button(c, "Cancel", "cancel verdict")) c.verdict_claim = -1;
    if (!(v.rating[0] || v.has_value)) ImGui::TextDisabled("A verdict needs a rating text or a score.");
    ImGui::Unindent();
}

std::string factors_text(const CheckWorthiness& w) {
    std::string out;
    for (const CheckFactor& f : w.factors) {
        if (!out.empty()) out += "  \xC2\xB7  ";
        char weight[8];
        std::snprintf(weight, sizeof weight, "%+d", f.weight);
        out += f.name + " " + weight;
        if (!f.evidence.empty()) out += " (" + f.evidence + ")";
    }
    return out.empty() ? "no factor" : out;
}

// The narrowest column, in font heights, the claim's words are wrapped into beside its source.
constexpr float kClaimColumnEm = 16;

void draw_ranked_claim(AppState& s, uint32_t id) {
    const Analysis& a = s.analysis;
    CheckState& c = *s.check;
    const Claim& claim = a.claims[id];
    ImGui::PushID(static_cast<int>(id));
    const CheckWorthiness* w = id < a.checkworthy.size() ? &a.checkworthy[id] : nullptr;
    char rank[32];
    std::snprintf(rank, sizeof rank, "#%u  %+d", w ? w->rank : 0, w ? w->score : 0);
    const bool selected = s.selection.kind == "claim" && s.selection.id == static_cast<int>(id);
    if (ImGui::Selectable(rank, selected, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, touch_row_height(s))))
        emit(s, SelectItem{"claim", static_cast<int>(id), static_cast<int>(claim.sentence)});
    ImGui::SameLine(ImGui::GetFontSize() * 4.5f);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().source), "%s", claim_source_name(a, claim).c_str());
    ImGui::Indent(ImGui::GetFontSize() * 4.5f);
    // The claim's words beside its source while that leaves a readable column; on a phone a long source left a
    // column one word wide, so they go under it, as wide as the factors below.
    flow(ImGui::GetFontSize() * kClaimColumnEm);
    ImGui::TextWrapped("%s %s", claim.cue.text.c_str(), claim.content.text.c_str());
    if (w) {  // wrapped: five factors with their evidence run past a narrow pane
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", factors_text(*w).c_str());
        ImGui::PopStyleColor();
    }
    const Verdict* v = verdict_of(a, id);
    if (v) {
        std::string said = "Verdict: " + (v->rating.empty() ? std::string("(no text)") : v->rating);
        if (v->has_value) said += " (" + std::to_string(v->value) + " of " + std::to_string(v->best) + ")";
        if (!v->reviewer.empty()) said += " by " + v->reviewer;
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().direct), "%s", said.c_str());
        if (!claim_reviewed(a, id))
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().warning),
                               "not in ClaimReview yet: it needs a rating, an http(s) review URL and a reviewer");
        if (!v->url.empty()) ImGui::TextDisabled("%s", v->url.c_str());
    }
    if (c.verdict_claim != static_cast<int>(id)) {
        if (ImGui::SmallButton(v ? "Edit verdict" : "Review")) open_verdict(c, a, id);
        if (c.places.size() < 64) place(c, ("review:" + std::to_string(id)).c_str());
    } else {
        draw_verdict_fields(s, id);
    }
    ImGui::Unindent(ImGui::GetFontSize() * 4.5f);
    ImGui::Separator();
    ImGui::PopID();
}

}  // namespace

void draw_check(AppState& s) {
    if (!s.check) return;
    CheckState& c = *s.check;
    c.places.clear();
    const Analysis& a = s.analysis;
    size_t reviewed = 0;
    for (const Claim& claim : a.claims) reviewed += claim_reviewed(a, claim.id) ? 1 : 0;
    ImGui::Text("%zu claims by check-worthiness, %zu reviewed", a.claims.size(), reviewed);
    flow(ImGui::CalcTextSize("Export corrections").x);
    if (c.save_file && button(c, "Export corrections", "export corrections")) emit(s, ExportCorrections{});
    if (c.open_file) {
        flow(ImGui::CalcTextSize("Import corrections...").x);
        if (button(c, "Import corrections...", "import corrections")) emit(s, OpenFile{});
    }
    if (!c.message.empty()) ImGui::TextDisabled("%s", c.message.c_str());
    ImGui::Separator();
    draw_item_corrections(s);
    draw_corrections_list(s);
    ImGui::Separator();
    ImGui::BeginChild("ranked claims");
    for (uint32_t id : claims_by_rank(a)) draw_ranked_claim(s, id);
    if (a.claims.empty()) ImGui::TextDisabled("No claims in this article.");
    ImGui::EndChild();
}

}  // namespace storylens::ui
