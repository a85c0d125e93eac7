// json_export.cpp — the documented JSON contract (docs/schema.md). Keys sorted, ids are integers, -1 -> null.
// Streamed: each section writes its part as it goes (json_writer.hpp), with no document tree in between.
#include <algorithm>

#include "export/json_sections.hpp"
#include "storylens/export.hpp"

namespace storylens {

namespace json_sections {

using json_out::Writer;

void text_span(Writer& w, const TextSpan& t) {
    if (!t.present()) return w.null();
    w.begin_object();
    w.key("end"), w.number(t.span.end);
    w.key("start"), w.number(t.span.start);
    w.key("text"), w.string(t.text);
    w.end_object();
}

// A claim's source or addressee: the span's keys plus the entity it resolves to.
void text_span_with_entity(Writer& w, const TextSpan& t, int64_t entity) {
    w.begin_object();
    w.key("end"), t.present() ? w.number(t.span.end) : w.null();
    w.key("entity"), w.id_or_null(entity);
    w.key("start"), t.present() ? w.number(t.span.start) : w.null();
    w.key("text"), t.present() ? w.string(t.text) : w.null();
    w.end_object();
}

void source(Writer& w, const Analysis& a) {
    const Source& s = a.source;
    w.begin_object();
    w.key("byline"), w.string_or_null(s.byline);
    w.key("dateline");
    if (s.dateline.present) {
        w.begin_object();
        w.key("date"), w.string_or_null(s.dateline.date);
        w.key("end"), w.number(s.dateline.span.end);
        w.key("location"), w.string(s.dateline.location);
        w.key("start"), w.number(s.dateline.span.start);
        w.key("text"), w.string(s.dateline.text);
        w.end_object();
    } else {
        w.null();
    }
    w.key("dct");
    w.begin_object();
    w.key("confidence"), w.number(a.dct.confidence);
    w.key("earliest"), w.string_or_null(a.dct.earliest);
    w.key("evidence");
    w.begin_array();
    for (const DctEvidence& e : a.dct.evidence) {
        w.begin_object();
        w.key("effect"), w.string(e.effect);
        w.key("end"), e.span.empty() ? w.null() : w.number(e.span.end);
        w.key("kind"), w.string(e.kind);
        w.key("start"), e.span.empty() ? w.null() : w.number(e.span.start);
        w.key("value"), w.string_or_null(e.value);
        w.key("weight"), w.number(e.weight);
        w.end_object();
    }
    w.end_array();
    w.key("latest"), w.string_or_null(a.dct.latest);
    w.key("origin"), w.string(dct_origin_name(a.dct.origin));
    w.key("value"), w.string_or_null(a.dct.value);
    w.end_object();
    w.key("format"), w.string(format_name(s.format));
    w.key("headline"), w.string_or_null(s.headline);
    w.key("published"), w.string_or_null(s.published);
    w.key("url"), w.string_or_null(s.url);
    w.end_object();
}

void paragraphs(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Paragraph& p : a.document.paragraphs) {
        w.begin_object();
        w.key("end"), w.number(p.span.end);
        w.key("id"), w.number(p.id);
        w.key("start"), w.number(p.span.start);
        w.end_object();
    }
    w.end_array();
}

void sentences(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Sentence& s : a.document.sentences) {
        w.begin_object();
        w.key("end"), w.number(s.span.end);
        w.key("id"), w.number(s.id);
        w.key("paragraph"), w.number(s.paragraph);
        w.key("start"), w.number(s.span.start);
        w.end_object();
    }
    w.end_array();
}

void timexes(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Timex& t : a.timexes) {
        w.begin_object();
        w.key("anchor"), w.id_or_null(t.anchor);
        w.key("end"), w.number(t.span.end);
        w.key("id"), w.number(t.id);
        w.key("mod"), w.string_or_null(timex3_mod(t.time.mod));
        w.key("sentence"), w.number(t.sentence);
        w.key("start"), w.number(t.span.start);
        w.key("text"), w.string(t.span.of(a.source.text));
        w.key("type"), w.string(t.type);
        w.key("value"), w.string(timex3_value(t.time));
        w.end_object();
    }
    w.end_array();
}

