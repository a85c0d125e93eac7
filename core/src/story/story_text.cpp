// story_text.cpp — folding names and gists into comparable keys; the word classes come from core/lexicon.
#include "story/story_text.hpp"

#include <algorithm>

#include "entities/lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::story {

namespace {

bool is_word_char(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

bool is_number(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

void sort_unique(std::vector<std::string>& words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
}

bool ends_with(std::string_view w, std::string_view end) {
    return w.size() >= end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular English endings off, for comparison only (never shown): short words are kept whole.
std::string strip_ending(std::string w) {
    if (w.size() > 4 && ends_with(w, "ies")) w.replace(w.size() - 3, 3, "y");
    else if (w.size() > 4 && (ends_with(w, "sses") || ends_with(w, "shes") || ends_with(w, "ches") ||
                              ends_with(w, "xes") || ends_with(w, "uses")))
        w.resize(w.size() - 2);
    else if (w.size() > 3 && w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is"))
        w.pop_back();
    else if (w.size() > 5 && ends_with(w, "ing")) w.resize(w.size() - 3);
    else if (w.size() > 4 && ends_with(w, "ed")) w.resize(w.size() - 2);
    else return w.size() > 3 && w.back() == 'e' ? w.substr(0, w.size() - 1) : w;
    // "winning" -> "winn" -> "win"; "planned" -> "plan"
    const size_t n = w.size();
    if (n > 3 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's') w.pop_back();
    if (w.size() > 3 && w.back() == 'e') w.pop_back();
    return w;
}

}  // namespace

std::string word_base(std::string_view word) {
    const std::string w(word);
    long row = lexicon::find_row(lexicon::TableId::story_event_words, w);
    std::string stripped = strip_ending(w);
    if (row < 0) row = lexicon::find_row(lexicon::TableId::story_event_words, stripped);
    if (row < 0) return stripped;
    return strip_ending(std::string(lexicon::cell(lexicon::TableId::story_event_words, static_cast<size_t>(row), 0)));
}

std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        while (!current.empty() && current.back() == '\'') current.pop_back();
        if (!current.empty()) words.push_back(current);
        current.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
        // Curly apostrophe (U+2019) inside a word counts as the ASCII one: "don’t" = "don't".
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x99) {
            if (!current.empty()) current += '\'';
            i += 2;
            continue;
        }
        if (is_word_char(c)) current += static_cast<char>(c);
        else if (c == '\'' && !current.empty()) current += '\'';
        else if ((c == '.' || c == ',') && !current.empty() && current.back() >= '0' && current.back() <= '9' &&
                 i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
            if (c == '.') current += '.';  // 3.5 keeps its point; 1,700 folds to 1700
        } else if (c == '.' && !current.empty()) {
            // "U.S." -> "us": a period inside an abbreviation joins its letters
            if (i + 1 < text.size() && is_word_char(static_cast<unsigned char>(text[i + 1] | 0x20))) continue;
            flush();
        } else flush();
    }
    flush();
    return words;
}

std::vector<std::string> person_name_words(std::string_view name) {
    std::vector<std::string> words;
    for (std::string& w : folded_words(name)) {
        if (lexicon::contains(lexicon::TableId::name_suffixes, w)) continue;
        // A leading title is no part of the name; nor is a function word a capitalised headline glued on
        // ("Will Sanders come down", "Neither Hillary Clinton nor").
        if (words.empty() && (entities::is_title(w) || entities::is_title(w + ".") ||
                              lexicon::contains(lexicon::TableId::story_stopwords, w) ||
                              lexicon::contains(lexicon::TableId::story_negations, w)))
            continue;
        words.push_back(std::move(w));
    }
    return words;
}

std::string entity_key(const Entity& entity) {
    if (entity.type == EntityType::Person) {
        const std::vector<std::string> words = person_name_words(entity.name);
        if (words.empty()) return {};
        if (words.size() == 1) return words[0];
        return words.front() + " " + words.back();
    }
    std::vector<std::string> words = folded_words(entity.name);
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    std::string key;
    for (const std::string& w : words) key += (key.empty() ? "" : " ") + w;
    return key;
}

int type_class(EntityType type) {
    switch (type) {
        case EntityType::Person: return 0;
        case EntityType::Org:
        case EntityType::Group: return 1;
        case EntityType::Place: return 2;
    }
    return 1;
}

Gist make_gist(std::string_view text) {
    Gist gist;
    std::vector<std::string> content;  // in text order, for shingles
    for (std::string& w : folded_words(text)) {
        if (lexicon::contains(lexicon::TableId::story_negations, w) ||
            (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0)) {
            gist.negated = true;
            continue;
        }
        if (is_number(w)) { gist.numbers.push_back(w); continue; }
        if (w.size() < 2 || lexicon::contains(lexicon::TableId::story_stopwords, w)) continue;
        content.push_back(w);
    }
    for (size_t i = 0; i + 1 < content.size(); ++i) gist.shingles.push_back(content[i] + " " + content[i + 1]);
    gist.words = content;
    for (const std::string& w : content) gist.bases.push_back(word_base(w));
    sort_unique(gist.words);
    sort_unique(gist.bases);
    sort_unique(gist.shingles);
    sort_unique(gist.numbers);
    return gist;
}

size_t shared_count(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    size_t i = 0, j = 0, n = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else { ++n; ++i; ++j; }
    }
    return n;
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const size_t shared = shared_count(a, b);
    const size_t all = a.size() + b.size() - shared;
    return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

}  // namespace storylens::story
