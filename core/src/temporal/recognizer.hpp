// recognizer.hpp — finds time expressions in one sentence's tokens and normalizes them against a context.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/document.hpp"
#include "temporal/calendar.hpp"

namespace storylens::temporal {

struct Context {
    bool has_dct = false;
    calendar::Date dct;          // the publication date
    bool has_reference = false;  // the narrative's current day ("a day later" counts from it)
    calendar::Date reference;
};

struct Found {
    Span span;
    std::string type;   // DATE TIME DURATION SET
    std::string value;
    std::string mod;
    bool explicit_day = false;  // a full calendar date written out ("6 March 2025"): evidence for a DCT
    bool resolved_day = false;  // resolves to one known calendar day: moves the narrative reference
    calendar::Date day;         // set when resolved_day
    bool relative = false;      // resolved against the narrative reference rather than the DCT
};

// Scans tokens [first, first+count) of `document` and appends what it finds. The context is read-only here;
// the caller moves the reference time forward between sentences.
void recognize(std::string_view text, const Document& document, uint32_t first, uint32_t count,
               const Context& context, std::vector<Found>& out);

}  // namespace storylens::temporal
