// events.hpp — events dated by the temporal stage and ordered into a timeline.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "storylens/claims.hpp"
#include "storylens/diagnostic.hpp"
#include "storylens/document.hpp"
#include "storylens/entities.hpp"
#include "storylens/source.hpp"
#include "storylens/temporal.hpp"

namespace storylens {

struct When {
    TimeValue time;     // the normalized time and its mod (empty when undated)
    int32_t timex = -1;
};

// The interval an event may lie in, with how precisely it is known.
struct Interval {
    std::string start;      // YYYY-MM-DD (inclusive), empty when unknown
    std::string end;        // YYYY-MM-DD (inclusive), empty when unknown
    std::string precision;  // day | month | part-of-month | year | decade | fuzzy | none
};

struct Event {
    uint32_t id = 0;
    uint32_t sentence = 0;
    Span span;              // the clause or trigger the event comes from
    std::string text;       // short gist built from the sentence
    When when;
    Interval interval;
    std::vector<uint32_t> participants;  // entity ids
    int32_t reported_by = -1;            // claim id when the event sits in attributed content
    std::vector<Span> mentions;          // every mention of the same happening
};

struct Relation {
    uint32_t before = 0;  // event id
    uint32_t after = 0;   // event id
    std::string cue;      // "after", "preceded by", "in response" ...
    Span span;
};

struct EventResult {
    std::vector<Event> events;
    std::vector<uint32_t> timeline;  // event ids, oldest first
    std::vector<Relation> relations;
};

Result<EventResult> build_timeline(const Source& source, const Document& document, const Dct& dct,
                                   const std::vector<Timex>& timexes, const std::vector<Entity>& entities,
                                   const std::vector<Claim>& claims);

}  // namespace storylens
