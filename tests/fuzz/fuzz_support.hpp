// fuzz_support.hpp — shared by the fuzz targets: the input cap and the invariants every parser must keep.
// A broken invariant aborts, which libFuzzer (and ctest, in a replay build) reports as a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "ingest/utf8.hpp"
#include "storylens/source.hpp"

namespace storylens::fuzz {

inline constexpr size_t kMaxInput = 1 << 20;  // 1 MB: bigger inputs are skipped, not truncated

inline std::string_view bytes(const uint8_t* data, size_t size) {
    return std::string_view(reinterpret_cast<const char*>(data), size);
}

inline void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline bool valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const int n = utf8::valid_sequence_length(s, i);
        if (n <= 0) return false;
        i += static_cast<size_t>(n);
    }
    return true;
}

inline bool inside(Span span, std::string_view text) { return span.start <= span.end && span.end <= text.size(); }

// What every ingest result promises: valid UTF-8, and spans that stay inside the text.
inline void check_source(const Source& s) {
    check(valid_utf8(s.text), "Source::text is valid UTF-8");
    check(!s.dateline.present || inside(s.dateline.span, s.text), "dateline span inside the text");
    for (const SourceMapping& m : s.mapping) check(inside(m.text, s.text), "mapping span inside the text");
}

}  // namespace storylens::fuzz
