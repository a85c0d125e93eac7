// published_date.cpp — reads the date formats CMSs and meta tags use for the publication date.
#include "ingest/published_date.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "storylens/calendar.hpp"
#include "temporal/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens {

namespace {

bool digits(std::string_view s, size_t at, size_t count) {
    if (at + count > s.size()) return false;
    for (size_t k = at; k < at + count; ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    return true;
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

bool valid(int year, int month, int day) {
    return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= calendar::days_in_month(year, month);
}

std::string day_string(int year, int month, int day) { return calendar::format_day({year, month, day}); }

struct Word {
    std::string_view text;
    bool numeric;
};

// "Sat, 05 Apr 2025", "April 5, 2025", "5. April 2025": a month name with a day next to it and a year after.
std::string textual_date(std::string_view s) {
    std::vector<Word> words;
    for (size_t i = 0; i < s.size() && words.size() < 16;) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        size_t j = i;
        if (std::isdigit(c)) {
            while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
            words.push_back({s.substr(i, j - i), true});
        } else if (std::isalpha(c)) {
            while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
            words.push_back({s.substr(i, j - i), false});
        } else {
            j = i + 1;
        }
        i = j;
    }
    for (size_t m = 0; m < words.size(); ++m) {
        const int month = words[m].numeric ? 0 : temporal::month_number(text::lowered(words[m].text));
        if (month == 0) continue;
        const auto day_at = [&](size_t k) {
            return k < words.size() && words[k].numeric && words[k].text.size() <= 2 ? number(words[k].text) : 0;
        };
        int day = day_at(m + 1);
        size_t after = m + 2;
        if (day == 0 && m > 0) { day = day_at(m - 1); after = m + 1; }
        if (day == 0) continue;
        if (after < words.size() && words[after].numeric && words[after].text.size() == 4) {
            const int year = number(words[after].text);
            if (valid(year, month, day)) return day_string(year, month, day);
        }
    }
    return "";
}

}  // namespace

std::string normalize_published(std::string_view written) {
    size_t b = 0, e = written.size();
    while (b < e && std::isspace(static_cast<unsigned char>(written[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(written[e - 1]))) --e;
    const std::string_view s = written.substr(b, e - b);
    if (s.size() > 64) return textual_date(s.substr(0, 64));
    // ISO 8601 and its slash or dot variants: YYYY-MM-DD.
    if (digits(s, 0, 4) && s.size() >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4] &&
        digits(s, 5, 2) && digits(s, 8, 2)) {
        const int year = number(s.substr(0, 4)), month = number(s.substr(5, 2)), day = number(s.substr(8, 2));
        if (!valid(year, month, day)) return "";
        const std::string date = day_string(year, month, day);
        if (s[4] != '-' || s.size() == 10) return date;
        // Keep a timestamp as written ("T10:00:00Z", "T10:00:00+02:00"); a space before the time becomes 'T'.
        if ((s[10] == 'T' || s[10] == ' ') && digits(s, 11, 2) && s.size() >= 16 && s[13] == ':') {
            std::string timestamp(s.substr(0, std::min(s.size(), s.find_first_of(" \t", 11))));
            timestamp[10] = 'T';
            return timestamp;
        }
        return date;
    }
    if (digits(s, 0, 8) && (s.size() == 8 || !std::isdigit(static_cast<unsigned char>(s[8])))) {
        const int year = number(s.substr(0, 4)), month = number(s.substr(4, 2)), day = number(s.substr(6, 2));
        return valid(year, month, day) ? day_string(year, month, day) : "";
    }
    return textual_date(s);
}

}  // namespace storylens
