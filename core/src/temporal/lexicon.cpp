// lexicon.cpp — lexicon.hpp's questions answered from the time words' data (core/lexicon/temporal_*.tsv).
#include "temporal/lexicon.hpp"

#include <charconv>

#include "lexicon/lexicon.hpp"

namespace storylens::temporal {

namespace {

using lexicon::TableId;

// The value column of `word`'s row in `id`, or an empty view when the word is not in the table.
std::string_view value_of(TableId id, std::string_view word) {
    const long row = lexicon::find_row(id, word);
    return row < 0 ? std::string_view{} : lexicon::cell(id, static_cast<size_t>(row), 1);
}

int int_value_of(TableId id, std::string_view word, int missing) {
    const std::string_view v = value_of(id, word);
    int n = missing;
    if (v.empty() || std::from_chars(v.data(), v.data() + v.size(), n).ec != std::errc()) return missing;
    return n;
}

// The TimeML codes are the cells' own characters: generated cells are string literals, so NUL-terminated.
const char* code_of(TableId id, std::string_view word) {
    const std::string_view v = value_of(id, word);
    return v.empty() ? nullptr : v.data();
}

Unit unit_named(std::string_view name) {
    if (name == "second") return Unit::Second;
    if (name == "minute") return Unit::Minute;
    if (name == "hour") return Unit::Hour;
    if (name == "day") return Unit::Day;
    if (name == "week") return Unit::Week;
    if (name == "weekend") return Unit::Weekend;
    if (name == "month") return Unit::Month;
    if (name == "quarter") return Unit::Quarter;
    if (name == "year") return Unit::Year;
    if (name == "decade") return Unit::Decade;
    if (name == "century") return Unit::Century;
    return Unit::None;
}

}  // namespace

int month_number(std::string_view w) { return int_value_of(TableId::temporal_months, w, 0); }
int weekday_number(std::string_view w) { return int_value_of(TableId::temporal_weekdays, w, 0); }
int number_word(std::string_view w) { return int_value_of(TableId::temporal_number_words, w, -1); }
int ordinal_word(std::string_view w) { return int_value_of(TableId::temporal_ordinal_words, w, 0); }
Unit unit_word(std::string_view w) { return unit_named(value_of(TableId::temporal_unit_words, w)); }
const char* modifier_mod(std::string_view w) { return code_of(TableId::temporal_modifier_words, w); }
const char* part_of_day(std::string_view w) { return code_of(TableId::temporal_part_of_day_words, w); }
const char* season_code(std::string_view w) { return code_of(TableId::temporal_season_words, w); }
const char* vague_reference(std::string_view w) { return code_of(TableId::temporal_vague_reference_words, w); }
const char* set_adverb(std::string_view w) { return code_of(TableId::temporal_set_adverbs, w); }

bool is_future_marker(std::string_view w) { return lexicon::contains(TableId::temporal_future_markers, w); }

const char* unit_code(Unit u) {
    switch (u) {
        case Unit::Second: return "S";
        case Unit::Minute: return "M";
        case Unit::Hour: return "H";
        case Unit::Day: return "D";
        case Unit::Week: return "W";
        case Unit::Weekend: return "WE";
        case Unit::Month: return "M";
        case Unit::Quarter: return "Q";
        case Unit::Year: return "Y";
        case Unit::Decade: return "DE";
        case Unit::Century: return "CE";
        case Unit::None: break;
    }
    return "";
}

bool unit_is_time(Unit u) { return u == Unit::Second || u == Unit::Minute || u == Unit::Hour; }

}  // namespace storylens::temporal
