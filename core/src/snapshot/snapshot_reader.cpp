// snapshot_reader.cpp — read_snapshot: decodes untrusted bytes and checks every offset and id before handing them on.
#include <string>
#include <utility>

#include "ingest/utf8.hpp"
#include "snapshot/snapshot_format.hpp"
#include "storylens/snapshot.hpp"

namespace storylens {
namespace {

namespace wire = snapshot::wire;

bool valid_utf8(std::string_view s) {
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        // Runs of ASCII, the bulk of news text, are skipped eight bytes at a time.
        if (i + 8 <= n) {
            unsigned char any_high = 0;
            for (size_t k = 0; k < 8; ++k) any_high |= static_cast<unsigned char>(s[i + k]);
            if (any_high < 0x80) {
                i += 8;
                continue;
            }
        }
        const int length = utf8::valid_sequence_length(s, i);
        if (length <= 0) return false;
        i += static_cast<size_t>(length);
    }
    return true;
}

class SnapshotReader {
public:
    explicit SnapshotReader(std::string_view bytes) : in_(bytes) {}

    Result<Analysis> read() {
        Result<Analysis> result;
        Analysis& a = result.value;
        if (header()) {
            source(a.source);
            document(a.document);
            timexes(a.dct, a.timexes);
            entities(a.entities);
            claims(a.claims, a.timexes.size(), a.entities.size());
            figures(a.figures, "figure");
            events(a.events, a.timexes, a.entities.size(), a.claims.size());
            links(a.timeline, a.relations, a.events.size());
            diagnostics(a.diagnostics);
            if (!in_.failed() && in_.remaining() > 0)
                in_.fail("snapshot.trailing", std::to_string(in_.remaining()) + " bytes follow the last section");
        }
        // Check-worthiness is derived from the claims alone, so it is recomputed rather than carried.
        if (!in_.failed()) a.checkworthy = rank_check_worthiness(a);
        if (in_.failed()) {
            result.value = Analysis{};
            result.diagnostics.push_back({Level::Error, in_.error_code(), in_.error_message(), -1});
        }
        return result;
    }

private:
    bool header() {
        if (!in_.expect(snapshot::kMagic, snapshot::kMagicSize)) {
            in_.fail("snapshot.magic", "the bytes do not start with the snapshot magic \"SLSNAP\"");
            return false;
        }
        const uint16_t version = in_.u16("version");
        if (!in_.failed() && version != snapshot::kVersion)
            in_.fail("snapshot.version", "snapshot format version " + std::to_string(version) + " is not the " +
                                             std::to_string(snapshot::kVersion) + " this build reads");
        return !in_.failed();
    }

    // --- checks: each names the field and the record, and keeps only the first problem ---

