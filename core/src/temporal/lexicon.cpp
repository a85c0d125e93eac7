// lexicon.cpp — the tables behind lexicon.hpp. Each table is searched linearly: they are tiny.
#include "temporal/lexicon.hpp"

#include "text/token_view.hpp"

namespace storylens::temporal {

namespace {

template <class T>
struct Entry {
    std::string_view word;
    T value;
};

template <class T, size_t N>
T find(const Entry<T> (&table)[N], std::string_view word, T missing) {
    for (const Entry<T>& e : table)
        if (text::same_word(e.word, word)) return e.value;
    return missing;
}

constexpr Entry<int> kMonths[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3}, {"april", 4},
    {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8},
    {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11},
    {"december", 12}, {"dec", 12}};

constexpr Entry<int> kWeekdays[] = {
    {"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tue", 2}, {"tues", 2}, {"wednesday", 3}, {"wed", 3},
    {"thursday", 4}, {"thu", 4}, {"thurs", 4}, {"friday", 5}, {"fri", 5}, {"saturday", 6}, {"sat", 6},
    {"sunday", 7}, {"sun", 7}};

constexpr Entry<int> kNumbers[] = {
    {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
    {"eighty", 80}, {"ninety", 90}, {"hundred", 100}, {"dozen", 12}, {"couple", 2}};

constexpr Entry<int> kOrdinals[] = {
    {"first", 1}, {"1st", 1}, {"second", 2}, {"2nd", 2}, {"third", 3}, {"3rd", 3}, {"fourth", 4}, {"4th", 4},
    {"fifth", 5}, {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"last", -1}};

constexpr Entry<Unit> kUnits[] = {
    {"second", Unit::Second}, {"seconds", Unit::Second}, {"minute", Unit::Minute}, {"minutes", Unit::Minute},
    {"hour", Unit::Hour}, {"hours", Unit::Hour}, {"day", Unit::Day}, {"days", Unit::Day},
    {"week", Unit::Week}, {"weeks", Unit::Week}, {"weekend", Unit::Weekend}, {"month", Unit::Month},
    {"months", Unit::Month}, {"quarter", Unit::Quarter}, {"quarters", Unit::Quarter}, {"year", Unit::Year},
    {"years", Unit::Year}, {"yr", Unit::Year}, {"decade", Unit::Decade}, {"decades", Unit::Decade},
    {"century", Unit::Century}, {"centuries", Unit::Century}};

constexpr Entry<const char*> kModifiers[] = {
    {"early", "START"}, {"earlier", nullptr}, {"beginning", "START"}, {"start", "START"}, {"late", "END"},
    {"end", "END"}, {"mid", "MID"}, {"middle", "MID"}, {"about", "APPROX"}, {"around", "APPROX"},
    {"approximately", "APPROX"}, {"roughly", "APPROX"}, {"some", "APPROX"}, {"nearly", "LESS_THAN"},
    {"almost", "LESS_THAN"}, {"under", "LESS_THAN"}, {"over", "MORE_THAN"}, {"more", "MORE_THAN"},
    {"less", "LESS_THAN"}, {"fewer", "LESS_THAN"}};

constexpr Entry<const char*> kPartsOfDay[] = {
    {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}, {"overnight", "NI"}};

constexpr Entry<const char*> kSeasons[] = {
    {"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"}, {"autumn", "FA"}, {"winter", "WI"}};

constexpr Entry<const char*> kVague[] = {
    {"now", "PRESENT_REF"}, {"currently", "PRESENT_REF"},
    {"nowadays", "PRESENT_REF"}, {"recently", "PAST_REF"}, {"lately", "PAST_REF"}, {"soon", "FUTURE_REF"}};

constexpr Entry<const char*> kSetAdverbs[] = {
    {"daily", "P1D"}, {"nightly", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"}, {"annually", "P1Y"},
    {"yearly", "P1Y"}, {"quarterly", "P3M"}, {"hourly", "PT1H"}};

// "next", "would" and "until" are left out on purpose: "the next day", reported speech and "until last year"
// are past more often than not.
constexpr std::string_view kFuture[] = {"will", "'ll", "shall", "upcoming", "plans", "plan", "planned",
                                        "scheduled", "expected", "expects", "expect", "due", "wo", "tomorrow"};

}  // namespace

int month_number(std::string_view w) { return find(kMonths, w, 0); }
int weekday_number(std::string_view w) { return find(kWeekdays, w, 0); }
int number_word(std::string_view w) { return find(kNumbers, w, -1); }
int ordinal_word(std::string_view w) { return find(kOrdinals, w, 0); }
Unit unit_word(std::string_view w) { return find(kUnits, w, Unit::None); }
const char* modifier_mod(std::string_view w) { return find(kModifiers, w, static_cast<const char*>(nullptr)); }
const char* part_of_day(std::string_view w) { return find(kPartsOfDay, w, static_cast<const char*>(nullptr)); }
const char* season_code(std::string_view w) { return find(kSeasons, w, static_cast<const char*>(nullptr)); }
const char* vague_reference(std::string_view w) { return find(kVague, w, static_cast<const char*>(nullptr)); }
const char* set_adverb(std::string_view w) { return find(kSetAdverbs, w, static_cast<const char*>(nullptr)); }

bool is_future_marker(std::string_view w) {
    for (std::string_view f : kFuture)
        if (text::same_word(f, w)) return true;
    return false;
}

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
