// boilerplate.cpp — tag, ARIA role and class/id word rules for page furniture.
#include "ingest/html/boilerplate.hpp"

#include <algorithm>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace storylens::html {

namespace {

// Class/id words that mark furniture (core/lexicon/ingest_html_furniture_words.tsv): whole words ("ad", "nav")
// so "header" does not match "head"; prefixes (ingest_html_furniture_prefixes.tsv) for words that come glued to
// others ("sharebar", "socialLinks", "relatedStories").
bool is_furniture_word(std::string_view word) {
    if (lexicon::contains(lexicon::TableId::ingest_html_furniture_words, word)) return true;
    const lexicon::Table& prefixes = lexicon::table(lexicon::TableId::ingest_html_furniture_prefixes);
    for (size_t row = 0; row < prefixes.rows; ++row) {
        const std::string_view p = lexicon::cell(lexicon::TableId::ingest_html_furniture_prefixes, row, 0);
        if (word.substr(0, p.size()) == p) return true;
    }
    return false;
}

// Splits "share-bar socialLinks related_stories" into lower-case words: share, bar, social, links, related...
bool has_furniture_word(std::string_view names) {
    std::string word;
    const auto flush = [&] {
        const bool hit = !word.empty() && is_furniture_word(word);
        word.clear();
        return hit;
    };
    for (size_t i = 0; i < names.size(); ++i) {
        const char c = names[i];
        const bool upper = c >= 'A' && c <= 'Z';
        const bool lower = (c >= 'a' && c <= 'z');
        if (upper && i > 0 && names[i - 1] >= 'a' && names[i - 1] <= 'z' && flush()) return true;
        if (upper) word.push_back(static_cast<char>(c + ('a' - 'A')));
        else if (lower) word.push_back(c);
        else if (flush()) return true;
    }
    return flush();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    return out;
}

bool hidden_by_style(const std::string* style) {
    if (!style) return false;
    std::string compact;
    for (char c : *style)
        if (c != ' ' && c != '\t') compact.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

// "39 minutes ago", "2 hrs ago".
bool is_relative_timestamp(const std::vector<std::string>& words) {
    if (words.size() != 3 || words[2] != "ago") return false;
    for (char c : words[0])
        if (c < '0' || c > '9') return false;
    return lexicon::contains(lexicon::TableId::relative_time_units, words[1]);
}

}  // namespace

bool is_boilerplate_phrase(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (is_html_space(c)) {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    // A trailing ':' or '>' or '›' ("More about:", "Next ›") is punctuation, not part of the phrase.
    while (!words.empty()) {
        std::string& last = words.back();
        if (last == "\xE2\x80\xBA" || last == ">" || last == "\xC2\xBB") { words.pop_back(); continue; }
        if (!last.empty() && last.back() == ':') last.pop_back();
        break;
    }
    if (words.empty()) return false;
    if (is_relative_timestamp(words)) return true;
    std::string phrase;
    for (const std::string& w : words) phrase += (phrase.empty() ? "" : " ") + w;
    return lexicon::contains(lexicon::TableId::boilerplate_phrases, phrase);
}

Furniture furniture_kind(const Element& e) {
    if (lexicon::contains(lexicon::TableId::ingest_html_furniture_tags, e.tag))
        return Furniture::ByTag;
    if (const std::string* role = e.attribute("role"))
        if (lexicon::contains(lexicon::TableId::ingest_html_furniture_roles, lower(*role)))
            return Furniture::ByTag;
    if (e.attribute("hidden")) return Furniture::ByTag;
    if (const std::string* aria = e.attribute("aria-hidden"))
        if (lower(*aria) == "true") return Furniture::ByTag;
    if (hidden_by_style(e.attribute("style"))) return Furniture::ByTag;
    const std::string* cls = e.attribute("class");
    const std::string* id = e.attribute("id");
    if ((cls && has_furniture_word(*cls)) || (id && has_furniture_word(*id))) return Furniture::ByName;
    return Furniture::None;
}

bool is_non_content(std::string_view tag) {
    return lexicon::contains(lexicon::TableId::ingest_html_non_content_tags, tag);
}

bool is_block(std::string_view tag) {
    if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return true;
    return tag.empty() || lexicon::contains(lexicon::TableId::ingest_html_block_tags, tag);
}

std::string describe(const Element& e) {
    std::string out = e.tag;
    if (const std::string* id = e.attribute("id"); id && !id->empty()) return out + "#" + id->substr(0, 40);
    if (const std::string* cls = e.attribute("class"); cls && !cls->empty()) {
        const size_t end = std::min(cls->find(' '), static_cast<size_t>(40));
        return out + "." + cls->substr(0, end);
    }
    return out;
}

}  // namespace storylens::html