    bool on_boundary(uint32_t offset) const {
        return offset == text_.size() || (static_cast<unsigned char>(text_[offset]) & 0xC0) != 0x80;
    }
    void check_span(Span s, const char* field, size_t record) {
        if (s.start <= s.end && s.end <= text_.size() && on_boundary(s.start) && on_boundary(s.end)) return;
        fail_span(s, field, record);
    }
    // The file keeps TIMEX3 strings; reading them back is this edge's one parse.
    void read_time(const char* value_field, const char* mod_field, bool set, size_t record, TimeValue& out) {
        std::string value, mod;
        in_.string(value_field, value);
        in_.string(mod_field, mod);
        typed_time(value, mod, set, value_field, record, out);
    }
    void typed_time(const std::string& value, const std::string& mod, bool set, const char* field, size_t record,
                    TimeValue& out) {
        if (in_.failed()) return;
        // Only the one spelling the writer makes: a snapshot has one encoding per Analysis, so a value read in
        // another spelling ("2025-3", "p3d") would not write back as it came.
        if (const std::optional<TimeValue> v = parse_timex3(value, mod, set);
            v && timex3_value(*v) == value && timex3_mod(v->mod) == mod) {
            out = *v;
            return;
        }
        in_.fail("snapshot.time", std::string(field) + " of #" + std::to_string(record) + " is '" + value + "' '" +
                                      mod + "', not a TIMEX3 value and mod");
    }
    [[gnu::noinline, gnu::cold]] void fail_span(Span s, const char* field, size_t record) {
        if (in_.failed()) return;
        in_.fail("snapshot.span", std::string(field) + " of #" + std::to_string(record) + " is [" +
                                      std::to_string(s.start) + ", " + std::to_string(s.end) +
                                      "), not a UTF-8 range inside the " + std::to_string(text_.size()) +
                                      "-byte text");
    }
    void check_index(uint64_t value, size_t size, const char* field, size_t record, const char* table) {
        if (value < size) return;
        fail_index(value, size, field, record, table);
    }
    [[gnu::noinline, gnu::cold]] void fail_index(uint64_t value, size_t size, const char* field, size_t record,
                                                 const char* table) {
        if (in_.failed()) return;
        in_.fail("snapshot.id", std::string(field) + " of #" + std::to_string(record) + " is " +
                                    std::to_string(value) + ", past the " + std::to_string(size) + " " + table);
    }
    // -1 means "none"; anything else must index the table.
    void check_optional(int32_t value, size_t size, const char* field, size_t record, const char* table) {
        if (value == -1 || (value >= 0 && static_cast<uint64_t>(value) < size)) return;
        fail_optional(value, size, field, record, table);
    }
    [[gnu::noinline, gnu::cold]] void fail_optional(int32_t value, size_t size, const char* field, size_t record,
                                                    const char* table) {
        if (value >= 0) return fail_index(static_cast<uint64_t>(value), size, field, record, table);
        if (in_.failed()) return;
        in_.fail("snapshot.id", std::string(field) + " of #" + std::to_string(record) + " is " +
                                    std::to_string(value) + ", neither -1 nor an index");
    }
    [[gnu::noinline, gnu::cold]] void fail_enum(const char* field, unsigned value, size_t record) {
        if (in_.failed()) return;
        in_.fail("snapshot.enum", std::string(field) + " of #" + std::to_string(record) + " is " +
                                      std::to_string(value) + ", past its values");
    }
    // Ids are the index into their table (docs/schema.md); the viewer looks records up by id.
    void check_id(uint32_t id, size_t index, const char* field) {
        if (id == index) return;
        fail_id(id, index, field);
    }
    [[gnu::noinline, gnu::cold]] void fail_id(uint32_t id, size_t index, const char* field) {
        if (in_.failed()) return;
        in_.fail("snapshot.id", std::string(field) + " of #" + std::to_string(index) + " is " + std::to_string(id) +
                                    "; ids are the index into their table");
    }

    // --- sections, in the order snapshot_writer.cpp writes them ---

    void text_span(TextSpan& t, const char* field, size_t record) {
        in_.string(field, t.text);
        t.span = in_.span(field);
        check_span(t.span, field, record);
    }

    void source(Source& s) {
        in_.string("source.text", s.text);
        if (!in_.failed() && !valid_utf8(s.text)) in_.fail("snapshot.utf8", "source.text is not valid UTF-8");
        text_ = s.text;
        s.format = static_cast<Format>(in_.enum_byte("source.format", snapshot::kFormatCount));
        in_.string("source.headline", s.headline);
        in_.string("source.byline", s.byline);
        in_.string("source.url", s.url);
        in_.string("source.published", s.published);
        s.dateline.present = in_.boolean("source.dateline.present");
        in_.string("source.dateline.text", s.dateline.text);
        in_.string("source.dateline.location", s.dateline.location);
        in_.string("source.dateline.date", s.dateline.date);
        s.dateline.span = in_.span("source.dateline.span");
        check_span(s.dateline.span, "source.dateline.span", 0);
        const uint32_t n = in_.count("source.mapping", wire::kMapping);
        const unsigned char* p = in_.take(n * wire::kMapping, "source.mapping");
        if (!p) return;
        s.mapping.resize(n);
        for (uint32_t i = 0; i < n; ++i, p += wire::kMapping) {
            SourceMapping& m = s.mapping[i];
            m.text = snapshot::load_span(p);
            m.origin = snapshot::load_u32(p + 8);
            check_span(m.text, "source.mapping.text", i);
        }
    }

