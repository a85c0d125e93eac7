// mark_description.cpp — see mark_description.hpp. Linear scans: it runs for one word on hover, or once per mark
// when the article is mirrored.
#include "app/mark_description.hpp"

#include "storylens/view_model.hpp"

namespace storylens::ui {

namespace {

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
    const std::string value = timex3_value(t.time);
    const std::string words = view::timex_date_words(t.time);
    return "time: " + (words == value ? value : words + " (" + value + ")");
}

std::string describe_entity(const Entity& e) { return e.name + ", " + type_words(e.type); }

std::string describe_claim(const Analysis& a, const Claim& c) {
    return "claim by " + claim_source_name(a, c) + " (" + c.cue.text + "), " + claim_kind_name(c.kind);
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
