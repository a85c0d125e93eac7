// timeline_view.cpp — a horizontal time axis fitted to the events. Like Tracy's timeline, each frame first
// lays out plain items for the visible range (culling the rest, collapsing crowded labels into counts),
// then draws them. Wheel zooms around the cursor, drag pans, double-click fits, arrows move the selection.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "storylens/calendar.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

double day_number(const std::string& iso) {
    calendar::Date d;
    if (!calendar::parse_iso_date(iso, d)) return 0;
    return static_cast<double>(calendar::days_from_civil(d.year, d.month, d.day));
}

struct Laid {
    uint32_t event;
    float x0, x1;  // interval on screen
    int row;
    bool fuzzy;
};

bool passes_filter(const AppState& s, const Event& e) {
    if (s.entity_filter < 0) return true;
    return std::find(e.participants.begin(), e.participants.end(), static_cast<uint32_t>(s.entity_filter)) !=
           e.participants.end();
}

void fit(AppState& s) {
    double first = 1e18, last = -1e18;
    for (uint32_t id : s.analysis.timeline) {
        const Event& e = s.analysis.events[id];
        if (e.interval.start.empty()) continue;
        first = std::min(first, day_number(e.interval.start));
        last = std::max(last, day_number(e.interval.end) + 1);
    }
    if (first > last) first = 0, last = 30;
    const double span = std::max(10.0, last - first);
    s.range = {first - span * 0.06, last + span * 0.06, true};
}

// Tick step in days for the visible span: years, then months, then days.
void draw_axis(ImDrawList* draw, const AppState& s, ImVec2 p0, float width, float y, float px_per_day) {
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddLine(ImVec2(p0.x, y), ImVec2(p0.x + width, y), color);
    const double span = s.range.last_day - s.range.first_day;
    const calendar::Date first = calendar::civil_from_days(static_cast<long>(std::floor(s.range.first_day)));
    char label[32];
    auto tick = [&](long day, const char* text) {
        const float x = p0.x + static_cast<float>((day - s.range.first_day) * px_per_day);
        if (x < p0.x || x > p0.x + width) return;
        draw->AddLine(ImVec2(x, y), ImVec2(x, y + 5), color);
        draw->AddText(ImVec2(x + 2, y + 4), color, text);
    };
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const float label_w = ImGui::CalcTextSize("Mmm 0000").x * 1.3f;
    if (span > 3 * 365) {
        const int step = std::max(1, static_cast<int>(std::ceil(span / 365.0 * label_w / width)));
        for (int y0 = first.year; y0 <= first.year + static_cast<int>(span / 365) + 1; y0 += step) {
            std::snprintf(label, sizeof label, "%d", y0);
            tick(calendar::days_from_civil(y0, 1, 1), label);
        }
    } else if (span > 60) {
        const int step = std::max(1, static_cast<int>(std::ceil(span / 30.0 * label_w / width)));
        calendar::Date m{first.year, first.month, 1};
        for (int i = 0; i <= span / 28 + 1; i += step, m = calendar::add_months(m, step)) {
            std::snprintf(label, sizeof label, "%s %d", months[m.month - 1], m.year);
            tick(calendar::days_from_civil(m.year, m.month, 1), label);
        }
    } else {
        const int step = std::max(1, static_cast<int>(std::ceil(label_w / px_per_day)));
        for (long d = static_cast<long>(std::floor(s.range.first_day)); d <= s.range.last_day; d += step) {
            const calendar::Date c = calendar::civil_from_days(d);
            std::snprintf(label, sizeof label, "%s %d", months[c.month - 1], c.day);
            tick(d, label);
        }
    }
}

}  // namespace

