// utf8.hpp — the one strict UTF-8 check (RFC 3629) that the core and its hosts share, so the viewer's input
// guard and the core's decoders can never disagree on what is well-formed.
#pragma once
#include <cstddef>
#include <string_view>

namespace storylens::utf8 {

// Length of the valid UTF-8 sequence starting at text[i] (1-4), or 0 if the bytes there are invalid
// (a lone continuation byte, a truncated sequence, an overlong form, a surrogate, a code point above U+10FFFF).
int valid_sequence_length(std::string_view text, size_t i);

}  // namespace storylens::utf8
