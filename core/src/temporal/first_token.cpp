// first_token.cpp — see first_token.hpp. The classes are the first-token conditions of the matchers in
// explicit_dates.cpp, relative_dates.cpp, durations_sets.cpp and recognizer.cpp; the words those matchers
// compare their first token with are in core/lexicon/temporal_start_words.tsv.
#include "temporal/first_token.hpp"

#include "lexicon/lexicon.hpp"
#include "temporal/holidays.hpp"
#include "temporal/lexicon.hpp"

namespace storylens::temporal {

bool can_start_time_expression(const text::Tok& tok) {
    if (tok.kind == TokenKind::Number || tok.kind == TokenKind::OpenQuote) return true;
    const std::string_view w = tok.lower;
    for (char c : w)
        if ((c >= '0' && c <= '9') || c == '-') return true;
    return lexicon::contains(lexicon::TableId::temporal_start_words, w) || month_number(w) || weekday_number(w) ||
           number_word(w) >= 0 || ordinal_word(w) || unit_word(w) != Unit::None || modifier_mod(w) ||
           part_of_day(w) || season_code(w) || vague_reference(w) || set_adverb(w) || starts_holiday_name(w);
}

}  // namespace storylens::temporal
