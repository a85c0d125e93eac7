// language_check.cpp — English prose is about 40 % function words ("the", "of", "that"); French, German or
// Spanish prose scores a few % on the same list, so a share under 15 % says the rules will read nothing.
#include "ingest/language_check.hpp"

#include <string>

#include "lexicon/lexicon.hpp"

namespace storylens {

namespace {

constexpr size_t kMinWords = 8;          // fewer words: no judgement
constexpr size_t kMaxWordsRead = 2000;   // the start of a long text is enough
constexpr double kMinEnglishShare = 0.15;

bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;  // UTF-8 letters count as word bytes
}

}  // namespace

LanguageEstimate estimate_english(std::string_view text) {
    LanguageEstimate e;
    std::string word;
    const auto flush = [&] {
        if (word.empty()) return;
        ++e.words;
        e.function_words += lexicon::contains(lexicon::TableId::english_function_words, word);
        word.clear();
    };
    for (size_t i = 0; i < text.size() && e.words < kMaxWordsRead; ++i) {
        const char c = text[i];
        if (is_word_byte(c)) word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
        else flush();
    }
    flush();
    e.checked = e.words >= kMinWords;
    e.english = !e.checked || static_cast<double>(e.function_words) >= kMinEnglishShare * static_cast<double>(e.words);
    return e;
}

void check_language(std::string_view text, Diagnostics& diagnostics) {
    const LanguageEstimate e = estimate_english(text);
    if (e.english) return;
    const int share = static_cast<int>(100.0 * static_cast<double>(e.function_words) / static_cast<double>(e.words) + 0.5);
    diagnostics.push_back({Level::Warning, "language.not_english",
        "the text does not read as English (" + std::to_string(share) + " % of its first " + std::to_string(e.words) +
            " words are English function words, about 40 % in English prose): Storylens reads English only, so "
            "dates, claims and entities will be missing or wrong",
        -1});
}

}  // namespace storylens
