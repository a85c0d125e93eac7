// character_references.hpp — WHATWG character references: "&amp;", "&not", "&#8212;", "&#x1F600;".
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace storylens::html {

// The code point a numeric reference stands for after the WHATWG fix-ups: 0, surrogates and values above
// U+10FFFF become U+FFFD; 0x80-0x9F are read as Windows-1252 where that code page defines them.
char32_t numeric_reference_code_point(uint32_t value);

// `input[at]` is '&'. When a character reference starts there, appends its text to `out` and returns the number
// of input bytes it used; returns 0 when the '&' is a literal ampersand. In attribute values a named reference
// without ';' followed by '=' or an alphanumeric stays literal ("?a=1&copy=2").
size_t consume_character_reference(std::string_view input, size_t at, bool in_attribute, std::string& out);

}  // namespace storylens::html