    void document(Document& d) {
        // Fixed-size records: one bounds check per list (the count check already made sure the bytes are there).
        const uint32_t paragraphs = in_.count("paragraphs", wire::kParagraph);
        const unsigned char* at = in_.take(paragraphs * wire::kParagraph, "paragraphs");
        if (!at) return;
        d.paragraphs.resize(paragraphs);
        for (uint32_t i = 0; i < paragraphs; ++i, at += wire::kParagraph) {
            Paragraph& p = d.paragraphs[i];
            p.id = snapshot::load_u32(at);
            p.span = snapshot::load_span(at + 4);
            check_id(p.id, i, "paragraph.id");
            check_span(p.span, "paragraph.span", i);
        }
        const uint32_t tokens = in_.count("tokens", wire::kToken);
        at = in_.take(tokens * wire::kToken, "tokens");
        if (!at) return;
        d.tokens.resize(tokens);
        for (uint32_t i = 0; i < tokens; ++i, at += wire::kToken) {
            Token& t = d.tokens[i];
            t.span = snapshot::load_span(at);
            check_span(t.span, "token.span", i);
            if (at[8] >= snapshot::kTokenKindCount) fail_enum("token.kind", at[8], i);
            t.kind = static_cast<TokenKind>(at[8]);
        }
        const uint32_t sentences = in_.count("sentences", wire::kSentence);
        at = in_.take(sentences * wire::kSentence, "sentences");
        if (!at) return;
        d.sentences.resize(sentences);
        for (uint32_t i = 0; i < sentences; ++i, at += wire::kSentence) {
            Sentence& s = d.sentences[i];
            s.id = snapshot::load_u32(at);
            s.span = snapshot::load_span(at + 4);
            s.paragraph = snapshot::load_u32(at + 12);
            s.first_token = snapshot::load_u32(at + 16);
            s.token_count = snapshot::load_u32(at + 20);
            check_id(s.id, i, "sentence.id");
            check_span(s.span, "sentence.span", i);
            check_index(s.paragraph, paragraphs, "sentence.paragraph", i, "paragraphs");
            const uint64_t range_end = static_cast<uint64_t>(s.first_token) + s.token_count;
            if (range_end > tokens)
                in_.fail("snapshot.id", "sentence.first_token + token_count of #" + std::to_string(i) + " is " +
                                            std::to_string(range_end) + ", past the " + std::to_string(tokens) +
                                            " tokens");
        }
        sentences_ = sentences;
    }

    void timexes(Dct& dct, std::vector<Timex>& timexes) {
        in_.string("dct.value", dct.value);
        dct.origin = static_cast<DctOrigin>(in_.enum_byte("dct.origin", snapshot::kDctOriginCount));
        in_.string("dct.earliest", dct.earliest);
        in_.string("dct.latest", dct.latest);
        dct.confidence = in_.u8("dct.confidence");
        const uint32_t clues = in_.count("dct.evidence", wire::kDctEvidence);
        dct.evidence.resize(clues);
        for (uint32_t i = 0; i < clues && !in_.failed(); ++i) {
            DctEvidence& e = dct.evidence[i];
            in_.string("dct.evidence.kind", e.kind);
            e.span = in_.span("dct.evidence.span");
            in_.string("dct.evidence.value", e.value);
            in_.string("dct.evidence.effect", e.effect);
            e.weight = in_.u8("dct.evidence.weight");
            if (!e.span.empty()) check_span(e.span, "dct.evidence.span", i);
        }
        const uint32_t n = in_.count("timexes", wire::kTimex);
        timexes.resize(n);
        for (uint32_t i = 0; i < n && !in_.failed(); ++i) {
            Timex& t = timexes[i];
            t.id = in_.u32("timex.id");
            t.span = in_.span("timex.span");
            in_.string("timex.type", t.type);
            read_time("timex.value", "timex.mod", t.type == "SET", i, t.time);
            t.sentence = in_.u32("timex.sentence");
            t.anchor = in_.i32("timex.anchor");
            check_id(t.id, i, "timex.id");
            check_span(t.span, "timex.span", i);
            check_index(t.sentence, sentences_, "timex.sentence", i, "sentences");
            check_optional(t.anchor, n, "timex.anchor", i, "timexes");
        }
    }

