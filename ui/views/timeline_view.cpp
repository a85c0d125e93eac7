// timeline_view.cpp — a horizontal time axis fitted to the events. Like Tracy's timeline, each frame asks the
// view-model (core: storylens/view_model.hpp) for plain marks of the visible range — culled, in lanes, labels
// in rows or collapsed into "+N" crowds — then only draws them. Wheel or pinch zooms around the cursor, drag
// pans, double-click fits; a click on a dot or its label selects; Tab/arrows walk the events, Enter opens one.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/layout.hpp"
#include "app/mark_description.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

// Zoom limits: a day across the whole view at most, about 2,700 years at least.
constexpr double kMinSpanDays = 1, kMaxSpanDays = 1e6;
constexpr const char* kProvisionalMark = "? ";  // before the label of an event whose date is provisional

void refresh_cache(AppState& s) {
    TimelineCache& cache = s.timeline_cache;
    const float font = ImGui::GetFontSize();
    if (cache.generation == s.generation && cache.font_size == font) return;
    cache.generation = s.generation;
    cache.font_size = font;
    cache.index = view::index_timeline(s.analysis);
    cache.labels.assign(s.analysis.events.size(), std::string());
    cache.label_widths.assign(s.analysis.events.size(), 0);
    cache.provisional.assign(s.analysis.events.size(), false);
    cache.provisional_count = 0;
    for (const Event& e : s.analysis.events) {
        if (e.id >= cache.labels.size()) continue;
        cache.labels[e.id] = view::event_label(s.analysis, e);
        // Marked where it is drawn, not only in its tooltip: a date that rests on a guess is not a fact.
        if (view::date_is_provisional(s.analysis, e)) {
            cache.provisional[e.id] = true;
            ++cache.provisional_count;
            cache.labels[e.id].insert(0, kProvisionalMark);
        }
        cache.label_widths[e.id] = ImGui::CalcTextSize(cache.labels[e.id].c_str()).x + font;
    }
}

void fit(AppState& s) {
    const view::DayRange r = view::fit_range(s.analysis, s.timeline_cache.index, s.entity_filter);
    s.range = {r.first, r.last, true};
}

void zoom_around(AppState& s, double at, double factor) {
    const double span = s.range.last_day - s.range.first_day;
    factor = std::clamp(factor, kMinSpanDays / span, kMaxSpanDays / span);
    s.range.first_day = at - (at - s.range.first_day) * factor;
    s.range.last_day = at + (s.range.last_day - at) * factor;
}

void draw_toolbar(AppState& s) {
    const Analysis& a = s.analysis;
    if (s.narrow ? ImGui::Button("Fit") : ImGui::SmallButton("Fit")) fit(s);
    flow(ImGui::GetFontSize() * 9.5f);
    int lanes = static_cast<int>(s.lanes);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.5f);
    if (ImGui::Combo("##lanes", &lanes, "no lanes\0lanes by source\0lanes by entity\0"))
        emit(s, SetLanes{static_cast<view::LaneMode>(lanes)});
    flow(ImGui::CalcTextSize("Relations").x + ImGui::GetFrameHeight() * 1.5f);
    ImGui::Checkbox("Relations", &s.show_relations);
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Wheel or pinch: zoom around the pointer\nDrag: pan\nDouble-click or Fit: show everything\n"
                          "Tab, arrows: next / previous event\nEnter: open the event's sentence\nEsc: clear the selection");
    if (s.timeline_cache.provisional_count > 0) {
        char why[96];
        const size_t n = s.timeline_cache.provisional_count;
        std::snprintf(why, sizeof why, n == 1 ? "? %zu date rests on a guessed publication date"
                                              : "? %zu dates rest on a guessed publication date", n);
        flow(ImGui::CalcTextSize(why).x);
        ImGui::TextColored(ImVec4(1, 0.8f, 0.3f, 1), "%s", why);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Type the publication date in the status line (Enter) to place them for certain");
    }
    if (s.entity_filter >= 0 && s.entity_filter < static_cast<int>(a.entities.size())) {
        const std::string only = "| only " + a.entities[s.entity_filter].name;
        flow(ImGui::CalcTextSize(only.c_str()).x);
        ImGui::TextUnformatted(only.c_str());
    }
}

