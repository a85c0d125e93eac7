// claims_view.cpp — the claims table: grouped by source (or in text order, or by kind), nested claims indented
// under their parent, kind badges, disputed claims and unnamed sources marked, figures; filter by text, kind and the entity filter.
// Rows come from the view-model (storylens/view_model.hpp) and are rebuilt only when the filter changes.
#include <imgui.h>

#include <algorithm>
#include <cstring>

#include "app/layout.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

// Above this many rows each row is one line, so ImGuiListClipper can skip the ones out of view.
constexpr size_t kCompactRows = 400;

ImVec4 kind_color(ClaimKind kind) {
    const Palette& p = palette();
    switch (kind) {
        case ClaimKind::Direct: return ImGui::ColorConvertU32ToFloat4(p.direct);
        case ClaimKind::Mixed: return ImGui::ColorConvertU32ToFloat4(p.mixed);
        case ClaimKind::Indirect: return ImGui::ColorConvertU32ToFloat4(p.indirect);
    }
    return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

void draw_filters(AppState& s) {
    ClaimsTableState& t = s.claims_table;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ImGui::PushAllowKeyboardFocus(false);  // Tab walks the rows (handle_keys), it does not type into the filter
    if (ImGui::InputTextWithHint("##claim filter", "filter claims", t.filter_box, sizeof t.filter_box))
        t.filter.text = t.filter_box, t.dirty = true;
    ImGui::PopAllowKeyboardFocus();
    // a combo as wide as its longest choice, its arrow and padding (the narrow layout pads more)
    const auto combo_width = [](const char* longest) {
        return ImGui::CalcTextSize(longest).x + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
    };
    flow(combo_width("all kinds"));
    int kind = t.filter.kind + 1;
    ImGui::SetNextItemWidth(combo_width("all kinds"));
    if (ImGui::Combo("##kind", &kind, "all kinds\0direct\0indirect\0mixed\0")) t.filter.kind = kind - 1, t.dirty = true;
    flow(combo_width("in text order"));
    int order = static_cast<int>(t.order);
    ImGui::SetNextItemWidth(combo_width("in text order"));
    if (ImGui::Combo("##order", &order, "by source\0in text order\0by kind\0"))
        t.order = static_cast<view::ClaimOrder>(order), t.dirty = true;
    if (s.entity_filter >= 0 && s.entity_filter < static_cast<int>(s.analysis.entities.size())) {
        const std::string only = "| only " + s.analysis.entities[s.entity_filter].name;
        flow(ImGui::CalcTextSize(only.c_str()).x);
        ImGui::TextUnformatted(only.c_str());
    }
}

void refresh_rows(AppState& s) {
    ClaimsTableState& t = s.claims_table;
    if (t.filter.entity != s.entity_filter) t.filter.entity = s.entity_filter, t.dirty = true;
    if (!t.dirty && t.generation == s.generation) return;
    if (t.generation != s.generation) {  // the longest cue sizes the Cue column, measured once per document
        t.cue_width = ImGui::CalcTextSize("Cue").x;
        for (const Claim& c : s.analysis.claims) t.cue_width = std::max(t.cue_width, ImGui::CalcTextSize(c.cue.text.c_str()).x);
    }
    t.rows = view::claim_rows(s.analysis, t.filter, t.order);
    t.generation = s.generation;
    t.dirty = false;
}

void draw_row(AppState& s, const view::ClaimRow& row, bool compact, const std::string* previous_source) {
    const Analysis& a = s.analysis;
    const Claim& c = a.claims[row.claim];
    const std::string source = view::claim_source_name(a, c);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(c.id));
    const bool selected = s.selection.kind == "claim" && s.selection.id == static_cast<int>(c.id);
    // The source name is written once per group; nested rows show an arrow one indent per level.
    std::string label = row.depth > 0 ? std::string(static_cast<size_t>(row.depth) * 3, ' ') + "\xE2\x86\xB3 " + source
                        : previous_source && *previous_source == source ? std::string("  \xE2\x80\xB3")  // ditto
                                                                          : source;
    if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
        emit(s, SelectItem{"claim", static_cast<int>(c.id), static_cast<int>(c.sentence)});
    if (ImGui::IsItemHovered() && ImGui::TableGetColumnIndex() == 0)
        ImGui::SetTooltip("%s%s%s", source.c_str(), c.source.text != source ? "\nas written: " : "",
                          c.source.text != source ? c.source.text.c_str() : "");
    if (selected && s.claims_scroll_to_selection) ImGui::SetScrollHereY(0.3f), s.claims_scroll_to_selection = false;
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().cue);
    ImGui::TextUnformatted(c.cue.text.c_str());
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    ImGui::TextColored(kind_color(c.kind), "%s", claim_kind_name(c.kind));
    if (c.disputed_by.present()) {
        if (compact) ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().disputed), "disputed");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Disputed: %s", c.disputed_by.text.c_str());
    }
    if (c.anonymous) {
        if (compact) ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.85f, 0.7f, 0.3f, 1), "unnamed");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Unnamed source: %s", c.source.text.c_str());
    }
    ImGui::TableNextColumn();
    if (compact) {
        ImGui::TextUnformatted(c.content.text.c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
            ImGui::TextUnformatted(c.content.text.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    } else {
        const std::string excerpt =
            c.content.text.size() > 240 ? c.content.text.substr(0, 237) + "..." : c.content.text;
        ImGui::TextWrapped("%s", excerpt.c_str());
    }
    ImGui::TableNextColumn();
    if (c.when_timex >= 0 && c.when_timex < static_cast<int>(a.timexes.size()))
        ImGui::TextUnformatted(timex3_value(a.timexes[c.when_timex].time).c_str());
    ImGui::TableNextColumn();
    for (size_t i = 0; i < c.figures.size() && (!compact || i < 1); ++i)
        ImGui::TextDisabled("%s", c.figures[i].text.text.c_str());
}

// The narrow layout's row: one full-width cell, source and cue on the first line (the tap target), kind, date
// and figures on the second, the content wrapped below.
void draw_row_narrow(AppState& s, const view::ClaimRow& row) {
    const Analysis& a = s.analysis;
    const Claim& c = a.claims[row.claim];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(c.id));
    if (row.depth > 0) ImGui::Indent(ImGui::GetFontSize() * static_cast<float>(row.depth));
    const bool selected = s.selection.kind == "claim" && s.selection.id == static_cast<int>(c.id);
    const std::string label = (row.depth > 0 ? "\xE2\x86\xB3 " : "") + view::claim_source_name(a, c) + "  " + c.cue.text;
    if (ImGui::Selectable(label.c_str(), selected, 0, ImVec2(0, touch_row_height(s))))
        emit(s, SelectItem{"claim", static_cast<int>(c.id), static_cast<int>(c.sentence)});
    if (selected && s.claims_scroll_to_selection) ImGui::SetScrollHereY(0.3f), s.claims_scroll_to_selection = false;
    ImGui::TextColored(kind_color(c.kind), "%s", claim_kind_name(c.kind));
    if (c.disputed_by.present()) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().disputed), "disputed");
    }
    if (c.when_timex >= 0 && c.when_timex < static_cast<int>(a.timexes.size())) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", timex3_value(a.timexes[c.when_timex].time).c_str());
    }
    for (const Figure& f : c.figures) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", f.text.text.c_str());
    }
    const std::string excerpt = c.content.text.size() > 240 ? c.content.text.substr(0, 237) + "..." : c.content.text;
    ImGui::TextWrapped("%s", excerpt.c_str());
    if (row.depth > 0) ImGui::Unindent(ImGui::GetFontSize() * static_cast<float>(row.depth));
    ImGui::PopID();
}