    void entities(std::vector<Entity>& entities) {
        const uint32_t n = in_.count("entities", wire::kEntity);
        entities.resize(n);
        for (uint32_t i = 0; i < n && !in_.failed(); ++i) {
            Entity& e = entities[i];
            e.id = in_.u32("entity.id");
            check_id(e.id, i, "entity.id");
            in_.string("entity.name", e.name);
            e.type = static_cast<EntityType>(in_.enum_byte("entity.type", snapshot::kEntityTypeCount));
            const uint32_t aliases = in_.count("entity.aliases", wire::kAlias);
            e.aliases.resize(aliases);
            for (uint32_t k = 0; k < aliases && !in_.failed(); ++k) in_.string("entity.aliases", e.aliases[k]);
            const uint32_t mentions = in_.count("entity.mentions", wire::kMention);
            e.mentions.resize(mentions);
            for (uint32_t k = 0; k < mentions && !in_.failed(); ++k) {
                Mention& m = e.mentions[k];
                m.span = in_.span("entity.mentions.span");
                m.sentence = in_.u32("entity.mentions.sentence");
                check_span(m.span, "entity.mentions.span", i);
                check_index(m.sentence, sentences_, "entity.mentions.sentence", i, "sentences");
            }
            in_.string("entity.role", e.role);
            e.organization = in_.i32("entity.organization");
            check_optional(e.organization, n, "entity.organization", i, "entities");
        }
    }

    void figures(std::vector<Figure>& figures, const char* table) {
        const uint32_t n = in_.count(table, wire::kFigure);
        figures.resize(n);
        for (uint32_t i = 0; i < n && !in_.failed(); ++i) {
            Figure& f = figures[i];
            text_span(f.text, "figure.text", i);
            in_.string("figure.value", f.value);
            in_.string("figure.unit", f.unit);
            in_.string("figure.mod", f.mod);
            f.sentence = in_.u32("figure.sentence");
            check_index(f.sentence, sentences_, "figure.sentence", i, "sentences");
        }
    }

    void claims(std::vector<Claim>& claims, size_t timex_count, size_t entity_count) {
        const uint32_t n = in_.count("claims", wire::kClaim);
        claims.resize(n);
        for (uint32_t i = 0; i < n && !in_.failed(); ++i) {
            Claim& c = claims[i];
            c.id = in_.u32("claim.id");
            check_id(c.id, i, "claim.id");
            text_span(c.source, "claim.source", i);
            c.source_entity = in_.i32("claim.source_entity");
            check_optional(c.source_entity, entity_count, "claim.source_entity", i, "entities");
            text_span(c.cue, "claim.cue", i);
            text_span(c.content, "claim.content", i);
            c.kind = static_cast<ClaimKind>(in_.enum_byte("claim.kind", snapshot::kClaimKindCount));
            c.parent = in_.i32("claim.parent");
            check_optional(c.parent, n, "claim.parent", i, "claims");
            c.sentence = in_.u32("claim.sentence");
            check_index(c.sentence, sentences_, "claim.sentence", i, "sentences");
            c.when_timex = in_.i32("claim.when_timex");
            check_optional(c.when_timex, timex_count, "claim.when_timex", i, "timexes");
            text_span(c.addressee, "claim.addressee", i);
            c.addressee_entity = in_.i32("claim.addressee_entity");
            check_optional(c.addressee_entity, entity_count, "claim.addressee_entity", i, "entities");
            figures(c.figures, "claim.figures");
            text_span(c.disputed_by, "claim.disputed_by", i);
            c.anonymous = in_.boolean("claim.anonymous");
        }
    }

