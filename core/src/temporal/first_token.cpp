// first_token.cpp — see first_token.hpp. The classes are the first-token conditions of the matchers in
// explicit_dates.cpp, relative_dates.cpp, durations_sets.cpp and recognizer.cpp; the words those matchers
// compare their first token with are in core/lexicon/temporal_start_words.tsv.
#include "temporal/first_token.hpp"

#include "lexicon/lexicon.hpp"
#include "temporal/holidays.hpp"
#include "temporal/lexicon.hpp"

namespace storylens::temporal {

namespace {

// The part of the gate that depends on the word alone: a pure function of the lower-cased form.
bool word_can_start(std::string_view w) {
    for (char c : w)
        if ((c >= '0' && c <= '9') || c == '-') return true;
    return lexicon::contains(lexicon::TableId::temporal_start_words, w) || month_number(w) || weekday_number(w) ||
           number_word(w) >= 0 || ordinal_word(w) || unit_word(w) != Unit::None || modifier_mod(w) ||
           part_of_day(w) || season_code(w) || vague_reference(w) || set_adverb(w) || starts_holiday_name(w);
}

}  // namespace

bool can_start_time_expression(const text::TokenStream& tokens, const text::Tok& tok) {
    if (tok.kind == TokenKind::Number || text::is_year_elision(tok)) return true;
    return text::test_word(tokens, tok, word_can_start);
}

}  // namespace storylens::temporal
