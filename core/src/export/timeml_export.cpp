// timeml_export.cpp — a TimeML 1.2 document: the text with inline TIMEX3 and EVENT tags, then MAKEINSTANCE and
// TLINK elements. Tags are only ever nested, never crossed, so the output is always well-formed XML.
#include <algorithm>
#include <string>
#include <vector>

#include "export/export_text.hpp"
#include "storylens/export.hpp"

namespace storylens {

namespace {

// XML 1.0 forbids most control characters even as references: they become U+FFFD. A CR is kept as &#13; so
// a reader gets the analysed text back byte for byte (a literal CR would be normalised away by XML parsers).
std::string escape_xml(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\r') out += "&#13;";
        else if (c < 0x20 && c != '\t' && c != '\n') out += "\xEF\xBF\xBD";
        else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                 (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
            out += "\xEF\xBF\xBD";  // U+FFFE and U+FFFF are not XML characters either
            i += 2;
        } else out += export_text::escape_html(std::string_view(s.data() + i, 1));
    }
    return out;
}

std::string attribute(const char* name, const std::string& value) {
    return std::string(" ") + name + "=\"" + escape_xml(value) + "\"";
}

struct InlineTag {
    Span span;
    std::string open;   // the whole start tag
    std::string close;  // the whole end tag
    int order = 0;      // which of two tags on the same span is outside: lower first
};

// TimeML 1.2 gives EVENT and TIMEX3 text content only: a tag is kept only if it touches no tag kept so far.
bool keep_if_disjoint(std::vector<InlineTag>& kept, InlineTag tag, size_t text_size) {
    if (tag.span.empty() || tag.span.end > text_size) return false;
    for (const InlineTag& k : kept)
        if (k.span.overlaps(tag.span)) return false;
    kept.push_back(std::move(tag));
    return true;
}

bool is_edge_filler(char c) { return c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '.'; }

// The longest stretch of an event's clause that no kept tag (a date, a claim's cue) touches, without spaces or
// punctuation at its ends: the clause itself would have to contain those tags, which TimeML does not allow.
Span longest_free_stretch(Span clause, const std::vector<InlineTag>& kept, std::string_view text) {
    std::vector<Span> taken;
    for (const InlineTag& k : kept)
        if (k.span.overlaps(clause)) taken.push_back(k.span);
    std::sort(taken.begin(), taken.end(), [](Span x, Span y) { return x.start < y.start; });
    Span best{clause.start, clause.start};
    uint32_t from = clause.start;
    const auto consider = [&](uint32_t start, uint32_t end) {
        while (start < end && is_edge_filler(text[start])) ++start;
        while (end > start && is_edge_filler(text[end - 1])) --end;
        if (end - start > best.end - best.start) best = {start, end};
    };
    for (Span t : taken) {
        if (t.start > from) consider(from, std::min(t.start, clause.end));
        from = std::max(from, t.end);
    }
    if (from < clause.end) consider(from, clause.end);
    return best;
}

std::string tagged_text(std::string_view text, std::vector<InlineTag> tags) {
    std::stable_sort(tags.begin(), tags.end(), [](const InlineTag& x, const InlineTag& y) {
        if (x.span.start != y.span.start) return x.span.start < y.span.start;
        if (x.span.end != y.span.end) return x.span.end > y.span.end;
        return x.order < y.order;
    });
    std::string out;
    std::vector<const InlineTag*> open;
    size_t next = 0, at = 0;
    auto close_until = [&](size_t position) {
        while (!open.empty() && open.back()->span.end <= position) {
            out += escape_xml(text.substr(at, open.back()->span.end - at));
            at = open.back()->span.end;
            out += open.back()->close;
            open.pop_back();
        }
    };
    while (next < tags.size()) {
        const InlineTag& t = tags[next++];
        close_until(t.span.start);
        out += escape_xml(text.substr(at, t.span.start - at));
        at = t.span.start;
        out += t.open;
        open.push_back(&t);
    }
    close_until(text.size());
    out += escape_xml(text.substr(at));
    return out;
}

std::string tid(int64_t timex) { return "t" + std::to_string(timex + 1); }  // t0 is the DCT

}  // namespace

