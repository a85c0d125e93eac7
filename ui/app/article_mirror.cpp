// article_mirror.cpp — see article_mirror.hpp. Each byte gets the strongest thing it belongs to (the article view's
// order: claim content < entity < source < cue < time) and its id; runs are the stretches where both stay the same.
#include "app/article_mirror.hpp"

#include <algorithm>
#include <vector>

#include "app/mark_description.hpp"

namespace storylens::ui {

namespace {

enum class Kind : uint8_t { None, Claim, Entity, Source, Cue, Time };
const char* const kKindNames[] = {"", "claim", "entity", "source", "cue", "time"};

struct Paint {
    Kind kind = Kind::None;
    uint32_t id = 0;
    bool operator==(const Paint& o) const { return kind == o.kind && id == o.id; }
};

std::vector<Paint> paint(const Analysis& a) {
    std::vector<Paint> at(a.source.text.size());
    auto fill = [&](Span span, Kind kind, uint32_t id) {
        const uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(at.size()));
        for (uint32_t i = span.start; i < end; ++i) at[i] = {kind, id};
    };
    // the longest content first, so a claim nested in another's content paints over it
    std::vector<const Claim*> by_length;
    for (const Claim& c : a.claims) by_length.push_back(&c);
    std::stable_sort(by_length.begin(), by_length.end(), [](const Claim* x, const Claim* y) {
        return x->content.span.end - x->content.span.start > y->content.span.end - y->content.span.start;
    });
    for (const Claim* c : by_length) fill(c->content.span, Kind::Claim, c->id);
    for (const Entity& e : a.entities)
        for (const Mention& m : e.mentions) fill(m.span, Kind::Entity, e.id);
    for (const Claim& c : a.claims) {
        fill(c.source.span, Kind::Source, c.id);
        fill(c.cue.span, Kind::Cue, c.id);
    }
    for (const Timex& t : a.timexes) fill(t.span, Kind::Time, t.id);
    return at;
}

std::string note(const Analysis& a, Paint p) {
    switch (p.kind) {
        case Kind::Time: return p.id < a.timexes.size() ? describe_timex(a.timexes[p.id]) : "";
        case Kind::Entity: return p.id < a.entities.size() ? describe_entity(a.entities[p.id]) : "";
        case Kind::Source: return p.id < a.claims.size() ? "source of a " + describe_claim(a, a.claims[p.id]) : "";
        case Kind::Cue: return p.id < a.claims.size() ? "cue of a " + describe_claim(a, a.claims[p.id]) : "";
        case Kind::Claim: return p.id < a.claims.size() ? describe_claim(a, a.claims[p.id]) : "";
        case Kind::None: break;
    }
    return "";
}

}  // namespace

nlohmann::json article_mirror_json(const Analysis& a) {
    const std::vector<Paint> at = paint(a);
    const std::string& text = a.source.text;
    nlohmann::json paragraphs = nlohmann::json::array();
    int paragraph = -1;
    uint32_t mirrored = 0;
    for (const Sentence& sentence : a.document.sentences) {
        if (mirrored >= kMirrorMaxBytes) {
            const nlohmann::json rest = {{"text", "(The rest of this long article is in the viewer and its outline.)"}};
            paragraphs.push_back(nlohmann::json::array({{{"id", -1}, {"runs", nlohmann::json::array({rest})}}}));
            break;
        }
        mirrored += sentence.span.end - sentence.span.start;
        if (static_cast<int>(sentence.paragraph) != paragraph) {
            paragraphs.push_back(nlohmann::json::array());
            paragraph = static_cast<int>(sentence.paragraph);
        }
        nlohmann::json runs = nlohmann::json::array();
        const uint32_t end = std::min<uint32_t>(sentence.span.end, static_cast<uint32_t>(text.size()));
        for (uint32_t i = sentence.span.start; i < end;) {
            uint32_t j = i + 1;
            while (j < end && at[j] == at[i]) ++j;
            nlohmann::json run = {{"text", text.substr(i, j - i)}};
            if (at[i].kind != Kind::None) {
                run["mark"] = kKindNames[static_cast<int>(at[i].kind)];
                run["note"] = note(a, at[i]);
            }
            runs.push_back(std::move(run));
            i = j;
        }
        paragraphs.back().push_back({{"id", sentence.id}, {"runs", std::move(runs)}});
    }
    return paragraphs;
}

}  // namespace storylens::ui
