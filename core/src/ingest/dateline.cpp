// dateline.cpp — a leading wire-style dateline: "CITY[, Region][, date][ (Agency)] – ".
#include <cctype>

#include "ingest/utf8.hpp"
#include "storylens/source.hpp"

namespace storylens {

namespace {

constexpr size_t kMaxDatelineBytes = 160;  // a dateline is short; further in, a dash is prose

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// Length of a dash separator at text[i] ("–", "—", "-", "--") or 0.
size_t dash_length(std::string_view text, size_t i) {
    if (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0) return 3;
    if (text.compare(i, 2, "--") == 0) return 2;
    if (text[i] == '-') return 1;
    return 0;
}

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && (std::isspace(static_cast<unsigned char>(s[e - 1])) || s[e - 1] == ',')) --e;
    return std::string(s.substr(b, e - b));
}

}  // namespace

Dateline detect_dateline(std::string_view text) {
    Dateline dateline;
    size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const size_t begin = i;
    // The first word must be in capitals (at least two letters): "SULAIMANI", "NEW YORK", "WASHINGTON".
    size_t caps = 0;
    // Inner joiners keep multi-word places whole ("NEW YORK", "WILKES-BARRE", "ST. LOUIS") only when
    // another capital follows.
    const auto joins_caps = [&](size_t k) {
        if (caps == 0 || k + 1 >= text.size()) return false;
        const char c = text[k];
        if (c == ' ') return is_upper_ascii(text[k + 1]);
        return (c == '-' || c == '.' || c == '\'') && (is_upper_ascii(text[k + 1]) || text[k + 1] == ' ');
    };
    while (i < text.size() && (is_upper_ascii(text[i]) || joins_caps(i))) {
        if (is_upper_ascii(text[i])) ++caps;
        ++i;
    }
    if (caps < 2) return dateline;
    // The place is followed by a comma, an agency "(AP)" or the dash itself; "NATO said ..." is prose.
    size_t after = i;
    while (after < text.size() && text[after] == ' ') ++after;
    if (after >= text.size() || !(text[after] == ',' || text[after] == '(' || dash_length(text, after) > 0))
        return dateline;
    const size_t limit = std::min(text.size(), begin + kMaxDatelineBytes);
    for (size_t k = i; k < limit; ++k) {
        const char c = text[k];
        const bool sentence_period = c == '.' && k + 1 < text.size() && text[k + 1] == ' ' && k > 0 &&
                                     std::islower(static_cast<unsigned char>(text[k - 1]));
        if (c == '\n' || c == '\r' || c == '"' || sentence_period)
            return dateline;  // the first sentence began: no dateline
        if (c != ' ' && k != i) continue;
        const size_t at = (c == ' ') ? k + 1 : k;
        if (at >= text.size()) break;
        const size_t dash = dash_length(text, at);
        if (dash == 0 || at + dash >= text.size() || text[at + dash] != ' ') continue;
        std::string head = trim(text.substr(begin, at - begin));
        // Drop an agency in parentheses "(AP)" and keep the place.
        std::string location = head;
        if (size_t paren = location.find(" ("); paren != std::string::npos) location = trim(location.substr(0, paren));
        dateline.present = true;
        dateline.text = std::string(text.substr(begin, at + dash - begin));
        dateline.location = location;
        size_t end = at + dash;
        while (end < text.size() && text[end] == ' ') ++end;
        dateline.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
        return dateline;
    }
    return dateline;
}

}  // namespace storylens
