// markdown_export.cpp — a one-page brief: the timeline with its source sentences, who said what, the entities.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "export/export_text.hpp"
#include "storylens/export.hpp"

namespace storylens {

namespace {

// Article text must never turn into Markdown or HTML: the characters that start emphasis, code, links, HTML,
// table cells, entities, heading closers or (on GitHub) math are backslash-escaped. Characters that only matter
// at the start of a line (- + . !) are left alone: escaped text never starts a line.
std::string escape_markdown(std::string_view text) {
    const std::string squashed = export_text::squash_space(text);
    std::string out;
    out.reserve(squashed.size());
    for (char c : squashed) {
        if (std::string_view("\\`*_[]<>#|~&$").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string event_date(const Event& e) {
    std::string words = export_text::span_words(e);
    if (!words.empty()) return words;
    words = export_text::human_date(e.when.time);
    if (!words.empty()) return words;
    if (!e.interval.start.empty()) return e.interval.start;
    return e.when.time.empty() ? "Undated" : timex3_value(e.when.time);
}

void timeline_section(const Analysis& a, std::string& out) {
    out += "## Timeline\n\n";
    std::vector<std::string> notes;
    for (uint32_t id : a.timeline) {
        if (id >= a.events.size()) continue;
        const Event& e = a.events[id];
        notes.push_back(export_text::sentence_text(a, e.sentence));
        out += "- **" + escape_markdown(event_date(e)) + "** \xE2\x80\x94 " + escape_markdown(e.text);
        const std::string source = export_text::event_source_name(a, e);
        if (!source.empty()) out += " (according to " + escape_markdown(source) + ")";
        out += "[^" + std::to_string(notes.size()) + "]\n";
    }
    if (notes.empty()) out += "No dated events found.\n";
    out += "\n";
    for (size_t i = 0; i < notes.size(); ++i)
        out += "[^" + std::to_string(i + 1) + "]: \xE2\x80\x9C" + escape_markdown(notes[i]) + "\xE2\x80\x9D\n";
    if (!notes.empty()) out += "\n";
}

void claims_section(const Analysis& a, std::string& out) {
    out += "## Who said what\n\n";
    // Sources in the order they first speak; each one's claims in text order.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const Claim*>> by_source;
    for (const Claim& c : a.claims) {
        const std::string name = export_text::claim_source_name(a, c);
        if (!by_source.count(name)) order.push_back(name);
        by_source[name].push_back(&c);
    }
    if (order.empty()) out += "No attributed claims found.\n\n";
    for (const std::string& name : order) {
        out += "### " + escape_markdown(name) + "\n\n";
        for (const Claim* c : by_source[name])
            out += "- " + escape_markdown(c->cue.text) + " `" + claim_kind_name(c->kind) + "` \xE2\x80\x9C" +
                   escape_markdown(c->content.text) + "\xE2\x80\x9D\n";
        out += "\n";
    }
}

void entities_section(const Analysis& a, std::string& out) {
    out += "## Entities\n\n";
    std::vector<const Entity*> sorted;
    for (const Entity& e : a.entities) sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Entity* x, const Entity* y) { return x->mentions.size() > y->mentions.size(); });
    if (sorted.empty()) out += "No entities found.\n";
    for (const Entity* e : sorted) {
        const size_t n = e->mentions.size();
        out += "- " + escape_markdown(e->name) + " \xE2\x80\x94 " + entity_type_name(e->type) + ", " +
               std::to_string(n) + (n == 1 ? " mention" : " mentions") + "\n";
    }
}

}  // namespace

std::string to_markdown(const Analysis& a) {
    std::string out = "# " + escape_markdown(export_text::headline(a)) + "\n\n";
    out += export_text::publication_words(a.dct) + ".\n\n";
    timeline_section(a, out);
    claims_section(a, out);
    entities_section(a, out);
    return out;
}

}  // namespace storylens