void draw_axis(ImDrawList* draw, const AppState& s, ImVec2 p0, float width, float y) {
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddLine(ImVec2(p0.x, y), ImVec2(p0.x + width, y), color);
    const view::DayRange range{s.range.first_day, s.range.last_day};
    const float label_w = ImGui::CalcTextSize("Mmm 0000").x * 1.3f;
    for (const view::Tick& t : view::axis_ticks(range, width, label_w)) {
        const float x = p0.x + static_cast<float>((t.day - range.first) / range.span() * width);
        draw->AddLine(ImVec2(x, y), ImVec2(x, y + 5), color);
        draw->AddText(ImVec2(x + 2, y + 4), color, t.label.c_str());
    }
}

// A label cut with "..." to the room the layout gave it; returns the width drawn (its box, for clicks).
float draw_label(ImDrawList* draw, ImVec2 at, float room, const std::string& text) {
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
    const float whole = ImGui::CalcTextSize(text.c_str()).x;
    if (whole <= room) {
        draw->AddText(at, color, text.c_str());
        return whole;
    }
    const float dots = ImGui::CalcTextSize("...").x;
    const char* end = ImGui::GetFont()->CalcWordWrapPositionA(ImGui::GetFontSize() / ImGui::GetFont()->FontSize, text.c_str(), text.c_str() + text.size(),
                                                              std::max(0.0f, room - dots));
    std::string cut(text.c_str(), end);
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    cut += "...";
    draw->AddText(at, color, cut.c_str());
    return ImGui::CalcTextSize(cut.c_str()).x;
}

