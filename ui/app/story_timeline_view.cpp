// story_timeline_view.cpp — the story timeline: a strip with a lane per outlet where every report is a dot on
// its event's day in its outlet's lane, the reports of one merged event joined by a line and counted; under it
// the story events in time order (date, report count, gist, outlets). A click opens the report's article at
// its sentence.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/story_view_parts.hpp"
#include "storylens/calendar.hpp"

namespace storylens::ui {

namespace {

bool day_of(const std::string& iso, long& day) {
    calendar::Date d;
    if (iso.empty() || !calendar::parse_iso_date(iso, d)) return false;
    day = calendar::days_from_civil(d.year, d.month, d.day);
    return true;
}

// Opens the event's report carried by `outlet` (the first report when none is, or outlet < 0).
void open_report(AppState& s, StoryState& st, const StoryEvent& e, int outlet) {
    const StoryEventReport* pick = &e.reports.front();
    for (const StoryEventReport& r : e.reports)
        if (outlet >= 0 && st.outlet_of_article[r.article] == static_cast<uint32_t>(outlet)) {
            pick = &r;
            break;
        }
    emit(s, OpenStoryArticle{pick->article, "event", static_cast<int>(pick->event), static_cast<int>(pick->sentence)});
}

size_t distinct_articles(const StoryEvent& e) {
    size_t n = 0;
    for (size_t i = 0; i < e.reports.size(); ++i) {
        bool seen = false;
        for (size_t j = 0; j < i && !seen; ++j) seen = e.reports[j].article == e.reports[i].article;
        n += !seen;
    }
    return n;
}

void draw_lanes(AppState& s, StoryState& st) {
    const Story& story = st.story;
    // The strip spans the coverage: the publication days a month either way. Background events (a candidate's
    // first campaign decades ago) would squeeze the story's weeks into a few pixels; the list below has them all.
    long first = 0, last = 0, published_first = 0, published_last = 0;
    bool any = false, any_published = false;
    for (const StoryArticleInfo& info : story.articles) {
        long day = 0;
        if (!day_of(info.published, day)) continue;
        published_first = any_published ? std::min(published_first, day) : day;
        published_last = any_published ? std::max(published_last, day) : day;
        any_published = true;
    }
    size_t outside = 0;
    for (const StoryEvent& e : story.events) {
        long day = 0;
        if (!day_of(e.interval.start, day)) continue;
        if (any_published && (day < published_first - 30 || day > published_last + 30)) {
            ++outside;
            continue;
        }
        first = any ? std::min(first, day) : day;
        last = any ? std::max(last, day) : day;
        any = true;
    }
    if (outside) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%zu dated more than a month from the coverage: in the list)", outside);
    }
    if (!any) {
        ImGui::TextDisabled("No event of this story is dated near its coverage.");
        return;
    }
    first -= 1, last += 1;
    const float font = ImGui::GetFontSize();
    const float lane_h = font * 1.25f;
    const float label_w = font * 8;
    const size_t lanes = std::max<size_t>(1, st.outlets.size());
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = lane_h * static_cast<float>(lanes) + font * 1.6f;
    ImGui::InvisibleButton("story lanes", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(0);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float x0 = origin.x + label_w, x1 = origin.x + width - font;
    auto x_of = [&](long day) { return x0 + (x1 - x0) * static_cast<float>(day - first) / static_cast<float>(last - first); };
    auto y_of = [&](uint32_t lane) { return origin.y + lane_h * (static_cast<float>(lane) + 0.5f); };
    for (uint32_t lane = 0; lane < lanes; ++lane) {
        if (lane % 2 == 0)
            draw->AddRectFilled(ImVec2(origin.x, origin.y + lane_h * lane), ImVec2(x1 + font, origin.y + lane_h * (lane + 1)),
                                ImGui::GetColorU32(ImGuiCol_FrameBg));
        const std::string name = outlet_label(st, lane);
        draw->AddText(ImVec2(origin.x + 4, y_of(lane) - font * 0.5f), outlet_colour(lane), name.c_str());
    }
    // the date axis: five ticks
    const float axis_y = origin.y + lane_h * static_cast<float>(lanes);
    for (int t = 0; t <= 4; ++t) {
        const long day = first + (last - first) * t / 4;
        const float x = x_of(day);
        draw->AddLine(ImVec2(x, origin.y), ImVec2(x, axis_y + 3), faint);
        const std::string label = calendar::format_day(calendar::civil_from_days(day));
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(std::clamp(x - w * 0.5f, x0 - font, x1 + font - w), axis_y + 3), faint, label.c_str());
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float radius = font * 0.28f;
    const StoryEvent* nearest = nullptr;
    int nearest_lane = -1;
    float nearest_d2 = (font * 0.6f) * (font * 0.6f);
    for (const StoryEvent& e : story.events) {
        long day = 0;
        if (!day_of(e.interval.start, day) || day < first || day > last) continue;
        const float x = x_of(day);
        uint32_t top = ~0u, bottom = 0;
        for (const StoryEventReport& r : e.reports) {
            const uint32_t lane = st.outlet_of_article[r.article];
            top = std::min(top, lane), bottom = std::max(bottom, lane);
        }
        const bool selected = s.selection.kind == "event" && st.current_article >= 0 &&
                              std::any_of(e.reports.begin(), e.reports.end(), [&](const StoryEventReport& r) {
                                  return static_cast<int>(r.article) == st.current_article &&
                                         static_cast<int>(r.event) == s.selection.id;
                              });
        if (top != bottom) draw->AddLine(ImVec2(x, y_of(top)), ImVec2(x, y_of(bottom)), faint, selected ? 2.5f : 1.0f);
        for (const StoryEventReport& r : e.reports) {
            const uint32_t lane = st.outlet_of_article[r.article];
            const ImVec2 at(x, y_of(lane));
            draw->AddCircleFilled(at, selected ? radius * 1.6f : radius, outlet_colour(lane));
            const float dx = mouse.x - at.x, dy = mouse.y - at.y;
            if (hovered && dx * dx + dy * dy < nearest_d2) nearest = &e, nearest_lane = static_cast<int>(lane), nearest_d2 = dx * dx + dy * dy;
        }
        const size_t n = distinct_articles(e);
        if (n > 1) {
            char count[24];
            std::snprintf(count, sizeof count, "%zu", n);
            draw->AddText(ImVec2(x + radius + 1, y_of(top) - font * 0.95f), text, count);
        }
        st.items.push_back({"event-dot", e.id, x, y_of(st.outlet_of_article[e.reports.front().article])});
    }
    if (nearest) {
        std::string tip = nearest->interval.start + "  " + nearest->text;
        for (const StoryEventReport& r : nearest->reports)
            tip += "\n  " + outlet_label(st, st.outlet_of_article[r.article]) + ", " + st.story.articles[r.article].label +
                   ": " + r.text;
        ImGui::SetTooltip("%s", tip.c_str());
        if (clicked) open_report(s, st, *nearest, nearest_lane);
    }
}

void draw_event_rows(AppState& s, StoryState& st, bool merged_only) {
    const Story& story = st.story;
    std::vector<uint32_t> rows;
    for (const StoryEvent& e : story.events)
        if (!merged_only || distinct_articles(e) > 1) rows.push_back(e.id);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("story events", 4, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date");
    ImGui::TableSetupColumn("Reports");
    ImGui::TableSetupColumn("Event", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Outlets");
    ImGui::TableHeadersRow();
    // events are in story order, so ids index story.events
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const StoryEvent& e = story.events[rows[i]];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(e.id));
            const bool selected = s.selection.kind == "event" &&
                                  std::any_of(e.reports.begin(), e.reports.end(), [&](const StoryEventReport& r) {
                                      return static_cast<int>(r.article) == st.current_article &&
                                             static_cast<int>(r.event) == s.selection.id;
                                  });
            std::string date = e.interval.start.empty() ? "undated" : e.interval.start;
            if (e.dates_disagree) date += " \xE2\x89\xA0";  // the reports give different days
            if (ImGui::Selectable(date.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) open_report(s, st, e, -1);
            remember_item(st, "event", e.id);
            if (ImGui::IsItemHovered() && e.dates_disagree) {
                std::string tip = "The reports date it differently:";
                for (const StoryEventReport& r : e.reports)
                    tip += "\n  " + outlet_label(st, st.outlet_of_article[r.article]) + ": " + r.date;
                ImGui::SetTooltip("%s", tip.c_str());
            }
            ImGui::PopID();
            ImGui::TableNextColumn();
            const size_t n = distinct_articles(e);
            if (n > 1) ImGui::Text("\xC3\x97%zu", n);
            else ImGui::TextDisabled("1");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(e.text.c_str());
            ImGui::TableNextColumn();
            std::vector<uint32_t> outlets;
            for (const StoryEventReport& r : e.reports) {
                const uint32_t o = st.outlet_of_article[r.article];
                if (std::find(outlets.begin(), outlets.end(), o) == outlets.end()) outlets.push_back(o);
            }
            for (size_t k = 0; k < outlets.size() && k < 3; ++k) {
                if (k) ImGui::SameLine();
                outlet_chip(st, outlets[k]);
            }
            if (outlets.size() > 3) {
                ImGui::SameLine();
                ImGui::TextDisabled("+%zu", outlets.size() - 3);
            }
        }
    ImGui::EndTable();
}

}  // namespace

void draw_story_timeline(AppState& s, StoryState& st) {
    ImGui::TextUnformatted("Story timeline");
    ImGui::SameLine();
    ImGui::Checkbox("only events several articles report", &st.merged_only);
    draw_lanes(s, st);
    draw_event_rows(s, st, st.merged_only);
}

}  // namespace storylens::ui
