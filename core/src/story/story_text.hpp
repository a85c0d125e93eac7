// story_text.hpp — the folded keys a story compares across articles: names, content words, figures, negation.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/entities.hpp"

namespace storylens::story {

// Lower-case ASCII words of `text` (letters, digits, inner apostrophes); periods and other punctuation dropped,
// so "U.S." and "US" fold alike.
std::vector<std::string> folded_words(std::string_view text);

// A person's name without titles and generational suffixes: "Sen. Bernard Sanders Jr." -> {bernard, sanders}.
std::vector<std::string> person_name_words(std::string_view name);

// The key one real-world entity has in every article: persons "first last", others the folded words joined.
// Empty when the name holds no word.
std::string entity_key(const Entity& entity);

// Type classes that may name the same thing: an organisation and a group of people are one class.
int type_class(EntityType type);

// The gist of a claim or event as a set of content words (sorted, unique): no function words, no negators,
// no numbers — those are compared on their own.
struct Gist {
    std::vector<std::string> words;   // sorted unique content words
    std::vector<std::string> shingles;  // "w1 w2" for each pair of consecutive content words, sorted unique
    std::vector<std::string> numbers;   // sorted unique number tokens ("1700", "3.5")
    std::vector<std::string> bases;     // sorted unique word_base of the content words
    bool negated = false;
};
Gist make_gist(std::string_view text);

// The form a content word is compared by across reports: the word a row of core/lexicon/story_event_words.tsv
// counts it as ("won", "victory" -> "win"), else the word without a plural, -ed or -ing ending and a final e
// ("caucuses" -> "caucus", "clinched" -> "clinch", "declared" = "declares" -> "declar").
std::string word_base(std::string_view word);

// |a ∩ b| / |a ∪ b| of two sorted unique word lists; 0 when both are empty.
double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b);
size_t shared_count(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace storylens::story
