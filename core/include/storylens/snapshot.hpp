// snapshot.hpp — a compact binary copy of a whole Analysis, for handing it between WASM modules (worker -> viewer).
// Internal: the format may change with any release; JSON (to_json, docs/schema.md) is the public contract.
#pragma once
#include <string>
#include <string_view>

#include "storylens/analysis.hpp"
#include "storylens/diagnostic.hpp"

namespace storylens {

// Every field of an Analysis as bytes: magic "SLSNAP", a format version, then the sections in a fixed order.
std::string write_snapshot(const Analysis& analysis);

// Never throws. Wrong magic/version, truncation, a count larger than the bytes left, an enum out of range, a span
// outside the text or not on UTF-8 boundaries, an id pointing past its table -> an Error diagnostic with code
// "snapshot.<what>" and a message naming the field, and an empty Analysis value. On success every offset and id
// in the value has been checked, so a viewer can index with them directly.
Result<Analysis> read_snapshot(std::string_view bytes);

}  // namespace storylens
