// figures.cpp — see figures.hpp. A figure is an optional modifier, a number (digits or words, times "million" or
// "bn"), or a range of two, and what it measures: a currency ("$", "euros": the ISO code), a percentage ("%",
// "percent", "percentage points") or up to two following lower-case words naming what is counted — never a time
// word ("next year" counts nothing).
#include "claims/figures.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "lexicon/lexicon.hpp"
#include "storylens/pos.hpp"
#include "temporal/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

using lexicon::TableId;
using text::Tok;

// Words that end the counted noun: verbs, prepositions, conjunctions.
bool stops_unit(std::string_view w) {
    if (w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing")) return true;
    return lexicon::contains(TableId::figures_unit_stops, w);
}

// What is counted is a noun: a word WordNet has as a noun, or does not know ("workers", "votes"); never one it
// has only as an adverb, adjective or verb ("two thereafter", "called 911 twice", "20,000 workers lost").
bool can_be_counted(std::string_view w) {
    const std::string_view classes = pos::wordnet_classes(w);
    return classes == "-" || classes.find('n') != std::string_view::npos;
}

// Days, months, years, "Friday", "March": what a timex counts, not a figure.
bool is_time_word(std::string_view w) {
    return temporal::unit_word(w) != temporal::Unit::None || temporal::month_number(w) > 0 ||
           temporal::weekday_number(w) > 0 || temporal::part_of_day(w) != nullptr;
}

// "1.5" times 10^zeros as a plain decimal: "1500000000"; "0.25" with 2 zeros: "25".
std::string scaled(std::string digits, int zeros) {
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    const size_t dot = digits.find('.');
    std::string whole = dot == std::string::npos ? digits : digits.substr(0, dot);
    std::string frac = dot == std::string::npos ? std::string() : digits.substr(dot + 1);
    for (; zeros > 0; --zeros) {
        whole += frac.empty() ? '0' : frac[0];
        if (!frac.empty()) frac.erase(0, 1);
    }
    while (whole.size() > 1 && whole[0] == '0') whole.erase(0, 1);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    return frac.empty() ? whole : whole + "." + frac;
}

int multiplier_zeros(std::string_view lower) {
    const long row = lexicon::find_row(TableId::figures_multipliers, lower);
    if (row < 0) return 0;
    int zeros = 0;
    for (const char c : lexicon::cell(TableId::figures_multipliers, size_t(row), 1)) zeros = zeros * 10 + (c - '0');
    return zeros;
}

std::string_view currency_code(std::string_view lower) {
    const long row = lexicon::find_row(TableId::figures_currencies, lower);
    return row < 0 ? std::string_view() : lexicon::cell(TableId::figures_currencies, size_t(row), 1);
}

bool is_number_word(std::string_view w) { return temporal::number_word(w) >= 0; }

// One number at toks[i]: its value (scaled by a glued or following multiplier) and the token after it; false when
// toks[i] is no plain number ("16th", "1990s", "10:30", "6/3"). Whether a word is a number word is asked once
// per distinct word of `tokens`.
bool read_number(const text::TokenStream& tokens, const std::vector<Tok>& toks, size_t i, std::string& value,
                 size_t& next) {
    const Tok& t = toks[i];
    int zeros = 0;
    if (t.kind == TokenKind::Number) {
        if (t.text.find('/') != std::string_view::npos || t.text.find(':') != std::string_view::npos) return false;
        size_t letters = 0;
        while (letters < t.lower.size() && !std::isalpha(static_cast<unsigned char>(t.lower[letters]))) ++letters;
        if (letters < t.lower.size()) {
            zeros = multiplier_zeros(std::string_view(t.lower).substr(letters));  // "3bn"
            if (zeros == 0) return false;
        }
        value = t.lower.substr(0, letters);
    } else if (!text::test_word(tokens, t, is_number_word)) {
        return false;
    } else if (const int n = temporal::number_word(t.lower); n >= 2 && t.lower != "couple") {
        value = std::to_string(n);
    } else if (n == 1 && i + 1 < toks.size() && multiplier_zeros(toks[i + 1].lower) > 0) {
        value = "1";  // "one million jobs"; a lone "one" is a pronoun as often as a count
    } else {
        return false;
    }
    next = i + 1;
    if (zeros == 0 && next < toks.size()) {
        zeros = multiplier_zeros(toks[next].lower);
        if (zeros > 0) ++next;
    }
    value = scaled(value, zeros);
    return true;
}

// "percent", "%", "per cent", "percentage points" at toks[j]: the unit and the token after it.
std::string_view percent_unit(const std::vector<Tok>& toks, size_t j, size_t& after) {
    if (j >= toks.size()) return {};
    const long row = lexicon::find_row(TableId::figures_percent_units, toks[j].lower);
    if (row < 0) return {};
    const std::string_view unit = lexicon::cell(TableId::figures_percent_units, size_t(row), 1);
    after = j + 1;
    if (toks[j].lower == "per") {  // "per cent" only
        if (j + 1 >= toks.size() || toks[j + 1].lower != "cent") return {};
        after = j + 2;
    } else if (toks[j].lower == "percentage") {  // "percentage point(s)"
        if (j + 1 >= toks.size() || (toks[j + 1].lower != "point" && toks[j + 1].lower != "points")) return {};
        after = j + 2;
    } else if (toks[j].lower == "point" || toks[j].lower == "points") {
        return {};  // "points" alone are counted like any noun
    }
    return unit;
}

// The modifier phrase of the lexicon ending right before toks[start] ("more than", "nearly"): its first token.
size_t modifier_before(const std::vector<Tok>& toks, size_t start, std::string& mod) {
    for (size_t words = 3; words >= 1; --words) {
        if (start < words) continue;
        std::string phrase;
        for (size_t k = start - words; k < start; ++k) (phrase += phrase.empty() ? "" : " ") += toks[k].lower;
        if (lexicon::contains(TableId::figures_modifiers, phrase)) {
            mod = phrase;
            return start - words;
        }
    }
    return start;
}

bool is_range_joint(const Tok& t) {
    return t.lower == "to" || t.text == "-" || t.text == "\xE2\x80\x93" /* – */ || t.text == "\xE2\x80\x94";
}

bool less_than(const std::string& a, const std::string& b) {
    return std::strtod(a.c_str(), nullptr) < std::strtod(b.c_str(), nullptr);
}

}  // namespace

