// chars.hpp — code-point classes the tokenizer needs (Latin letters with accents, spaces, capitals).
#pragma once
#include <string_view>

namespace storylens::chars {

inline bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Letters: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic, and any code point above U+0370 that is not
// punctuation or a symbol we know of. Good enough to keep names like "Erdoğan" or "Зеленський" whole.
inline bool is_letter(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c < 0xC0) return false;
    if (c == 0xD7 || c == 0xF7) return false;  // × ÷
    if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F) return false;
    if (c == 0xFFFD || (c >= 0xFE00 && c <= 0xFE0F)) return false;
    return true;
}

inline bool is_upper(char32_t c) {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
    if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0;  // Latin Extended-A alternates upper/lower
    if (c >= 0x391 && c <= 0x3A9) return true;          // Greek
    if (c >= 0x400 && c <= 0x42F) return true;          // Cyrillic
    return false;
}

// "EST", "NATO": every ASCII letter upper case and at least two of them.
inline bool is_all_caps(std::string_view word) {
    size_t letters = 0;
    for (char c : word) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}

}  // namespace storylens::chars
