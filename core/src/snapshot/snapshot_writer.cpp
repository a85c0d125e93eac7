// snapshot_writer.cpp — write_snapshot: every field of an Analysis in the fixed order of snapshot_format.hpp.
#include "snapshot/snapshot_format.hpp"
#include "storylens/snapshot.hpp"

namespace storylens {
namespace {

using snapshot::ByteWriter;

void write_text_span(ByteWriter& w, const TextSpan& t) {
    w.string(t.text);
    w.span(t.span);
}

void write_source(ByteWriter& w, const Source& s) {
    w.string(s.text);
    w.u8(static_cast<uint8_t>(s.format));
    w.string(s.headline);
    w.string(s.byline);
    w.string(s.url);
    w.string(s.published);
    w.u8(s.dateline.present ? 1 : 0);
    w.string(s.dateline.text);
    w.string(s.dateline.location);
    w.string(s.dateline.date);
    w.span(s.dateline.span);
    w.count(s.mapping.size());
    for (const SourceMapping& m : s.mapping) {
        w.span(m.text);
        w.u32(m.origin);
    }
}

void write_document(ByteWriter& w, const Document& d) {
    w.count(d.paragraphs.size());
    for (const Paragraph& p : d.paragraphs) {
        w.u32(p.id);
        w.span(p.span);
    }
    // Tokens before sentences, so the reader knows the token count when it checks sentence token ranges.
    w.count(d.tokens.size());
    for (const Token& t : d.tokens) {
        w.span(t.span);
        w.u8(static_cast<uint8_t>(t.kind));
    }
    w.count(d.sentences.size());
    for (const Sentence& s : d.sentences) {
        w.u32(s.id);
        w.span(s.span);
        w.u32(s.paragraph);
        w.u32(s.first_token);
        w.u32(s.token_count);
    }
}

void write_timexes(ByteWriter& w, const Dct& dct, const std::vector<Timex>& timexes) {
    w.string(dct.value);
    w.u8(static_cast<uint8_t>(dct.origin));
    w.string(dct.earliest);
    w.string(dct.latest);
    w.u8(static_cast<uint8_t>(dct.confidence));
    w.count(dct.evidence.size());
    for (const DctEvidence& e : dct.evidence) {
        w.string(e.kind);
        w.span(e.span);
        w.string(e.value);
        w.string(e.effect);
        w.u8(static_cast<uint8_t>(e.weight));
    }
    w.count(timexes.size());
    for (const Timex& t : timexes) {
        w.u32(t.id);
        w.span(t.span);
        w.string(t.type);
        w.string(timex3_value(t.time));  // the file keeps TIMEX3 strings: the format needs no new version
        w.string(timex3_mod(t.time.mod));
        w.u32(t.sentence);
        w.i32(t.anchor);
    }
}

void write_entities(ByteWriter& w, const std::vector<Entity>& entities) {
    w.count(entities.size());
    for (const Entity& e : entities) {
        w.u32(e.id);
        w.string(e.name);
        w.u8(static_cast<uint8_t>(e.type));
        w.count(e.aliases.size());
        for (const std::string& alias : e.aliases) w.string(alias);
        w.count(e.mentions.size());
        for (const Mention& m : e.mentions) {
            w.span(m.span);
            w.u32(m.sentence);
        }
        w.string(e.role);
        w.i32(e.organization);
    }
}

void write_figures(ByteWriter& w, const std::vector<Figure>& figures) {
    w.count(figures.size());
    for (const Figure& f : figures) {
        write_text_span(w, f.text);
        w.string(f.value);
        w.string(f.unit);
        w.string(f.mod);
        w.u32(f.sentence);
    }
}

void write_claims(ByteWriter& w, const std::vector<Claim>& claims) {
    w.count(claims.size());
    for (const Claim& c : claims) {
        w.u32(c.id);
        write_text_span(w, c.source);
        w.i32(c.source_entity);
        write_text_span(w, c.cue);
        write_text_span(w, c.content);
        w.u8(static_cast<uint8_t>(c.kind));
        w.i32(c.parent);
        w.u32(c.sentence);
        w.i32(c.when_timex);
        write_text_span(w, c.addressee);
        w.i32(c.addressee_entity);
        write_figures(w, c.figures);
        write_text_span(w, c.disputed_by);
        w.u8(c.anonymous ? 1 : 0);
    }
}

void write_events(ByteWriter& w, const std::vector<Event>& events) {
    w.count(events.size());
    for (const Event& e : events) {
        w.u32(e.id);
        w.u32(e.sentence);
        w.span(e.span);
        w.string(e.text);
        w.string(timex3_value(e.when.time));
        w.string(timex3_mod(e.when.time.mod));
        w.i32(e.when.timex);
        w.string(e.interval.start);
        w.string(e.interval.end);
        w.string(e.interval.precision);
        w.count(e.participants.size());
        for (const uint32_t entity : e.participants) w.u32(entity);
        w.i32(e.reported_by);
        w.count(e.mentions.size());
        for (const Span mention : e.mentions) w.span(mention);
    }
}

void write_links(ByteWriter& w, const std::vector<uint32_t>& timeline, const std::vector<Relation>& relations) {
    w.count(timeline.size());
    for (const uint32_t event : timeline) w.u32(event);
    w.count(relations.size());
    for (const Relation& r : relations) {
        w.u32(r.before);
        w.u32(r.after);
        w.string(r.cue);
        w.span(r.span);
    }
}

void write_diagnostics(ByteWriter& w, const Diagnostics& diagnostics) {
    w.count(diagnostics.size());
    for (const Diagnostic& d : diagnostics) {
        w.u8(static_cast<uint8_t>(d.level));
        w.string(d.code);
        w.string(d.message);
        w.i64(d.start);
    }
}

// A close upper-bound guess of the snapshot size, so the output grows once or twice rather than ~20 times.
size_t estimated_size(const Analysis& a) {
    namespace wire = snapshot::wire;
    return 256 + a.source.text.size() * 2 + a.document.tokens.size() * wire::kToken +
           a.document.sentences.size() * wire::kSentence + a.document.paragraphs.size() * wire::kParagraph +
           a.timexes.size() * (wire::kTimex + 32) + a.entities.size() * (wire::kEntity + 64) +
           a.claims.size() * (wire::kClaim + 64) + a.events.size() * (wire::kEvent + 96);
}

}  // namespace

std::string write_snapshot(const Analysis& analysis) {
    std::string out;
    out.reserve(estimated_size(analysis));
    ByteWriter w(out);
    w.raw(snapshot::kMagic, snapshot::kMagicSize);
    w.u16(snapshot::kVersion);
    write_source(w, analysis.source);
    write_document(w, analysis.document);
    write_timexes(w, analysis.dct, analysis.timexes);
    write_entities(w, analysis.entities);
    write_claims(w, analysis.claims);
    write_figures(w, analysis.figures);
    write_events(w, analysis.events);
    write_links(w, analysis.timeline, analysis.relations);
    write_diagnostics(w, analysis.diagnostics);
    return out;
}

}  // namespace storylens