void when(Writer& w, const When& date) {
    if (date.time.empty()) return w.null();
    w.begin_object();
    w.key("mod"), w.string_or_null(timex3_mod(date.time.mod));
    w.key("timex"), w.id_or_null(date.timex);
    w.key("value"), w.string(timex3_value(date.time));
    w.end_object();
}

void events(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Event& e : a.events) {
        w.begin_object();
        w.key("end"), w.number(e.span.end);
        w.key("id"), w.number(e.id);
        w.key("interval");
        w.begin_object();
        w.key("end"), w.string_or_null(e.interval.end);
        w.key("precision"), w.string(e.interval.precision.empty() ? std::string_view("none") : e.interval.precision);
        w.key("start"), w.string_or_null(e.interval.start);
        w.end_object();
        w.key("mentions");
        w.begin_array();
        for (Span m : e.mentions) {
            w.begin_object();
            w.key("end"), w.number(m.end);
            w.key("start"), w.number(m.start);
            w.end_object();
        }
        w.end_array();
        w.key("participants");
        w.begin_array();
        for (uint32_t p : e.participants) w.number(p);
        w.end_array();
        w.key("reported_by"), w.id_or_null(e.reported_by);
        w.key("sentence"), w.number(e.sentence);
        w.key("start"), w.number(e.span.start);
        w.key("text"), w.string(e.text);
        w.key("when"), when(w, e.when);
        w.end_object();
    }
    w.end_array();
}

void relations(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Relation& r : a.relations) {
        w.begin_object();
        w.key("after"), w.number(r.after);
        w.key("before"), w.number(r.before);
        w.key("cue"), w.string(r.cue);
        w.key("end"), w.number(r.span.end);
        w.key("start"), w.number(r.span.start);
        w.end_object();
    }
    w.end_array();
}

void entities(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Entity& e : a.entities) {
        w.begin_object();
        w.key("aliases");
        w.begin_array();
        for (const std::string& alias : e.aliases) w.string(alias);
        w.end_array();
        w.key("id"), w.number(e.id);
        w.key("mentions");
        w.begin_array();
        for (const Mention& m : e.mentions) {
            w.begin_object();
            w.key("end"), w.number(m.span.end);
            w.key("sentence"), w.number(m.sentence);
            w.key("start"), w.number(m.span.start);
            w.end_object();
        }
        w.end_array();
        w.key("name"), w.string(e.name);
        w.key("organization"), w.id_or_null(e.organization);
        w.key("role"), w.string_or_null(e.role);
        w.key("type"), w.string(entity_type_name(e.type));
        w.end_object();
    }
    w.end_array();
}

void figure(Writer& w, const Figure& f) {
    w.begin_object();
    w.key("end"), w.number(f.text.span.end);
    w.key("mod"), w.string_or_null(f.mod);
    w.key("sentence"), w.number(f.sentence);
    w.key("start"), w.number(f.text.span.start);
    w.key("text"), w.string(f.text.text);
    w.key("unit"), w.string_or_null(f.unit);
    w.key("value"), w.string(f.value);
    w.end_object();
}

void figures(Writer& w, const std::vector<Figure>& list) {
    w.begin_array();
    for (const Figure& f : list) figure(w, f);
    w.end_array();
}

// Why a claim is worth checking (docs/checkworthy.md): score, rank and the factors that add up to the score.
void checkworthy(Writer& w, const Analysis& a, uint32_t claim) {
    if (claim >= a.checkworthy.size()) return w.null();
    const CheckWorthiness& c = a.checkworthy[claim];
    w.begin_object();
    w.key("factors");
    w.begin_array();
    for (const CheckFactor& f : c.factors) {
        w.begin_object();
        w.key("evidence"), w.string(f.evidence);
        w.key("factor"), w.string(f.name);
        w.key("weight"), w.number(f.weight);
        w.end_object();
    }
    w.end_array();
    w.key("rank"), w.number(c.rank);
    w.key("score"), w.number(c.score);
    w.end_object();
}

