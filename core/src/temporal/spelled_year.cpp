// spelled_year.cpp — see spelled_year.hpp. Only shapes that cannot be a plain count are taken: a century
// word followed by a two-digit part, or "two thousand" with an optional "and N".
#include "temporal/spelled_year.hpp"

#include "temporal/lexicon.hpp"

namespace storylens::temporal {

namespace {

// "eighty-four" -> 84, "ninety" -> 90, "twelve" -> 12; -1 otherwise. "a"/"an"/"couple"/"dozen" are no digits.
int two_digit_words(std::string_view w) {
    if (w == "a" || w == "an" || w == "couple" || w == "dozen" || w == "hundred") return -1;
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos) {
        const int n = number_word(w);
        return n >= 1 && n <= 99 ? n : -1;
    }
    const int tens = number_word(w.substr(0, dash)), ones = number_word(w.substr(dash + 1));
    if (tens >= 20 && tens <= 90 && tens % 10 == 0 && ones >= 1 && ones <= 9) return tens + ones;
    return -1;
}

std::string_view lower_at(const std::vector<text::Tok>& toks, size_t i) {
    return i < toks.size() ? toks[i].lower : std::string_view();
}

}  // namespace

size_t match_spelled_year(const std::vector<text::Tok>& toks, size_t i, int& year) {
    const std::string_view first = lower_at(toks, i);
    // "two thousand", "two thousand and five", "two thousand twelve"
    if (first == "two" && lower_at(toks, i + 1) == "thousand") {
        size_t j = i + 2;
        const bool with_and = lower_at(toks, j) == "and";
        const int rest = two_digit_words(lower_at(toks, with_and ? j + 1 : j));
        if (rest > 0) {
            year = 2000 + rest;
            return (with_and ? j + 2 : j + 1) - i;
        }
        year = 2000;
        return 2;
    }
    // "nineteen eighty-four", "eighteen twelve", "twenty twenty-four", "nineteen oh five", "nineteen hundred"
    const int century = two_digit_words(first);
    if (century < 11 || century > 20) return 0;
    const std::string_view second = lower_at(toks, i + 1);
    if (second == "hundred") {
        year = century * 100;
        return 2;
    }
    if (second == "oh" || second == "o") {
        const int ones = two_digit_words(lower_at(toks, i + 2));
        if (ones < 1 || ones > 9) return 0;
        year = century * 100 + ones;
        return 3;
    }
    const int rest = two_digit_words(second);
    if (rest < 10) return 0;  // "nineteen five" reads as two counts
    year = century * 100 + rest;
    return 2;
}

}  // namespace storylens::temporal
