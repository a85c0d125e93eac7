// untrusted_input.hpp — text that reaches the viewer from outside (a link's fragment, an embed host's message,
// the clipboard), made safe before use: well-formed UTF-8 (the JSON the page reads back must never fail on it)
// and a fragment parser that never fails. Free of ImGui (it needs only the core's UTF-8 check), so
// fuzz_embed_input drives it directly.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/utf8.hpp"

namespace storylens::ui {

struct WellFormedText {
    std::string text;
    int replaced = 0;  // invalid bytes replaced with U+FFFD
};

// Every invalid byte becomes U+FFFD; well-formed text comes back unchanged.
inline WellFormedText well_formed_utf8(std::string_view bytes) {
    WellFormedText out;
    out.text.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size();) {
        const int n = utf8::valid_sequence_length(bytes, i);
        if (n > 0) {
            out.text.append(bytes.substr(i, static_cast<size_t>(n)));
            i += static_cast<size_t>(n);
        } else {
            out.text += "\xEF\xBF\xBD";
            ++out.replaced;
            ++i;
        }
    }
    return out;
}

inline int hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

struct DecodedValue {
    std::string text;          // well-formed UTF-8
    int broken_escapes = 0;    // %XX escapes that made no character ("%C3" alone, "%FF"): kept as written
    int replaced_bytes = 0;    // raw invalid bytes in the fragment itself: replaced with U+FFFD
};

// Percent-decodes a fragment value ('+' is a space). A malformed escape ("%zz", "%4") and an escape whose bytes
// form no UTF-8 character ("%C3" truncated, "%FF") stay as written, so the value is always well-formed.
inline DecodedValue decode_fragment_value(std::string_view v) {
    struct Byte {
        unsigned char value;
        size_t from, length;  // where it was written in `v`
    };
    std::vector<Byte> bytes;
    bytes.reserve(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        const int high = v[i] == '%' && i + 2 < v.size() ? hex_digit_value(v[i + 1]) : -1;
        const int low = high >= 0 ? hex_digit_value(v[i + 2]) : -1;
        if (high >= 0 && low >= 0) {
            bytes.push_back({static_cast<unsigned char>(high * 16 + low), i, 3});
            i += 2;
        } else {
            bytes.push_back({static_cast<unsigned char>(v[i] == '+' ? ' ' : v[i]), i, 1});
        }
    }
    std::string decoded;
    decoded.reserve(bytes.size());
    for (const Byte& b : bytes) decoded += static_cast<char>(b.value);
    DecodedValue out;
    out.text.reserve(decoded.size());
    for (size_t i = 0; i < decoded.size();) {
        const int n = utf8::valid_sequence_length(decoded, i);
        if (n > 0) {
            out.text.append(decoded, i, static_cast<size_t>(n));
            i += static_cast<size_t>(n);
            continue;
        }
        if (bytes[i].length == 3) {
            out.text.append(v.substr(bytes[i].from, 3));
            ++out.broken_escapes;
        } else {
            out.text += "\xEF\xBF\xBD";
            ++out.replaced_bytes;
        }
        ++i;
    }
    return out;
}

struct FragmentField {
    std::string key;
    DecodedValue value;
};

// "view=claims&sel=claim:3&q=x" as key/value pairs in order; a pair without '=' is skipped. Keys are made
// well-formed too (they are only compared, never shown).
inline std::vector<FragmentField> parse_fragment(std::string_view fragment) {
    std::vector<FragmentField> fields;
    for (size_t start = 0; start <= fragment.size();) {
        size_t amp = fragment.find('&', start);
        if (amp == std::string_view::npos) amp = fragment.size();
        const std::string_view pair = fragment.substr(start, amp - start);
        const size_t eq = pair.find('=');
        if (eq != std::string_view::npos)
            fields.push_back({well_formed_utf8(pair.substr(0, eq)).text, decode_fragment_value(pair.substr(eq + 1))});
        start = amp + 1;
    }
    return fields;
}

// "sel=claim:3" -> kind "claim", id 3. False for anything else: no colon, no digits, a number out of int range.
inline bool parse_selection(std::string_view value, std::string& kind, int& id) {
    const size_t colon = value.find(':');
    if (colon == std::string_view::npos || colon + 1 >= value.size()) return false;
    long long n = 0;
    for (size_t i = colon + 1; i < value.size(); ++i) {
        if (value[i] < '0' || value[i] > '9') return false;
        n = n * 10 + (value[i] - '0');
        if (n > 0x7fffffff) return false;
    }
    kind = std::string(value.substr(0, colon));
    id = static_cast<int>(n);
    return true;
}

}  // namespace storylens::ui