void draw_timeline(AppState& s) {
    const Analysis& a = s.analysis;
    if (!s.range.fitted) fit(s);
    static bool arrows = true;
    if (ImGui::SmallButton("Fit")) fit(s);
    ImGui::SameLine();
    ImGui::Checkbox("Relations", &arrows);
    ImGui::SameLine();
    ImGui::TextDisabled("wheel: zoom  drag: pan  double-click: fit  arrows: move");
    if (s.entity_filter >= 0 && s.entity_filter < static_cast<int>(a.entities.size())) {
        ImGui::SameLine();
        ImGui::Text("| only %s", a.entities[s.entity_filter].name.c_str());
    }

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float height = std::max(line * 8, avail.y - line * 6);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("timeline canvas", ImVec2(std::max(avail.x, 50.0f), height));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(0);
    const float width = std::max(avail.x, 50.0f);
    ImGuiIO& io = ImGui::GetIO();

    // interaction
    double span = s.range.last_day - s.range.first_day;
    if (hovered && io.MouseWheel != 0) {
        const double at = s.range.first_day + (io.MousePos.x - p0.x) / width * span;
        const double factor = std::pow(0.85, io.MouseWheel);
        s.range.first_day = at - (at - s.range.first_day) * factor;
        s.range.last_day = at + (s.range.last_day - at) * factor;
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0)) {
        const double shift = -io.MouseDelta.x / width * span;
        s.range.first_day += shift, s.range.last_day += shift;
    }
    if (hovered && ImGui::IsMouseDoubleClicked(0)) fit(s);
    span = s.range.last_day - s.range.first_day;
    const float px_per_day = static_cast<float>(width / span);

    // layout: visible items only, labels in rows, the rest counted
    const int max_rows = std::max(1, static_cast<int>((height - line * 2.5f) / (line * 1.5f)));
    std::vector<float> row_end(max_rows, -1e9f);
    std::vector<Laid> laid;
    int collapsed = 0;
    for (uint32_t id : a.timeline) {
        const Event& e = a.events[id];
        if (e.interval.start.empty() || !passes_filter(s, e)) continue;
        const float x0 = p0.x + static_cast<float>((day_number(e.interval.start) - s.range.first_day) * px_per_day);
        const float x1 = p0.x + static_cast<float>((day_number(e.interval.end) + 1 - s.range.first_day) * px_per_day);
        if (x1 < p0.x || x0 > p0.x + width) continue;  // culled
        const float label_w = ImGui::CalcTextSize(e.text.c_str()).x + line;
        int row = -1;
        for (int r = 0; r < max_rows && row < 0; ++r)
            if (row_end[r] < x0) row = r;
        if (row < 0) {
            ++collapsed;
            continue;
        }
        row_end[row] = std::max(x1, x0 + std::min(label_w, width * 0.6f));
        laid.push_back({id, x0, x1, row, e.interval.precision != "day"});
    }

    // draw
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(p0, ImVec2(p0.x + width, p0.y + height), true);
    draw->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg));
    const float axis_y = p0.y + height - line * 1.4f;
    draw_axis(draw, s, p0, width, axis_y, px_per_day);
    const Palette& pal = palette();
    s.timeline_items.clear();
    int hovered_event = -1;
    float best = line;
    for (const Laid& l : laid) {
        const Event& e = a.events[l.event];
        const float y = p0.y + line * 0.8f + l.row * line * 1.5f;
        const bool selected = s.selection.kind == "event" && s.selection.id == static_cast<int>(l.event);
        const ImU32 color = selected ? ImGui::GetColorU32(ImGuiCol_PlotHistogramHovered) : pal.timex;
        float cx;
        if (l.x1 - l.x0 < 8) {
            cx = (l.x0 + l.x1) * 0.5f;
            draw->AddCircleFilled(ImVec2(cx, y), line * 0.3f, color);
        } else {
            // an interval: a bar of its true length, faded when the bounds are fuzzy
            const ImU32 fill = l.fuzzy ? (color & 0x00FFFFFF) | 0x80000000 : color;
            draw->AddRectFilled(ImVec2(l.x0, y - line * 0.25f), ImVec2(l.x1, y + line * 0.25f), fill, 3);
            cx = std::clamp((l.x0 + l.x1) * 0.5f, p0.x + 4, p0.x + width - 4);
        }
        if (selected) draw->AddCircle(ImVec2(cx, y), line * 0.5f, color, 0, 2);
        draw->AddText(ImVec2(std::max(l.x0, p0.x) + line * 0.5f, y + line * 0.25f),
                      ImGui::GetColorU32(ImGuiCol_Text), e.text.c_str());
        s.timeline_items.push_back({l.event, cx, y});
        const float d = std::hypot(io.MousePos.x - cx, io.MousePos.y - y);
        if (hovered && d < best) best = d, hovered_event = static_cast<int>(l.event);
    }
    if (arrows) {
        for (const Relation& r : a.relations) {
            const TimelineItem *from = nullptr, *to = nullptr;
            for (const TimelineItem& t : s.timeline_items) {
                if (t.event == r.before) from = &t;
                if (t.event == r.after) to = &t;
            }
            if (from && to) draw->AddLine(ImVec2(from->x, from->y), ImVec2(to->x, to->y), pal.cue, 1.5f);
        }
    }
    if (collapsed > 0) {
        char more[32];
        std::snprintf(more, sizeof more, "+%d more (zoom in)", collapsed);
        draw->AddText(ImVec2(p0.x + width - ImGui::CalcTextSize(more).x - 6, p0.y + 4),
                      ImGui::GetColorU32(ImGuiCol_TextDisabled), more);
    }
    draw->PopClipRect();

    if (hovered_event >= 0) {
        const Event& e = a.events[hovered_event];
        const std::string_view sentence = a.document.sentences[e.sentence].span.of(a.source.text);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::Text("%s", e.text.c_str());
        ImGui::TextDisabled("%s%s%s  (%s)", e.when.value.c_str(), e.when.mod.empty() ? "" : " ", e.when.mod.c_str(),
                            e.interval.precision.c_str());
        ImGui::TextUnformatted(sentence.data(), sentence.data() + sentence.size());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
        if (clicked) select(s, "event", hovered_event, static_cast<int>(e.sentence));
    }

    // keyboard: arrows walk the timeline, Enter opens the sentence
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::IsAnyItemActive() && !a.timeline.empty()) {
        const bool left = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow));
        const bool right = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow));
        if (left || right) {
            auto at = std::find(a.timeline.begin(), a.timeline.end(), static_cast<uint32_t>(s.selection.id));
            size_t index = at == a.timeline.end() || s.selection.kind != "event" ? 0 : at - a.timeline.begin();
            if (at != a.timeline.end() && s.selection.kind == "event")
                index = right ? std::min(index + 1, a.timeline.size() - 1) : (index > 0 ? index - 1 : 0);
            const Event& e = a.events[a.timeline[index]];
            select(s, "event", static_cast<int>(e.id), static_cast<int>(e.sentence));
        }
    }

    // undated events, placed by their relations
    ImGui::TextDisabled("Undated, placed by relation:");
    for (uint32_t id : a.timeline) {
        const Event& e = a.events[id];
        if (!e.interval.start.empty() || !passes_filter(s, e)) continue;
        ImGui::PushID(static_cast<int>(id));
        const bool selected = s.selection.kind == "event" && s.selection.id == static_cast<int>(id);
        if (ImGui::Selectable(e.text.c_str(), selected)) select(s, "event", static_cast<int>(id), static_cast<int>(e.sentence));
        ImGui::PopID();
    }
}

}  // namespace storylens::ui
