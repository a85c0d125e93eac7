// story_view.cpp — the Story tab: a summary line, the article list (outlet, date, headline), the story timeline
// (story_timeline_view.cpp) and the claims by source (story_claims_view.cpp), stacked. Every row opens its
// article in the article pane at its sentence.
#include <imgui.h>

#include <algorithm>

#include "app/story_view_parts.hpp"

namespace storylens::ui {

ImU32 outlet_colour(uint32_t outlet) {
    // golden-ratio hue steps: neighbouring outlets never get close colours
    const float hue = static_cast<float>(outlet) * 0.618034f;
    return ImColor::HSV(hue - static_cast<float>(static_cast<int>(hue)), 0.55f, 0.95f);
}

std::string outlet_label(const StoryState& st, uint32_t outlet) {
    return outlet < st.outlets.size() && !st.outlets[outlet].empty() ? st.outlets[outlet] : "(no outlet)";
}

void outlet_chip(const StoryState& st, uint32_t outlet) {
    const float size = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float pad = (ImGui::GetTextLineHeight() - size) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + pad), ImVec2(at.x + size, at.y + pad + size),
                                              outlet_colour(outlet), 2);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted(outlet_label(st, outlet).c_str());
}

void remember_item(StoryState& st, const char* kind, uint32_t id) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    st.items.push_back({kind, id, (min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f});
}

namespace {

void draw_articles(AppState& s, StoryState& st, float height) {
    const Story& story = st.story;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("story articles", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("#");
    ImGui::TableSetupColumn("Outlet");
    ImGui::TableSetupColumn("Published");
    ImGui::TableSetupColumn("Headline", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(story.articles.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const StoryArticleInfo& info = story.articles[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            const bool usable = !st.articles[i].analysis.document.sentences.empty();
            if (ImGui::Selectable(std::to_string(i + 1).c_str(), st.current_article == i,
                                  ImGuiSelectableFlags_SpanAllColumns) && usable)
                emit(s, OpenStoryArticle{static_cast<uint32_t>(i), "sentence", 0, 0});
            remember_item(st, "article", static_cast<uint32_t>(i));
            if (ImGui::IsItemHovered() && !info.url.empty()) ImGui::SetTooltip("%s", info.url.c_str());
            ImGui::PopID();
            ImGui::TableNextColumn();
            outlet_chip(st, st.outlet_of_article[i]);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(info.published.empty() ? "undated" : info.published.c_str());
            ImGui::TableNextColumn();
            const std::string& title = info.headline.empty() ? info.label : info.headline;
            if (usable) ImGui::TextUnformatted(title.c_str());
            else ImGui::TextDisabled("%s (no usable text)", title.c_str());
        }
    ImGui::EndTable();
}

}  // namespace

void draw_story(AppState& s, StoryState& st) {
    st.items.clear();
    const Story& story = st.story;
    size_t merged = 0;
    for (const StoryEvent& e : story.events)
        merged += std::any_of(e.reports.begin(), e.reports.end(),
                              [&](const StoryEventReport& r) { return r.article != e.reports.front().article; });
    ImGui::Text("%zu articles from %zu outlets \xC2\xB7 %zu events, %zu reported by several articles \xC2\xB7 "
                "%zu sources, %zu claims",
                story.articles.size(), st.outlets.size(), story.events.size(), merged, story.sources.size(),
                story.claims.size());
    if (st.add_article) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Add article\xE2\x80\xA6")) emit(s, AddStoryArticle{});
    }
    const float line = ImGui::GetFrameHeightWithSpacing();
    const float avail = ImGui::GetContentRegionAvail().y;
    const float list_height = std::min(avail * 0.2f, line * (static_cast<float>(story.articles.size()) + 1.2f));
    draw_articles(s, st, list_height);
    const float rest = ImGui::GetContentRegionAvail().y;
    ImGui::BeginChild("story timeline", ImVec2(0, rest * 0.55f), false);
    draw_story_timeline(s, st);
    ImGui::EndChild();
    ImGui::Separator();
    ImGui::BeginChild("story claims", ImVec2(0, 0), false);
    draw_story_claims(s, st);
    ImGui::EndChild();
}

}  // namespace storylens::ui
