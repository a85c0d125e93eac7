// timeline_layout.cpp — the timeline for one visible range: lanes, label rows that never overlap, and crowds
// of labels that did not fit. Everything in pixels from the left edge; the view adds its own origin.
#include <algorithm>

#include "storylens/calendar.hpp"
#include "storylens/view_model.hpp"

namespace storylens::view {

namespace {

// Labels hidden within this many pixels of a crowd join it, so a dense cluster shows one "+N".
constexpr float kCrowdMergePixels = 48;

bool day_of(const std::string& iso, double& day) {
    calendar::Date d;
    if (!calendar::parse_iso_date(iso, d)) return false;
    day = static_cast<double>(calendar::days_from_civil(d.year, d.month, d.day));
    return true;
}

std::string lane_key(const Analysis& a, const Event& e, LaneMode mode) {
    switch (mode) {
        case LaneMode::None: return "";
        case LaneMode::Source:
            if (e.reported_by >= 0 && e.reported_by < static_cast<int>(a.claims.size()))
                return claim_source_name(a, a.claims[e.reported_by]);
            return "Narrative";
        case LaneMode::Entity:
            if (!e.participants.empty() && e.participants.front() < a.entities.size())
                return a.entities[e.participants.front()].name;
            return "No entity";
    }
    return "";
}

}  // namespace

const char* lane_mode_name(LaneMode mode) {
    switch (mode) {
        case LaneMode::None: return "none";
        case LaneMode::Source: return "source";
        case LaneMode::Entity: return "entity";
    }
    return "none";
}

TimelineIndex index_timeline(const Analysis& a) {
    TimelineIndex index;
    index.dated.assign(a.events.size(), 0);
    index.start.assign(a.events.size(), 0);
    index.end.assign(a.events.size(), 0);
    for (const Event& e : a.events) {
        double start = 0, last = 0;
        if (!day_of(e.interval.start, start)) continue;
        if (!day_of(e.interval.end, last) || last < start) last = start;
        index.dated[e.id] = 1;
        index.start[e.id] = start;
        index.end[e.id] = last + 1;
    }
    return index;
}

bool event_passes(const Analysis&, const Event& e, int entity_filter) {
    if (entity_filter < 0) return true;
    return std::find(e.participants.begin(), e.participants.end(), static_cast<uint32_t>(entity_filter)) !=
           e.participants.end();
}

DayRange fit_range(const Analysis& a, const TimelineIndex& index, int entity_filter) {
    // Eras ("five-decade-long rule") would squeeze everything else into a few pixels: fit what is shorter
    // than kLongSpanDays and let the long spans run off the edge, unless there is nothing else.
    constexpr double kLongSpanDays = 5 * 365.25;
    double first = 1e18, last = -1e18;
    for (bool include_long : {false, true}) {
        for (uint32_t id : a.timeline) {
            if (id >= index.dated.size() || !index.dated[id] || !event_passes(a, a.events[id], entity_filter)) continue;
            if (!include_long && index.end[id] - index.start[id] > kLongSpanDays) continue;
            first = std::min(first, index.start[id]);
            last = std::max(last, index.end[id]);
        }
        if (first <= last) break;
    }
    if (first > last) return {0, 30};
    const double span = std::max(10.0, last - first);
    return {first - span * 0.06, last + span * 0.06};
}

TimelineLayout layout_timeline(const Analysis& a, const TimelineIndex& index, const LayoutRequest& request) {
    TimelineLayout out;
    const double span = request.range.span();
    if (span <= 0 || request.width <= 0) return out;
    const double px_per_day = request.width / span;
    const int rows = std::max(1, request.rows);

    // Lanes in order of first appearance, stable across zoom (all dated events count, not only visible ones).
    std::vector<std::string> keys;
    std::vector<int> lane_of(a.events.size(), 0);
    for (uint32_t id : a.timeline) {
        if (id >= index.dated.size() || !index.dated[id] || !event_passes(a, a.events[id], request.entity_filter))
            continue;
        const std::string key = lane_key(a, a.events[id], request.lanes);
        auto at = std::find(keys.begin(), keys.end(), key);
        lane_of[id] = static_cast<int>(at - keys.begin());
        if (at == keys.end()) keys.push_back(key);
    }
    if (keys.empty()) keys.push_back(lane_key(a, Event{}, request.lanes));
    if (static_cast<int>(keys.size()) > rows) {  // more lanes than rows: the tail shares one "Other" lane
        for (int& lane : lane_of) lane = std::min(lane, rows - 1);
        keys.resize(rows);
        keys.back() = "Other";
    }
    const int lane_count = static_cast<int>(keys.size());
    int next_row = 0;
    for (int i = 0; i < lane_count; ++i) {
        const int lane_rows = rows / lane_count + (i < rows % lane_count ? 1 : 0);
        out.lanes.push_back({keys[i], next_row, lane_rows});
        next_row += lane_rows;
    }

    std::vector<float> row_end(rows, -1e30f);
    std::vector<int> last_crowd(lane_count, -1);
    for (uint32_t id : a.timeline) {
        if (id >= index.dated.size() || !index.dated[id]) continue;
        const Event& e = a.events[id];
        if (!event_passes(a, e, request.entity_filter)) continue;
        const float x0 = static_cast<float>((index.start[id] - request.range.first) * px_per_day);
        const float x1 = static_cast<float>((index.end[id] - request.range.first) * px_per_day);
        if (x1 < 0 || x0 > request.width) continue;  // culled
        const Lane& lane = out.lanes[lane_of[id]];
        float label_w = request.label_widths && id < request.label_widths->size() ? (*request.label_widths)[id] : 0;
        label_w = std::min(label_w, request.width * request.max_label_fraction);
        float label_start = std::max(x0, 0.0f);
        if (label_start + label_w > request.width)  // near the right edge the label ends at the mark instead
            label_start = std::max(0.0f, std::min(x1, request.width) - label_w);
        Mark mark{id, lane_of[id], -1, x0, x1, label_start, label_w, e.interval.precision != "day", true};
        for (int r = lane.first_row; r < lane.first_row + lane.rows && mark.row < 0; ++r)
            if (row_end[r] <= label_start) mark.row = r;
        if (mark.row >= 0) {
            row_end[mark.row] = std::max(x1, label_start + label_w);
        } else {
            mark.row = lane.first_row + lane.rows - 1;
            mark.labelled = false;
            ++out.collapsed;
            int& crowd = last_crowd[mark.lane];
            if (crowd >= 0 && label_start - out.crowds[crowd].x < kCrowdMergePixels) {
                ++out.crowds[crowd].count;
            } else {
                crowd = static_cast<int>(out.crowds.size());
                out.crowds.push_back({mark.lane, mark.row, label_start, 1});
            }
        }
        out.marks.push_back(mark);
    }
    return out;
}

}  // namespace storylens::view