// A fact-checker's verdict from corrections (docs/corrections.md), null when the claim is not reviewed.
void verdict(Writer& w, const Analysis& a, uint32_t claim) {
    const auto v = std::find_if(a.verdicts.begin(), a.verdicts.end(), [&](const Verdict& x) { return x.claim == claim; });
    if (v == a.verdicts.end()) return w.null();
    w.begin_object();
    w.key("date"), w.string_or_null(v->date);
    w.key("rating"), w.string(v->rating);
    w.key("rating_value");
    if (v->has_value) {
        w.begin_object();
        w.key("best"), w.number(v->best);
        w.key("value"), w.number(v->value);
        w.key("worst"), w.number(v->worst);
        w.end_object();
    } else {
        w.null();
    }
    w.key("reviewer"), w.string(v->reviewer);
    w.key("url"), w.string(v->url);
    w.end_object();
}

void notes(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Note& n : a.notes) {
        w.begin_object();
        w.key("id"), w.number(n.id);
        w.key("item"), w.string(item_kind_name(n.item));
        w.key("text"), w.string(n.text);
        w.end_object();
    }
    w.end_array();
}

void claims(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Claim& c : a.claims) {
        w.begin_object();
        w.key("addressee");
        if (c.addressee.present()) text_span_with_entity(w, c.addressee, c.addressee_entity);
        else w.null();
        w.key("anonymous"), w.boolean(c.anonymous);
        w.key("checkworthy"), checkworthy(w, a, c.id);
        w.key("content"), text_span(w, c.content);
        w.key("cue"), text_span(w, c.cue);
        w.key("disputed_by"), text_span(w, c.disputed_by);
        w.key("figures"), figures(w, c.figures);
        w.key("id"), w.number(c.id);
        w.key("kind"), w.string(claim_kind_name(c.kind));
        w.key("parent"), w.id_or_null(c.parent);
        w.key("sentence"), w.number(c.sentence);
        w.key("source"), text_span_with_entity(w, c.source, c.source_entity);
        w.key("verdict"), verdict(w, a, c.id);
        w.key("when");
        if (c.when_timex >= 0 && static_cast<size_t>(c.when_timex) < a.timexes.size()) {
            const Timex& t = a.timexes[c.when_timex];
            w.begin_object();
            w.key("mod"), w.string_or_null(timex3_mod(t.time.mod));
            w.key("timex"), w.number(t.id);
            w.key("value"), w.string(timex3_value(t.time));
            w.end_object();
        } else {
            w.null();
        }
        w.end_object();
    }
    w.end_array();
}

void diagnostics(Writer& w, const Analysis& a) {
    w.begin_array();
    for (const Diagnostic& d : a.diagnostics) {
        w.begin_object();
        w.key("code"), w.string(d.code);
        w.key("level"), w.string(level_name(d.level));
        w.key("message"), w.string(d.message);
        w.key("start"), w.id_or_null(d.start);
        w.end_object();
    }
    w.end_array();
}

void analysis(Writer& w, const Analysis& a) {
    w.begin_object();
    w.key("claims"), claims(w, a);
    w.key("diagnostics"), diagnostics(w, a);
    w.key("entities"), entities(w, a);
    w.key("events"), events(w, a);
    w.key("figures"), figures(w, a.figures);
    w.key("notes"), notes(w, a);
    w.key("paragraphs"), paragraphs(w, a);
    w.key("relations"), relations(w, a);
    w.key("schema"), w.string(kSchemaVersion);
    w.key("sentences"), sentences(w, a);
    w.key("source"), source(w, a);
    w.key("text"), w.string(a.source.text);
    w.key("timeline");
    w.begin_array();
    for (uint32_t id : a.timeline) w.number(id);
    w.end_array();
    w.key("timexes"), timexes(w, a);
    w.end_object();
}

}  // namespace json_sections

namespace {

bool write_analysis(const Analysis& a, const ByteSink& sink, int indent) {
    json_out::Writer writer(sink, indent);
    json_sections::analysis(writer, a);
    writer.raw("\n");
    return writer.flush();
}

std::string written(const Analysis& a, int indent) {
    std::string out;
    {
        json_out::Writer writer(out, indent);
        json_sections::analysis(writer, a);
        writer.raw("\n");
    }
    return out;
}

}  // namespace

bool write_json(const Analysis& a, const ByteSink& sink) { return write_analysis(a, sink, 2); }
bool write_json_line(const Analysis& a, const ByteSink& sink) { return write_analysis(a, sink, -1); }
std::string to_json(const Analysis& a) { return written(a, 2); }
std::string to_json_line(const Analysis& a) { return written(a, -1); }

}  // namespace storylens
