// mark_description.cpp — see mark_description.hpp. Linear scans: it runs for one word on hover, or once per mark
// when the article is mirrored.
#include "app/mark_description.hpp"

#include <cctype>
#include <cstdlib>

#include "storylens/calendar.hpp"

namespace storylens::ui {

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

bool digits(const std::string& s, size_t from, size_t count) {
    if (s.size() < from + count) return false;
    for (size_t i = from; i < from + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

bool inside(Span span, uint32_t offset) { return span.start <= offset && offset < span.end; }

const char* type_words(EntityType type) {
    switch (type) {
        case EntityType::Person: return "a person";
        case EntityType::Org: return "an organization";
        case EntityType::Place: return "a place";
        case EntityType::Group: return "a group";
    }
    return "a name";
}

}  // namespace

std::string describe_timex(const Timex& t) {
    const std::string words = date_in_words(t.value);
    return "time: " + (words == t.value ? t.value : words + " (" + t.value + ")");
}

std::string describe_entity(const Entity& e) { return e.name + ", " + type_words(e.type); }

std::string describe_claim(const Analysis& a, const Claim& c) {
    return "claim by " + claim_source_name(a, c) + " (" + c.cue.text + "), " + claim_kind_name(c.kind);
}

std::string date_in_words(const std::string& value) {
    if (value == "PRESENT_REF") return "the present";
    if (value == "PAST_REF") return "the past";
    if (value == "FUTURE_REF") return "the future";
    if (!digits(value, 0, 4)) return value;
    const std::string year = value.substr(0, 4);
    if (value.size() == 4) return year;
    if (value.size() >= 7 && value[4] == '-' && digits(value, 5, 2)) {
        const int month = std::atoi(value.substr(5, 2).c_str());
        if (month < 1 || month > 12) return value;
        const std::string month_year = std::string(kMonths[month - 1]) + " " + year;
        if (value.size() == 7) return month_year;
        calendar::Date date;
        if (value.size() == 10 && calendar::parse_iso_date(value, date))
            return std::to_string(date.day) + " " + month_year;
    }
    return value;
}

std::string describe_at(const Analysis& a, uint32_t offset) {
    for (const Timex& t : a.timexes)
        if (inside(t.span, offset)) return describe_timex(t);
    for (const Claim& c : a.claims)
        if (inside(c.source.span, offset)) return "source of a " + describe_claim(a, c);
    for (const Claim& c : a.claims)
        if (inside(c.cue.span, offset)) return "cue of a " + describe_claim(a, c);
    for (const Entity& e : a.entities)
        for (const Mention& m : e.mentions)
            if (inside(m.span, offset)) return describe_entity(e);
    const Claim* innermost = nullptr;  // a claim nested in another's content is the one meant
    for (const Claim& c : a.claims)
        if (inside(c.content.span, offset) &&
            (!innermost || c.content.span.end - c.content.span.start < innermost->content.span.end - innermost->content.span.start))
            innermost = &c;
    return innermost ? describe_claim(a, *innermost) : "";
}

}  // namespace storylens::ui