std::string to_timeml(const Analysis& a) {
    const std::string& text = a.source.text;
    std::vector<InlineTag> tags;
    std::vector<bool> timex_kept(a.timexes.size(), false);
    for (const Timex& t : a.timexes) {
        std::string open = "<TIMEX3" + attribute("tid", tid(t.id)) + attribute("type", t.type) +
                           attribute("value", timex3_value(t.time));
        if (t.time.mod != TimeMod::None) open += attribute("mod", timex3_mod(t.time.mod));
        if (t.anchor >= 0) open += attribute("anchorTimeID", tid(t.anchor));
        if (t.id < timex_kept.size()) timex_kept[t.id] = keep_if_disjoint(tags, {t.span, open + ">", "</TIMEX3>", 1}, text.size());
    }
    // Event ids: e1..eN for the analysis' events (Event::span is its clause: Storylens finds no trigger
    // words, so the EVENT tag covers the clause's longest stretch free of other tags), then one REPORTING event
    // per claim cue. Instance ids ei1.. point at their event by its eid.
    struct Instance {
        std::string eiid, eid;
        int32_t timex = -1;
    };
    std::vector<Instance> event_instances(a.events.size()), cue_instances(a.claims.size());
    for (const Claim& c : a.claims) {
        const size_t number = a.events.size() + c.id + 1;
        const std::string eid = "e" + std::to_string(number);
        const std::string open = "<EVENT" + attribute("eid", eid) + attribute("class", "REPORTING") + ">";
        if (c.id < cue_instances.size() && keep_if_disjoint(tags, {c.cue.span, open, "</EVENT>", 2}, text.size()))
            cue_instances[c.id] = {"ei" + std::to_string(number), eid, c.when_timex};
    }
    for (const Event& e : a.events) {
        if (e.span.empty() || e.span.end > text.size()) continue;
        const std::string eid = "e" + std::to_string(e.id + 1);
        const std::string open = "<EVENT" + attribute("eid", eid) + attribute("class", "OCCURRENCE") + ">";
        const Span stretch = longest_free_stretch(e.span, tags, text);
        if (e.id < event_instances.size() && keep_if_disjoint(tags, {stretch, open, "</EVENT>", 0}, text.size()))
            event_instances[e.id] = {"ei" + std::to_string(e.id + 1), eid, e.when.timex};
    }

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
    out += "<DOCID>" + escape_xml(a.source.url.empty() ? "storylens-article" : a.source.url) + "</DOCID>\n";
    const std::string dct = a.dct.value.empty() ? "XXXX-XX-XX" : a.dct.value;
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\"" + attribute("value", dct) +
           " functionInDocument=\"CREATION_TIME\">" + escape_xml(dct) + "</TIMEX3></DCT>\n";
    out += "<TEXT>" + tagged_text(text, tags) + "</TEXT>\n";

    // No part-of-speech tagger runs: pos is TimeML's OTHER (a required attribute with a closed set of values).
    auto make_instances = [&](const std::vector<Instance>& instances) {
        for (const Instance& i : instances)
            if (!i.eiid.empty())
                out += "<MAKEINSTANCE" + attribute("eiid", i.eiid) + attribute("eventID", i.eid) +
                       " pos=\"OTHER\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\"/>\n";
    };
    make_instances(event_instances);
    make_instances(cue_instances);

    size_t link = 0;
    auto tlink = [&](const std::string& rel, const std::string& from, const char* to_kind, const std::string& to) {
        out += "<TLINK" + attribute("lid", "l" + std::to_string(++link)) + attribute("relType", rel) +
               attribute("eventInstanceID", from) + attribute(to_kind, to) + "/>\n";
    };
    for (const Relation& r : a.relations) {
        if (r.before >= event_instances.size() || r.after >= event_instances.size()) continue;
        const Instance& before = event_instances[r.before];
        const Instance& after = event_instances[r.after];
        if (!before.eiid.empty() && !after.eiid.empty())
            tlink("BEFORE", before.eiid, "relatedToEventInstance", after.eiid);
    }
    auto anchor_links = [&](const std::vector<Instance>& instances) {
        for (const Instance& i : instances)
            if (!i.eiid.empty() && i.timex >= 0 && static_cast<size_t>(i.timex) < timex_kept.size() &&
                timex_kept[i.timex])
                tlink("IS_INCLUDED", i.eiid, "relatedToTime", tid(i.timex));
    };
    anchor_links(event_instances);
    anchor_links(cue_instances);
    out += "</TimeML>\n";
    return out;
}

}  // namespace storylens