    void events(std::vector<Event>& events, const std::vector<Timex>& timexes, size_t entity_count, size_t claim_count) {
        const size_t timex_count = timexes.size();
        const uint32_t n = in_.count("events", wire::kEvent);
        events.resize(n);
        for (uint32_t i = 0; i < n && !in_.failed(); ++i) {
            Event& e = events[i];
            e.id = in_.u32("event.id");
            check_id(e.id, i, "event.id");
            e.sentence = in_.u32("event.sentence");
            check_index(e.sentence, sentences_, "event.sentence", i, "sentences");
            e.span = in_.span("event.span");
            check_span(e.span, "event.span", i);
            in_.string("event.text", e.text);
            std::string value, mod;
            in_.string("event.when.value", value);
            in_.string("event.when.mod", mod);
            e.when.timex = in_.i32("event.when.timex");
            check_optional(e.when.timex, timex_count, "event.when.timex", i, "timexes");
            // the when of an event dated by a set is that set (the type is the timex's)
            const bool set = e.when.timex >= 0 && static_cast<size_t>(e.when.timex) < timexes.size() &&
                             timexes[static_cast<size_t>(e.when.timex)].type == "SET";
            typed_time(value, mod, set, "event.when.value", i, e.when.time);
            in_.string("event.interval.start", e.interval.start);
            in_.string("event.interval.end", e.interval.end);
            in_.string("event.interval.precision", e.interval.precision);
            const uint32_t participants = in_.count("event.participants", wire::kParticipant);
            e.participants.resize(participants);
            for (uint32_t k = 0; k < participants && !in_.failed(); ++k) {
                e.participants[k] = in_.u32("event.participants");
                check_index(e.participants[k], entity_count, "event.participants", i, "entities");
            }
            e.reported_by = in_.i32("event.reported_by");
            check_optional(e.reported_by, claim_count, "event.reported_by", i, "claims");
            const uint32_t mentions = in_.count("event.mentions", wire::kEventMention);
            e.mentions.resize(mentions);
            for (uint32_t k = 0; k < mentions && !in_.failed(); ++k) {
                e.mentions[k] = in_.span("event.mentions");
                check_span(e.mentions[k], "event.mentions", i);
            }
        }
    }

    void links(std::vector<uint32_t>& timeline, std::vector<Relation>& relations, size_t event_count) {
        const uint32_t entries = in_.count("timeline", wire::kTimelineEntry);
        const unsigned char* at = in_.take(entries * wire::kTimelineEntry, "timeline");
        if (!at) return;
        timeline.resize(entries);
        for (uint32_t i = 0; i < entries; ++i, at += wire::kTimelineEntry) {
            timeline[i] = snapshot::load_u32(at);
            check_index(timeline[i], event_count, "timeline", i, "events");
        }
        const uint32_t n = in_.count("relations", wire::kRelation);
        relations.resize(n);
        for (uint32_t i = 0; i < n && !in_.failed(); ++i) {
            Relation& r = relations[i];
            r.before = in_.u32("relation.before");
            r.after = in_.u32("relation.after");
            check_index(r.before, event_count, "relation.before", i, "events");
            check_index(r.after, event_count, "relation.after", i, "events");
            in_.string("relation.cue", r.cue);
            r.span = in_.span("relation.span");
            check_span(r.span, "relation.span", i);
        }
    }

    void diagnostics(Diagnostics& diagnostics) {
        const uint32_t n = in_.count("diagnostics", wire::kDiagnostic);
        diagnostics.resize(n);
        for (uint32_t i = 0; i < n && !in_.failed(); ++i) {
            Diagnostic& d = diagnostics[i];
            d.level = static_cast<Level>(in_.enum_byte("diagnostic.level", snapshot::kLevelCount));
            in_.string("diagnostic.code", d.code);
            in_.string("diagnostic.message", d.message);
            // An input offset (it may lie past the text: ingest reports offsets in the original bytes) or -1.
            d.start = in_.i64("diagnostic.start");
            if (d.start < -1)
                in_.fail("snapshot.offset", "diagnostic.start of #" + std::to_string(i) + " is " +
                                                std::to_string(d.start) + ", neither -1 nor an offset");
        }
    }

    snapshot::ByteReader in_;
    std::string_view text_;
    size_t sentences_ = 0;
};

}  // namespace

Result<Analysis> read_snapshot(std::string_view bytes) { return SnapshotReader(bytes).read(); }

}  // namespace storylens
