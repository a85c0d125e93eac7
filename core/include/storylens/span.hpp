// span.hpp — a half-open range of UTF-8 byte offsets into Source::text.
#pragma once
#include <cstdint>
#include <string_view>

namespace storylens {

struct Span {
    uint32_t start = 0;
    uint32_t end = 0;
    uint32_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    bool contains(uint32_t offset) const { return offset >= start && offset < end; }
    bool contains(Span other) const { return other.start >= start && other.end <= end; }
    bool overlaps(Span other) const { return start < other.end && other.start < end; }
    std::string_view of(std::string_view text) const { return text.substr(start, end - start); }
    friend bool operator==(Span a, Span b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(Span a, Span b) { return !(a == b); }
};

}  // namespace storylens