std::vector<Figure> find_figures(const text::TokenStream& tokens, const std::vector<Timex>& timexes) {
    const std::string_view source_text = tokens.text();
    std::vector<Figure> out;
    std::vector<Tok> toks;
    for (const Sentence& s : tokens.document().sentences) {
        text::sentence_tokens(tokens, s.first_token, s.token_count, toks);
        for (size_t i = 0; i < toks.size(); ++i) {
            size_t start = i, at = i;
            std::string currency(currency_code(toks[i].text));
            if (!currency.empty() && toks[i].kind == TokenKind::Word) currency.clear();  // "dollars 5" is no order
            if (!currency.empty()) ++at;
            if (at >= toks.size()) continue;
            std::string value;
            size_t j = 0;
            if (!read_number(tokens, toks, at, value, j)) continue;
            if (timex_containing(timexes, toks[at].span)) continue;
            // a range: "10 to 15 percent", "$3-5 billion", "between 87 and 88 percent"
            const bool between = start > 0 && toks[start - 1].lower == "between";
            if (j + 1 < toks.size() && (between ? toks[j].lower == "and" : is_range_joint(toks[j]))) {
                size_t k = j + 1;
                if (!currency.empty() && k < toks.size() && toks[k].text == toks[start].text) ++k;  // "$3 to $5"
                std::string high;
                size_t after = 0;
                if (k < toks.size() && read_number(tokens, toks, k, high, after) &&
                    !timex_containing(timexes, toks[k].span)) {
                    // "$3-5 billion": the multiplier after the second number scales the first too
                    if (const int zeros = multiplier_zeros(toks[after - 1].lower); zeros > 0 && j == at + 1)
                        value = scaled(value, zeros);
                    if (less_than(value, high)) {
                        value += "-" + high;
                        j = after;
                        if (between) --start;
                    }
                }
            }
            std::string unit = currency;
            if (unit.empty() && j < toks.size() && toks[j].kind == TokenKind::Word &&
                !currency_code(toks[j].lower).empty()) {
                unit = std::string(currency_code(toks[j].lower));  // "2 billion euros"
                ++j;
            }
            size_t after_percent = 0;
            if (unit.empty()) {
                if (const std::string_view p = percent_unit(toks, j, after_percent); !p.empty()) unit = p, j = after_percent;
            }
            if (unit.empty()) {
                // what it counts: up to two lower-case words ("security personnel"), never a time word
                const size_t unit_start = j;
                while (j < toks.size() && j < unit_start + 2 && toks[j].kind == TokenKind::Word &&
                       !text::is_capitalized(toks[j].text) && !stops_unit(toks[j].lower) && !is_time_word(toks[j].lower) &&
                       can_be_counted(toks[j].lower))
                    ++j;
                if (j < toks.size() && j == unit_start && is_time_word(toks[j].lower)) continue;  // "five years"
                if (j > unit_start)
                    unit = std::string(source_text.substr(toks[unit_start].span.start,
                                                   toks[j - 1].span.end - toks[unit_start].span.start));
                else if (j == at + 1 && toks[at].kind == TokenKind::Word)
                    continue;  // a bare number says too little ("3bn" says enough)
                else if (j == at + 1 && std::isdigit(static_cast<unsigned char>(toks[at].lower.back())))
                    continue;
            }
            std::string mod;
            start = modifier_before(toks, start, mod);
            Figure f;
            f.text.span = {toks[start].span.start, toks[j - 1].span.end};
            f.text.text = std::string(source_text.substr(f.text.span.start, f.text.span.end - f.text.span.start));
            f.value = value;
            f.unit = unit;
            f.mod = mod;
            f.sentence = s.id;
            out.push_back(std::move(f));
            i = j - 1;
        }
    }
    return out;
}

}  // namespace storylens::claims
