// utf8.hpp — UTF-8 decoding and encoding helpers shared by the ingest, segment and TimeML stages.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "storylens/utf8.hpp"  // valid_sequence_length, shared with the hosts

namespace storylens::utf8 {

// Decodes the code point at text[i]; sets `length` to its byte length. Invalid bytes decode as U+FFFD, length 1.
char32_t decode(std::string_view text, size_t i, int& length);

// Decodes the code point that ends just before text[end]; sets `length`. Returns 0 at the start.
char32_t decode_before(std::string_view text, size_t end, int& length);

// Appends the UTF-8 encoding of `cp`; a surrogate or a value above U+10FFFF becomes U+FFFD.
void append(char32_t cp, std::string& out);

}  // namespace storylens::utf8
