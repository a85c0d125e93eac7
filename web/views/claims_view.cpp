// claims_view.cpp — claims grouped by source, with cue, kind badge, content, time and figures; nested claims
// indented under their parent; disputed claims marked; filter by text and kind; click selects.
#include <imgui.h>

#include <algorithm>

#include "views/views.hpp"

namespace storylens::ui {

namespace {

std::string source_name(const Analysis& a, const Claim& c) {
    return c.source_entity >= 0 ? a.entities[c.source_entity].name : c.source.text;
}

bool contains_ci(const std::string& hay, const std::string& needle) {
    if (needle.empty()) return true;
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                          [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) ==
                                                      std::tolower(static_cast<unsigned char>(y)); });
    return it != hay.end();
}

}  // namespace

void draw_claims(AppState& s) {
    const Analysis& a = s.analysis;
    static char filter[128] = "";
    static int kind = 0;  // 0 all, 1 direct, 2 indirect, 3 mixed
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ImGui::InputTextWithHint("##claim filter", "filter claims", filter, sizeof filter);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::Combo("##kind", &kind, "all kinds\0direct\0indirect\0mixed\0");
    if (s.entity_filter >= 0 && s.entity_filter < static_cast<int>(a.entities.size())) {
        ImGui::SameLine();
        ImGui::Text("| only %s", a.entities[s.entity_filter].name.c_str());
    }

    // group by source: sources in order of first claim
    std::vector<std::string> sources;
    for (const Claim& c : a.claims) {
        const std::string name = source_name(a, c);
        if (std::find(sources.begin(), sources.end(), name) == sources.end()) sources.push_back(name);
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("claims", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Cue", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn("Content", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();
    const Palette& pal = palette();
    for (const std::string& source : sources) {
        for (const Claim& c : a.claims) {
            if (source_name(a, c) != source) continue;
            if (kind && claim_kind_name(c.kind) != std::string(kind == 1 ? "direct" : kind == 2 ? "indirect" : "mixed"))
                continue;
            if (!contains_ci(c.content.text, filter) && !contains_ci(source, filter)) continue;
            if (s.entity_filter >= 0 && c.source_entity != s.entity_filter && c.addressee_entity != s.entity_filter)
                continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(c.id));
            const bool selected = s.selection.kind == "claim" && s.selection.id == static_cast<int>(c.id);
            const std::string label = (c.parent >= 0 ? "    \xE2\x86\xB3 " : "") + source;
            if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
                select(s, "claim", static_cast<int>(c.id), static_cast<int>(c.sentence));
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, pal.cue);
            ImGui::TextUnformatted(c.cue.text.c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("[%s]", claim_kind_name(c.kind));
            if (c.disputed_by.present()) {
                ImGui::SameLine();
                ImGui::TextColored(ImVec4(1, 0.5f, 0.3f, 1), "disputed");
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.disputed_by.text.c_str());
            }
            ImGui::TableNextColumn();
            std::string excerpt = c.content.text.size() > 220 ? c.content.text.substr(0, 217) + "..." : c.content.text;
            ImGui::TextWrapped("%s", excerpt.c_str());
            for (const Figure& f : c.figures) ImGui::TextDisabled("# %s", f.text.text.c_str());
            ImGui::TableNextColumn();
            if (c.when_timex >= 0) ImGui::TextUnformatted(a.timexes[c.when_timex].value.c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace storylens::ui
