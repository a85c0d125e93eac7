// view_model.hpp — what the views draw, as plain data: the timeline laid out in lanes and label rows for a
// visible range, the axis ticks, and the claims table's rows (filtered, sorted, nested). No UI here: the ImGui
// views only draw these, and the unit tests check them without a window.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "storylens/analysis.hpp"

namespace storylens::view {

// Days since 1970-01-01; the visible range is [first, last).
struct DayRange {
    double first = 0, last = 0;
    double span() const { return last - first; }
};

// Each event's interval as day numbers, computed once per analysis so a frame never parses dates.
struct TimelineIndex {
    std::vector<uint8_t> dated;  // by event id: 1 when the interval has a start
    std::vector<double> start;   // first day
    std::vector<double> end;     // the day after the last day
};
TimelineIndex index_timeline(const Analysis& analysis);

bool event_passes(const Analysis& analysis, const Event& event, int entity_filter);

// The range that shows every dated event passing the filter, with a margin; spans longer than five years are
// left to run off the edge when shorter events exist. 30 days from 1970 when nothing is dated.
DayRange fit_range(const Analysis& analysis, const TimelineIndex& index, int entity_filter);

enum class LaneMode { None, Source, Entity };
const char* lane_mode_name(LaneMode mode);  // "none" | "source" | "entity"

struct LayoutRequest {
    DayRange range;
    float width = 0;  // pixels across the range
    int rows = 1;     // label rows available, shared by the lanes
    LaneMode lanes = LaneMode::None;
    int entity_filter = -1;
    float max_label_fraction = 0.6f;  // a label never reserves more than this share of the width
    const std::vector<float>* label_widths = nullptr;  // pixels per event id (0 when missing)
};

struct Lane {
    std::string label;  // "Narrative", a source's or an entity's name, "Other"
    int first_row = 0;
    int rows = 1;
};

struct Mark {
    uint32_t event = 0;
    int lane = 0;
    int row = 0;      // absolute row
    float x0 = 0, x1 = 0;  // pixels from the left edge; x1 - x0 is the interval's true length
    float label_x = 0;     // where the label starts: after the mark, or before it near the right edge
    float label_width = 0;  // room reserved for it (long labels are cut to max_label_fraction of the width)
    bool fuzzy = false;    // precision coarser than a day: drawn faded
    bool labelled = true;  // false: its label did not fit and is counted in a Crowd instead
};

// Labels that did not fit, collapsed into one "+N" near where they start.
struct Crowd {
    int lane = 0;
    int row = 0;
    float x = 0;
    uint32_t count = 0;
};

struct TimelineLayout {
    std::vector<Lane> lanes;
    std::vector<Mark> marks;  // visible events only
    std::vector<Crowd> crowds;
    uint32_t collapsed = 0;   // labels hidden in crowds
};

TimelineLayout layout_timeline(const Analysis& analysis, const TimelineIndex& index, const LayoutRequest& request);

// Axis ticks that adapt to the zoom: decades/years, then months, then days, spaced so labels never touch.
struct Tick {
    double day = 0;
    std::string label;  // "2025", "Mar 2025", "Mar 6"
};
std::vector<Tick> axis_ticks(const DayRange& range, float width, float label_width);

// The claims table.
struct ClaimFilter {
    std::string text;     // matches content or source name, case-insensitive; empty = all
    int kind = -1;        // a ClaimKind as int, -1 = all
    int entity = -1;      // only claims by, to or about this entity (named anywhere in the claim)
};

enum class ClaimOrder { BySource, ByPosition, ByKind };

struct ClaimRow {
    uint32_t claim = 0;
    int depth = 0;  // nested claims sit under their parent, one level deeper
};

// Dates as a reader says them, for tooltips and outlines: "Friday 4 April 2025", "Early March 2025", "1974–2024",
// "about 50 years" (never "P50Y" or "2025-03 START"); the publication date with its origin, range and confidence.
std::string event_date_words(const Event& event);
std::string publication_date_words(const Dct& dct);
// A TIMEX3 value and mod read aloud, for a highlighted time expression: "Saturday 5 April 2025", "Early March
// 2025", "about 50 years", "the present"; a value with no words ("2025-W10", "P3D" with no unit) as written.
std::string timex_date_words(const TimeValue& value);
// A timeline label a reader can read: the event's gist, or for an event with none, its date in words and the
// first words of its sentence ("Friday 4 April 2025: Officials in the capital said…"); never empty.
std::string event_label(const Analysis& analysis, const Event& event);
// Whether the event's date was resolved against a publication date the text only suggests (inferred with
// confidence below 50, or none): its date is provisional until the reader gives the date. A date whose words
// carry its year ("6 March 2025") does not depend on it.
bool date_is_provisional(const Analysis& analysis, const Event& event);

using storylens::claim_source_name;  // analysis.hpp
// The claim's source or addressee is `entity`, or one of its mentions lies in the claim's source or content.
bool claim_involves(const Analysis& analysis, const Claim& claim, int entity);
bool claim_passes(const Analysis& analysis, const Claim& claim, const ClaimFilter& filter);
std::vector<ClaimRow> claim_rows(const Analysis& analysis, const ClaimFilter& filter, ClaimOrder order);

}  // namespace storylens::view
