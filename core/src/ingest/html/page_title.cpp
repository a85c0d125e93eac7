// page_title.cpp — site names and sections taken off a <title>, the Readability way.
#include "ingest/html/page_title.hpp"

#include <algorithm>

#include "ingest/html/tokenizer.hpp"

namespace storylens::html {

namespace {

size_t word_count(std::string_view s) {
    size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = is_html_space(c);
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

std::string trim(std::string_view s) {
    while (!s.empty() && is_html_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_html_space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

struct Separator {
    size_t at, size;
};

// " | ", " - ", " \ ", " / ", " > ", " » ", " – ", " — " (a space on both sides), first to last.
std::vector<Separator> separators(std::string_view t) {
    static constexpr std::string_view kMarks[] = {"|", "-", "\\", "/", ">", "\xC2\xBB", "\xE2\x80\x93", "\xE2\x80\x94"};
    std::vector<Separator> out;
    for (size_t i = 1; i < t.size(); ++i) {
        if (t[i - 1] != ' ') continue;
        for (std::string_view mark : kMarks)
            if (t.substr(i, mark.size()) == mark && i + mark.size() < t.size() && t[i + mark.size()] == ' ') {
                out.push_back({i - 1, mark.size() + 2});
                break;
            }
    }
    return out;
}

bool hierarchical(std::string_view t) {
    for (const Separator& s : separators(t)) {
        const char c = t[s.at + 1];
        if (c == '\\' || c == '/' || c == '>' || t.substr(s.at + 1, 2) == "\xC2\xBB") return true;
    }
    return false;
}

}  // namespace

std::string headline_from_title(std::string_view title_in, const std::vector<std::string>& headings,
                                const std::vector<std::string>& h1s) {
    const std::string title = trim(title_in);
    std::string headline = title;
    const std::vector<Separator> seps = separators(title);
    if (!seps.empty()) {
        headline = trim(std::string_view(title).substr(0, seps.back().at));
        if (word_count(headline) < 3) headline = trim(std::string_view(title).substr(seps.front().at + seps.front().size));
    } else if (const size_t colon = title.find(": "); colon != std::string::npos) {
        if (std::find(headings.begin(), headings.end(), title) == headings.end()) {
            headline = trim(std::string_view(title).substr(title.rfind(": ") + 2));
            if (word_count(headline) < 3) headline = trim(std::string_view(title).substr(colon + 2));
            else if (word_count(std::string_view(title).substr(0, colon)) > 5) headline = title;
        }
    } else if ((title.size() > 150 || title.size() < 15) && h1s.size() == 1) {
        headline = h1s.front();
    }
    // Four words or fewer: the cut went wrong, unless only a "Site » Section" hierarchy lost its last step.
    const long words = static_cast<long>(word_count(headline));
    const long title_words = static_cast<long>(word_count(title)) - static_cast<long>(seps.size());
    if (words <= 4 && (!hierarchical(title) || words != title_words - 1)) headline = title;
    return headline;
}

}  // namespace storylens::html
