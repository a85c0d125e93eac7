// language_check.hpp — a cheap check that a text is English: the share of its words that are English function words.
#pragma once
#include <string_view>

#include "storylens/diagnostic.hpp"

namespace storylens {

struct LanguageEstimate {
    size_t words = 0;           // word tokens read
    size_t function_words = 0;  // ... of them English function words (core/lexicon/english_function_words.tsv)
    bool checked = false;       // enough words to judge (a headline or a one-word text is not judged)
    bool english = true;        // function words at least kMinEnglishShare of the words
};

LanguageEstimate estimate_english(std::string_view text);

// Appends a Warning "language.not_english" when the text has enough words and does not read as English.
void check_language(std::string_view text, Diagnostics& diagnostics);

}  // namespace storylens
