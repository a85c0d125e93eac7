// story_claims_view.cpp — who said what across the coverage: one node per story source (most claims first), its
// claims in order of saying with the day, how many articles carry each and from which outlets, and a mark on a
// claim that revises or contradicts an earlier one of the same source. A click opens the first report's article
// at its sentence.
#include <imgui.h>

#include <algorithm>

#include "app/story_view_parts.hpp"

namespace storylens::ui {

namespace {

// The source nodes open at first: enough to fill the part without hiding that there are more.
constexpr size_t kOpenSources = 3;

void draw_claim(AppState& s, StoryState& st, const StoryClaim& c) {
    const StoryClaimReport& first = c.reports.front();
    ImGui::PushID(static_cast<int>(c.id));
    const bool selected = s.selection.kind == "claim" &&
                          std::any_of(c.reports.begin(), c.reports.end(), [&](const StoryClaimReport& r) {
                              return static_cast<int>(r.article) == st.current_article &&
                                     static_cast<int>(r.claim) == s.selection.id;
                          });
    const std::string day = first.said_on.empty() ? "undated   " : first.said_on;
    if (ImGui::Selectable(day.c_str(), selected, ImGuiSelectableFlags_AllowItemOverlap))
        emit(s, OpenStoryArticle{first.article, "claim", static_cast<int>(first.claim), static_cast<int>(first.sentence)});
    remember_item(st, "claim", c.id);
    ImGui::SameLine();
    if (c.reports.size() > 1) {
        ImGui::Text("\xC3\x97%zu", c.reports.size());
        if (ImGui::IsItemHovered()) {
            std::string tip = "Carried by:";
            for (const StoryClaimReport& r : c.reports)
                tip += "\n  " + outlet_label(st, st.outlet_of_article[r.article]) + ", " + st.story.articles[r.article].label;
            ImGui::SetTooltip("%s", tip.c_str());
        }
        ImGui::SameLine();
    }
    outlet_chip(st, st.outlet_of_article[first.article]);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(c.content.c_str());
    ImGui::PopTextWrapPos();
    for (const StoryRevision& r : c.revises) {
        ImGui::Indent();
        ImGui::TextColored(ImVec4(0.95f, 0.65f, 0.3f, 1), "\xE2\x9A\xA0 revises an earlier claim (%s: %s): %s",
                           r.reason.c_str(), r.detail.c_str(), st.story.claims[r.earlier].content.c_str());
        ImGui::Unindent();
    }
    ImGui::PopID();
}

}  // namespace

void draw_story_claims(AppState& s, StoryState& st) {
    const Story& story = st.story;
    ImGui::Text("Claims by source (%zu sources)", story.sources.size());
    ImGui::BeginChild("story sources", ImVec2(0, 0), false);
    for (size_t k = 0; k < st.source_order.size(); ++k) {
        const StorySource& source = story.sources[st.source_order[k]];
        if (source.claims.empty()) continue;
        std::vector<std::string> outlets;
        for (uint32_t id : source.claims)
            for (const std::string& o : story.claims[id].outlets)
                if (std::find(outlets.begin(), outlets.end(), o) == outlets.end()) outlets.push_back(o);
        ImGui::PushID(static_cast<int>(source.id));
        if (k < kOpenSources) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        const bool open = ImGui::TreeNode("source", "%s  (%zu claims, %zu outlets)", source.name.c_str(),
                                          source.claims.size(), outlets.size());
        if (open) {
            for (uint32_t id : source.claims) draw_claim(s, st, story.claims[id]);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace storylens::ui
