// fold.cpp — case and diacritic folding of code points for search (Latin-1 Supplement, Latin Extended-A,
// combining marks, basic Greek and Cyrillic case). These are character tables, not word lists.
#include "index/fold.hpp"

namespace storylens::search {
namespace {

// U+00C0..U+00FF; nullptr marks the two signs in the block (× ÷), which separate words.
const char* const kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};

// U+0100..U+017F as runs of one base letter: {count, base}.
struct Run {
    uint8_t count;
    const char* base;
};
const Run kLatinExtendedA[] = {{6, "a"},  {8, "c"}, {4, "d"},  {10, "e"}, {8, "g"}, {4, "h"}, {10, "i"}, {2, "ij"},
                               {2, "j"},  {3, "k"}, {10, "l"}, {9, "n"},  {6, "o"}, {2, "oe"}, {6, "r"}, {8, "s"},
                               {6, "t"},  {12, "u"}, {2, "w"}, {3, "y"},  {6, "z"}, {1, "s"}};

const char* latin_extended_a(uint32_t cp) {
    uint32_t at = 0x100;
    for (const Run& run : kLatinExtendedA) {
        if (cp < at + run.count) return run.base;
        at += run.count;
    }
    return nullptr;
}

void append_utf8(uint32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_separator(uint32_t cp) {
    return cp < 0xC0 ||                      // ASCII punctuation and space, Latin-1 signs (handled before for letters)
           cp == 0x2BB || cp == 0x2BC ||     // ʻ ʼ modifier-letter apostrophes, split like ' and ’
           (cp >= 0x2000 && cp <= 0x2BFF) ||  // general punctuation, symbols, arrows, dashes, curly quotes
           (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFEFF || cp == 0xFFFD || (cp >= 0xD800 && cp <= 0xDFFF);
}

}  // namespace

bool fold_code_point(uint32_t cp, std::string& out) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') return out += static_cast<char>(cp + 32), true;
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return out += static_cast<char>(cp), true;
        return false;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        const char* folded = kLatin1[cp - 0xC0];
        if (!folded) return false;
        out += folded;
        return true;
    }
    if (cp >= 0x100 && cp <= 0x17F) return out += latin_extended_a(cp), true;
    if (cp >= 0x300 && cp <= 0x36F) return true;  // combining marks: "u" + U+0308 is "u"
    if (is_separator(cp)) return false;
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) cp += 0x20;  // Greek capitals
    else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;           // Cyrillic А..Я
    else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;           // Cyrillic Ѐ..Џ
    else if (cp == 0x3C2) cp = 0x3C3;                          // final sigma
    append_utf8(cp, out);
    return true;
}

}  // namespace storylens::search
