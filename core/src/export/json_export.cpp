// json_export.cpp — the documented JSON contract (docs/schema.md). Keys sorted, ids are integers, -1 -> null.
#include <nlohmann/json.hpp>

#include "export/json_sections.hpp"
#include "storylens/export.hpp"

namespace storylens {

using nlohmann::json;

namespace json_sections {

json id_or_null(int64_t id) { return id < 0 ? json(nullptr) : json(id); }
json string_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json text_span(const TextSpan& t) {
    if (!t.present()) return nullptr;
    return {{"text", t.text}, {"start", t.span.start}, {"end", t.span.end}};
}

json source(const Analysis& a) {
    const Source& s = a.source;
    json dateline = nullptr;
    if (s.dateline.present)
        dateline = {{"text", s.dateline.text}, {"location", s.dateline.location},
                    {"date", string_or_null(s.dateline.date)}, {"start", s.dateline.span.start},
                    {"end", s.dateline.span.end}};
    return {{"format", format_name(s.format)},
            {"headline", string_or_null(s.headline)},
            {"byline", string_or_null(s.byline)},
            {"url", string_or_null(s.url)},
            {"published", string_or_null(s.published)},
            {"dateline", dateline},
            {"dct", {{"value", string_or_null(a.dct.value)}, {"origin", dct_origin_name(a.dct.origin)}}}};
}

json paragraphs(const Analysis& a) {
    json out = json::array();
    for (const Paragraph& p : a.document.paragraphs)
        out.push_back({{"id", p.id}, {"start", p.span.start}, {"end", p.span.end}});
    return out;
}

json sentences(const Analysis& a) {
    json out = json::array();
    for (const Sentence& s : a.document.sentences)
        out.push_back({{"id", s.id}, {"start", s.span.start}, {"end", s.span.end}, {"paragraph", s.paragraph}});
    return out;
}

json timexes(const Analysis& a) {
    json out = json::array();
    for (const Timex& t : a.timexes)
        out.push_back({{"id", t.id}, {"text", std::string(t.span.of(a.source.text))}, {"start", t.span.start},
                       {"end", t.span.end}, {"type", t.type}, {"value", t.value}, {"mod", string_or_null(t.mod)},
                       {"sentence", t.sentence}, {"anchor", id_or_null(t.anchor)}});
    return out;
}

json when(const When& w) {
    if (w.value.empty()) return nullptr;
    return {{"value", w.value}, {"mod", string_or_null(w.mod)}, {"timex", id_or_null(w.timex)}};
}

json events(const Analysis& a) {
    json out = json::array();
    for (const Event& e : a.events) {
        json mentions = json::array();
        for (Span m : e.mentions) mentions.push_back({{"start", m.start}, {"end", m.end}});
        out.push_back({{"id", e.id}, {"sentence", e.sentence}, {"text", e.text}, {"when", when(e.when)},
                       {"start", e.span.start}, {"end", e.span.end},
                       {"interval", {{"start", string_or_null(e.interval.start)},
                                     {"end", string_or_null(e.interval.end)},
                                     {"precision", e.interval.precision.empty() ? "none" : e.interval.precision}}},
                       {"participants", e.participants}, {"reported_by", id_or_null(e.reported_by)},
                       {"mentions", mentions}});
    }
    return out;
}

json relations(const Analysis& a) {
    json out = json::array();
    for (const Relation& r : a.relations)
        out.push_back({{"before", r.before}, {"after", r.after}, {"cue", r.cue}, {"start", r.span.start},
                       {"end", r.span.end}});
    return out;
}

json entities(const Analysis& a) {
    json out = json::array();
    for (const Entity& e : a.entities) {
        json mentions = json::array();
        for (const Mention& m : e.mentions)
            mentions.push_back({{"start", m.span.start}, {"end", m.span.end}, {"sentence", m.sentence}});
        out.push_back({{"id", e.id}, {"name", e.name}, {"type", entity_type_name(e.type)}, {"aliases", e.aliases},
                       {"mentions", mentions}, {"role", string_or_null(e.role)},
                       {"organization", id_or_null(e.organization)}});
    }
    return out;
}

json figure(const Figure& f) {
    return {{"text", f.text.text}, {"start", f.text.span.start}, {"end", f.text.span.end}, {"value", f.value},
            {"unit", string_or_null(f.unit)}, {"mod", string_or_null(f.mod)}, {"sentence", f.sentence}};
}

json figures(const std::vector<Figure>& list) {
    json out = json::array();
    for (const Figure& f : list) out.push_back(figure(f));
    return out;
}

json claims(const Analysis& a) {
    json out = json::array();
    for (const Claim& c : a.claims) {
        json source = text_span(c.source);
        if (source.is_null()) source = {{"text", nullptr}, {"start", nullptr}, {"end", nullptr}};
        source["entity"] = id_or_null(c.source_entity);
        json addressee = text_span(c.addressee);
        if (!addressee.is_null()) addressee["entity"] = id_or_null(c.addressee_entity);
        json when_json = nullptr;
        if (c.when_timex >= 0 && static_cast<size_t>(c.when_timex) < a.timexes.size()) {
            const Timex& t = a.timexes[c.when_timex];
            when_json = {{"value", t.value}, {"mod", string_or_null(t.mod)}, {"timex", t.id}};
        }
        out.push_back({{"id", c.id}, {"source", source}, {"cue", text_span(c.cue)}, {"content", text_span(c.content)},
                       {"kind", claim_kind_name(c.kind)}, {"parent", id_or_null(c.parent)}, {"sentence", c.sentence},
                       {"when", when_json}, {"addressee", addressee}, {"figures", figures(c.figures)},
                       {"disputed_by", text_span(c.disputed_by)}});
    }
    return out;
}

json diagnostics(const Analysis& a) {
    json out = json::array();
    for (const Diagnostic& d : a.diagnostics)
        out.push_back({{"level", level_name(d.level)}, {"code", d.code}, {"message", d.message},
                       {"start", d.start < 0 ? json(nullptr) : json(d.start)}});
    return out;
}

json analysis(const Analysis& a) {
    return {{"schema", kSchemaVersion},
            {"text", a.source.text},
            {"source", source(a)},
            {"paragraphs", paragraphs(a)},
            {"sentences", sentences(a)},
            {"timexes", timexes(a)},
            {"events", events(a)},
            {"timeline", a.timeline},
            {"relations", relations(a)},
            {"entities", entities(a)},
            {"claims", claims(a)},
            {"figures", figures(a.figures)},
            {"diagnostics", diagnostics(a)}};
}

}  // namespace json_sections

std::string to_json(const Analysis& a) {
    // Invalid UTF-8 cannot reach here (ingest replaces it), but never throw at the boundary.
    return json_sections::analysis(a).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace storylens

namespace storylens {

std::string to_json_line(const Analysis& a) {
    return json_sections::analysis(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace storylens
