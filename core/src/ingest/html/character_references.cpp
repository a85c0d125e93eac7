// character_references.cpp — numeric and named character references, decoded as the WHATWG tokenizer does.
#include "ingest/html/character_references.hpp"

#include <algorithm>
#include <cstdint>

#include "ingest/html/named_references.hpp"
#include "ingest/utf8.hpp"

namespace storylens::html {

namespace {

constexpr size_t kLongestName = 32;  // "CounterClockwiseContourIntegral;"

// Windows-1252 for 0x80-0x9F; 0 where the code page leaves the byte undefined (the value is then kept).
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

size_t consume_numeric(std::string_view input, size_t at, std::string& out) {
    size_t i = at + 2;  // after "&#"
    const bool hex = i < input.size() && (input[i] == 'x' || input[i] == 'X');
    if (hex) ++i;
    const size_t digits_start = i;
    uint32_t value = 0;
    for (; i < input.size(); ++i) {
        const int digit = hex ? hex_value(input[i]) : (input[i] >= '0' && input[i] <= '9' ? input[i] - '0' : -1);
        if (digit < 0) break;
        // Saturate: anything past U+10FFFF is replaced anyway, and long digit runs must not overflow.
        value = std::min<uint32_t>(value * (hex ? 16 : 10) + static_cast<uint32_t>(digit), 0x110000);
    }
    if (i == digits_start) return 0;  // "&#" or "&#x" without digits is literal text
    if (i < input.size() && input[i] == ';') ++i;
    utf8::append(numeric_reference_code_point(value), out);
    return i - at;
}

}  // namespace

char32_t numeric_reference_code_point(uint32_t value) {
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
    if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0) return kWindows1252[value - 0x80];
    return value;
}

const NamedReference* longest_named_reference(std::string_view text) {
    size_t length = 0;
    while (length < text.size() && length < kLongestName && is_ascii_alnum(text[length])) ++length;
    if (length < text.size() && text[length] == ';') ++length;
    const NamedReference* begin = named_references_begin();
    const NamedReference* end = named_references_end();
    // Try the longest candidate first; each try is one binary search over the sorted names.
    for (; length >= 2; --length) {
        const std::string_view candidate = text.substr(0, length);
        const NamedReference* found = std::lower_bound(
            begin, end, candidate, [](const NamedReference& r, std::string_view name) { return r.name < name; });
        if (found != end && found->name == candidate) return found;
    }
    return nullptr;
}

size_t consume_character_reference(std::string_view input, size_t at, bool in_attribute, std::string& out) {
    if (at + 1 >= input.size()) return 0;
    if (input[at + 1] == '#') return consume_numeric(input, at, out);
    if (!is_ascii_alnum(input[at + 1])) return 0;
    const NamedReference* match = longest_named_reference(input.substr(at + 1));
    if (!match) return 0;
    const size_t used = 1 + match->name.size();
    if (in_attribute && match->name.back() != ';' && at + used < input.size() &&
        (input[at + used] == '=' || is_ascii_alnum(input[at + used])))
        return 0;  // legacy "&copy=2" in a URL stays as written
    out.append(match->value);
    return used;
}

}  // namespace storylens::html