void draw_tooltip(const Analysis& a, const Event& e) {
    const std::string_view sentence = a.document.sentences[e.sentence].span.of(a.source.text);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    if (!e.text.empty()) ImGui::Text("%s", e.text.c_str());
    const std::string when = view::event_date_words(e);
    if (!when.empty()) ImGui::TextDisabled("%s", when.c_str());
    if (view::date_is_provisional(a, e)) ImGui::TextDisabled("(provisional: the publication date is a guess)");
    if (e.reported_by >= 0 && e.reported_by < static_cast<int>(a.claims.size()))
        ImGui::TextDisabled("reported by %s", view::claim_source_name(a, a.claims[e.reported_by]).c_str());
    ImGui::TextUnformatted(sentence.data(), sentence.data() + sentence.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// Tab/arrows walk the events in timeline order (dated and undated), Enter opens the selected one.
void handle_keys(AppState& s, const std::vector<uint32_t>& order) {
    if (order.empty()) return;
    const int step = item_step_key();
    const bool has = s.selection.kind == "event";
    auto at = has ? std::find(order.begin(), order.end(), static_cast<uint32_t>(s.selection.id)) : order.end();
    if (step != 0) {
        size_t index = 0;
        if (at != order.end()) {
            const long next = static_cast<long>(at - order.begin()) + step;
            index = static_cast<size_t>(std::clamp(next, 0L, static_cast<long>(order.size()) - 1));
        } else if (step < 0) {
            index = order.size() - 1;
        }
        const Event& e = s.analysis.events[order[index]];
        emit(s, SelectItem{"event", static_cast<int>(e.id), static_cast<int>(e.sentence)});
    } else if (open_key() && at != order.end()) {
        const Event& e = s.analysis.events[*at];
        emit(s, SelectItem{"event", static_cast<int>(e.id), static_cast<int>(e.sentence)});  // scrolls the article there
        const TimelineCache& cache = s.timeline_cache;
        if (cache.index.dated[e.id]) {  // and centres the timeline on it
            const double half = (s.range.last_day - s.range.first_day) / 2;
            const double mid = (cache.index.start[e.id] + cache.index.end[e.id]) / 2;
            s.range.first_day = mid - half, s.range.last_day = mid + half;
        }
    }
}

}  // namespace

void draw_timeline(AppState& s) {
    const Analysis& a = s.analysis;
    refresh_cache(s);
    if (!s.range.fitted) fit(s);
    draw_toolbar(s);

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float row_h = line * 1.5f;
    const float height = std::max(line * 8, avail.y - line * 6);
    const float width = std::max(avail.x, 50.0f);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("timeline canvas", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(0);
    ImGuiIO& io = ImGui::GetIO();

    double span = s.range.last_day - s.range.first_day;
    const double mouse_day = s.range.first_day + (io.MousePos.x - p0.x) / width * span;
    if (hovered && io.MouseWheel != 0) zoom_around(s, mouse_day, std::pow(0.85, io.MouseWheel));
    if (s.pending_zoom.factor != 1) {
        const float x = s.pending_zoom.x >= 0 ? s.pending_zoom.x : p0.x + width / 2;
        zoom_around(s, s.range.first_day + (x - p0.x) / width * span, s.pending_zoom.factor);
        s.pending_zoom = {};
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0)) {
        const double shift = -io.MouseDelta.x / width * (s.range.last_day - s.range.first_day);
        s.range.first_day += shift, s.range.last_day += shift;
    }
    if (hovered && ImGui::IsMouseDoubleClicked(0)) fit(s);

    view::LayoutRequest request;
    request.range = {s.range.first_day, s.range.last_day};
    request.width = width;
    request.rows = std::max(1, static_cast<int>((height - line * 2.5f) / row_h));
    request.lanes = s.lanes;
    request.entity_filter = s.entity_filter;
    request.label_widths = &s.timeline_cache.label_widths;
    view::TimelineLayout layout = view::layout_timeline(a, s.timeline_cache.index, request);
    const float lane_header = line * 0.9f;  // each lane's name gets its own strip above its rows
    if (layout.lanes.size() > 1) {
        const int fewer = std::max(1, static_cast<int>((height - line * 2.5f - layout.lanes.size() * lane_header) / row_h));
        if (fewer < request.rows) request.rows = fewer, layout = view::layout_timeline(a, s.timeline_cache.index, request);
    }
    std::vector<int> lane_of_row(static_cast<size_t>(request.rows), 0);
    for (size_t i = 0; i < layout.lanes.size(); ++i)
        for (int r = 0; r < layout.lanes[i].rows; ++r) lane_of_row[layout.lanes[i].first_row + r] = static_cast<int>(i);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(p0, ImVec2(p0.x + width, p0.y + height), true);
    draw->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg));
    const float headers = layout.lanes.size() > 1 ? lane_header : 0;
    const auto row_y = [&](int row) { return p0.y + line * 0.8f + row * row_h + (lane_of_row[row] + 1) * headers; };
    if (layout.lanes.size() > 1) {
        for (const view::Lane& lane : layout.lanes) {
            const float top = row_y(lane.first_row) - line * 0.5f - lane_header;
            draw->AddLine(ImVec2(p0.x, top), ImVec2(p0.x + width, top), ImGui::GetColorU32(ImGuiCol_Separator));
            draw->AddText(ImVec2(p0.x + 4, top + 1), ImGui::GetColorU32(ImGuiCol_TextDisabled), lane.label.c_str());
        }
    }
    draw_axis(draw, s, p0, width, p0.y + height - line * 1.4f);

    const Palette& pal = palette();
    s.timeline_items.clear();
    std::vector<int> item_of(a.events.size(), -1);  // event id -> index in timeline_items, for relation arrows
    int hovered_event = -1;
    float best = line;
    // Level of detail as in Tracy: a dot that would land on the pixel of the last dot drawn in its row adds only
    // vertices, so it is not drawn again (it still counts for hovering and keys). Thousands of events zoomed out
    // then cost as many dots as there are pixels.
    std::vector<float> last_dot_x(static_cast<size_t>(request.rows), -1e9f);
    for (const view::Mark& m : layout.marks) {
        const float y = row_y(m.row);
        const float x0 = p0.x + m.x0, x1 = p0.x + m.x1;
        const bool selected = s.selection.kind == "event" && s.selection.id == static_cast<int>(m.event);
        const ImU32 color = selected ? ImGui::GetColorU32(ImGuiCol_PlotHistogramHovered) : pal.timex;
        float cx;
        if (x1 - x0 < 8) {
            cx = (x0 + x1) * 0.5f;
            float& last = last_dot_x[static_cast<size_t>(m.row)];
            if (m.labelled || selected || std::fabs(cx - last) >= 1.0f) {
                const float radius = line * (m.labelled ? 0.3f : 0.18f);
                if (s.timeline_cache.provisional[m.event]) draw->AddCircle(ImVec2(cx, y), radius, color, 0, 1.5f);
                else draw->AddCircleFilled(ImVec2(cx, y), radius, color);
                if (!m.labelled && !selected) last = cx;
            }
        } else {
            // an interval: a bar of its true length, faded when the bounds are fuzzy
            const ImU32 fill = m.fuzzy ? (color & 0x00FFFFFF) | 0x80000000 : color;
            if (s.timeline_cache.provisional[m.event])  // hollow, as a provisional dot
                draw->AddRect(ImVec2(x0, y - line * 0.25f), ImVec2(x1, y + line * 0.25f), fill, 3, 0, 1.5f);
            else draw->AddRectFilled(ImVec2(x0, y - line * 0.25f), ImVec2(x1, y + line * 0.25f), fill, 3);
            cx = std::clamp((x0 + x1) * 0.5f, p0.x + 4, p0.x + width - 4);
        }
        if (selected) draw->AddCircle(ImVec2(cx, y), line * 0.5f, color, 0, 2);
        TimelineItem item{m.event, cx, y};
        if (m.labelled) {
            const std::string& label = s.timeline_cache.labels[m.event];
            const ImVec2 at(p0.x + m.label_x + line * 0.5f, y + line * 0.25f);
            const float drawn = draw_label(draw, at, m.label_width - line * 0.5f, label);
            item.label_x0 = at.x, item.label_y0 = at.y, item.label_x1 = at.x + drawn, item.label_y1 = at.y + line;
        }
        item_of[m.event] = static_cast<int>(s.timeline_items.size());
        s.timeline_items.push_back(std::move(item));
        const float d = std::hypot(io.MousePos.x - cx, io.MousePos.y - y);
        if (hovered && d < best) best = d, hovered_event = static_cast<int>(m.event);
    }
    // A label is part of its event: pointing at it hovers and clicking it selects, as its dot does (a dot under the
    // pointer still wins, labels being the larger target).
    if (hovered && hovered_event < 0) {
        for (const TimelineItem& item : s.timeline_items) {
            if (io.MousePos.x >= item.label_x0 && io.MousePos.x < item.label_x1 && io.MousePos.y >= item.label_y0 &&
                io.MousePos.y < item.label_y1) {
                hovered_event = static_cast<int>(item.event);
                break;
            }
        }
    }
    for (const view::Crowd& c : layout.crowds) {
        char more[24];
        std::snprintf(more, sizeof more, "+%u", c.count);
        const ImVec2 at(p0.x + c.x + line * 0.5f, row_y(c.row) + line * 0.25f);
        const ImVec2 size = ImGui::CalcTextSize(more);
        draw->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + size.x + 2, at.y + size.y),
                            ImGui::GetColorU32(ImGuiCol_FrameBgHovered), 3);
        draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), more);
    }
    if (s.show_relations) {
        for (const Relation& r : a.relations) {
            if (r.before >= item_of.size() || r.after >= item_of.size()) continue;
            const int from = item_of[r.before], to = item_of[r.after];
            if (from < 0 || to < 0) continue;
            const TimelineItem &f = s.timeline_items[from], &t = s.timeline_items[to];
            draw->AddLine(ImVec2(f.x, f.y), ImVec2(t.x, t.y), pal.cue, 1.5f);
        }
    }
    if (layout.collapsed > 0) {
        char more[48];
        std::snprintf(more, sizeof more, "%u labels hidden: zoom in", layout.collapsed);
        draw->AddText(ImVec2(p0.x + width - ImGui::CalcTextSize(more).x - 6, p0.y + 4),
                      ImGui::GetColorU32(ImGuiCol_TextDisabled), more);
    }
    draw->PopClipRect();

    if (hovered_event >= 0) {
        const Event& e = a.events[hovered_event];
        draw_tooltip(a, e);
        if (clicked) emit(s, SelectItem{"event", hovered_event, static_cast<int>(e.sentence)});
    }

    std::vector<uint32_t> order;
    order.reserve(a.timeline.size());
    for (uint32_t id : a.timeline)
        if (view::event_passes(a, a.events[id], s.entity_filter)) order.push_back(id);
    handle_keys(s, order);

    // undated events, placed by their relations
    ImGui::TextDisabled("Undated, placed by relation:");
    for (uint32_t id : order) {
        const Event& e = a.events[id];
        if (s.timeline_cache.index.dated[id]) continue;
        ImGui::PushID(static_cast<int>(id));
        const bool selected = s.selection.kind == "event" && s.selection.id == static_cast<int>(id);
        // an event with no words of its own still gets a label to click (view::event_label)
        const std::string& label = s.timeline_cache.labels[id];
        if (ImGui::Selectable(label.c_str(), selected, 0, ImVec2(0, touch_row_height(s))))
            emit(s, SelectItem{"event", static_cast<int>(id), static_cast<int>(e.sentence)});
        ImGui::PopID();
    }
}

}  // namespace storylens::ui