// Tab/arrows walk the rows as shown, Enter opens the selected claim in the article.
void handle_keys(AppState& s) {
    const std::vector<view::ClaimRow>& rows = s.claims_table.rows;
    if (rows.empty()) return;
    const int step = item_step_key();
    auto at = std::find_if(rows.begin(), rows.end(), [&](const view::ClaimRow& r) {
        return s.selection.kind == "claim" && static_cast<int>(r.claim) == s.selection.id;
    });
    if (step == 0 && !(open_key() && at != rows.end())) return;
    long index = at == rows.end() ? (step < 0 ? static_cast<long>(rows.size()) - 1 : 0)
                                  : std::clamp(static_cast<long>(at - rows.begin()) + step, 0L,
                                               static_cast<long>(rows.size()) - 1);
    const Claim& c = s.analysis.claims[rows[index].claim];
    emit(s, SelectItem{"claim", static_cast<int>(c.id), static_cast<int>(c.sentence), true});
}

}  // namespace

void draw_claims(AppState& s) {
    draw_filters(s);
    refresh_rows(s);
    handle_keys(s);
    const std::vector<view::ClaimRow>& rows = s.claims_table.rows;
    if (rows.empty()) {
        ImGui::TextDisabled(s.analysis.claims.empty() ? "No attributed claims found." : "No claim matches the filter.");
        return;
    }
    if (s.narrow) {  // a phone: one wrapped column instead of six squeezed ones
        if (!ImGui::BeginTable("claims narrow", 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY))
            return;
        ImGuiListClipper clipper;  // rows of unequal height: the clipper measures the first and steps by it
        const bool clip = rows.size() > kCompactRows && !s.claims_scroll_to_selection;
        if (clip) {
            clipper.Begin(static_cast<int>(rows.size()));
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row_narrow(s, rows[i]);
        } else {
            for (const view::ClaimRow& row : rows) draw_row_narrow(s, row);
        }
        ImGui::EndTable();
        return;
    }
    const bool compact = rows.size() > kCompactRows;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("claims", 6, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 1.7f);
    ImGui::TableSetupColumn("Cue", ImGuiTableColumnFlags_WidthFixed, std::min(s.claims_table.cue_width, em * 9) + em * 0.5f);
    // wide enough for the longest kind and the "disputed" and "unnamed" marks, so none is clipped
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(compact ? "indirect disputed unnamed" : "indirect").x + em * 0.5f);
    ImGui::TableSetupColumn("Content", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000-00-00").x + em * 0.5f);
    ImGui::TableSetupColumn("Figures", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableHeadersRow();
    if (compact) {
        if (s.claims_scroll_to_selection) {  // the selected row may be clipped away: scroll by row height
            for (size_t i = 0; i < rows.size(); ++i)
                if (s.selection.kind == "claim" && static_cast<int>(rows[i].claim) == s.selection.id)
                    ImGui::SetScrollY(static_cast<float>(i) * (ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2));
            s.claims_scroll_to_selection = false;
        }
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                std::string previous;
                if (i > 0) previous = view::claim_source_name(s.analysis, s.analysis.claims[rows[i - 1].claim]);
                draw_row(s, rows[i], true, i > 0 ? &previous : nullptr);
            }
    } else {
        std::string previous;
        for (size_t i = 0; i < rows.size(); ++i) {
            draw_row(s, rows[i], false, i > 0 ? &previous : nullptr);
            previous = view::claim_source_name(s.analysis, s.analysis.claims[rows[i].claim]);
        }
    }
    ImGui::EndTable();
}

}  // namespace storylens::ui
