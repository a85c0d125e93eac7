// name_shape.cpp — see name_shape.hpp.
#include "entities/name_shape.hpp"

#include <cctype>

#include "entities/lexicon.hpp"
#include "lexicon/lexicon.hpp"
#include "temporal/lexicon.hpp"

namespace storylens::entities {

using text::Tok;

bool is_word(const Tok& t) { return t.kind == TokenKind::Word; }

bool is_calendar(std::string_view lower) {
    return temporal::month_number(lower) || temporal::weekday_number(lower);
}

bool name_word(const Tok& t) {
    if (!is_word(t)) return false;
    if (text::is_capitalized(t.text)) return !is_function_word(t.lower) || t.lower == "new";
    return is_name_particle(t.lower) && t.lower.find('-') != std::string::npos;
}

bool is_initial(const Tok& t) {
    return is_word(t) && t.text.size() == 1 && std::isupper(static_cast<unsigned char>(t.text[0]));
}

bool lower_particle(const Tok& t) {
    return is_word(t) && !text::is_capitalized(t.text) && t.lower.find('-') == std::string::npos &&
           is_name_particle(t.lower);
}

// One or two lower-case particles at `j` followed by a name word: the index of that word, else 0.
size_t particles_then_name(const std::vector<Tok>& toks, size_t j) {
    if (j == 0 || j >= toks.size() || !lower_particle(toks[j])) return 0;
    size_t k = j + 1;
    if (k < toks.size() && lower_particle(toks[k])) ++k;
    return k < toks.size() && name_word(toks[k]) && !is_calendar(toks[k].lower) ? k : 0;
}

std::string title_case(std::string_view s) {
    std::string out(s);
    for (size_t i = 0; i < out.size(); ++i) {
        const bool start = i == 0 || out[i - 1] == ' ' || out[i - 1] == '-';
        if (!start && std::isupper(static_cast<unsigned char>(out[i])))
            out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
    }
    return out;
}

bool is_event_name(const std::vector<Tok>& toks, size_t from, size_t to) {
    return to >= from + 2 &&
           lexicon::contains(lexicon::TableId::entities_event_heads, text::strip_possessive(toks[to - 1].lower));
}

Kind classify(const std::vector<Tok>& toks, size_t from, size_t to) {
    size_t n = to - from;
    for (size_t k = from + 1; k < to; ++k)
        if (toks[k].text == "." && is_initial(toks[k - 1])) --n;  // "Paul H. Chipok" is three words
    std::string whole;
    for (size_t k = from; k < to; ++k) whole += (k > from ? " " : "") + std::string(text::strip_possessive(toks[k].lower));
    if (place_demonym(whole)) return Kind::Place;
    if (n == 1 && is_group_word(toks[from].lower)) return Kind::Group;
    // "(R-AZ)" after a senator's name tags party and state: no organization
    if (n == 1 && toks[from].text.size() >= 3 && toks[from].text[1] == '-' && from > 0 && toks[from - 1].text == "(")
        return Kind::Unknown;
    // "Concord, N.H.", "Santa Monica, Calif.": a state's abbreviation; one without dots of its own is written in
    // lower case after its capital ("VA" is Veterans Affairs) and its period follows
    if (n == 1 && lexicon::contains(lexicon::TableId::entities_us_state_abbreviations, whole) &&
        (whole.back() == '.' ||
         (!text::is_all_caps(toks[from].text) && to < toks.size() && toks[to].text == ".")))
        return Kind::Place;
    if (n == 1 && text::is_all_caps(toks[from].text)) return Kind::Org;
    // "Imperial College London": a place name may follow the organization head
    // "the Democratic National Committee’s chair": the head is read without its possessive
    const std::string_view last = text::strip_possessive(toks[to - 1].lower);
    bool org = is_org_head(last) || (n >= 3 && is_org_start(toks[from].lower)) ||
               (n >= 3 && is_org_head(toks[to - 2].lower) && !is_name_connector(toks[to - 2].lower));
    bool place = false;
    for (size_t k = from; k < to; ++k) {
        if (is_place_head(toks[k].lower)) place = true;
        if ((is_org_head(toks[k].lower) || is_org_start(toks[k].lower)) && k + 1 < to &&
            is_name_connector(toks[k + 1].lower))
            org = true;
    }
    if (org) return Kind::Org;
    if (place) return Kind::Place;
    // "the Iraq War", "Super Bowl", "the Democratic National Convention": an event's name is no person's; with no
    // event type yet it is kept as an organization (what runs it), so it still merges across articles
    if (n >= 2 && is_event_name(toks, from, to)) return Kind::Org;
    if (n >= 2 && n <= 4) {
        for (size_t k = from; k < to; ++k)
            if (is_name_connector(toks[k].lower) || (text::is_all_caps(toks[k].text) && !is_initial(toks[k])))
                return Kind::Unknown;
        return Kind::Person;
    }
    return Kind::Unknown;
}

}  // namespace storylens::entities
