// csv_export.cpp — RFC 4180 CSV tables of claims and of events, safe to open in a spreadsheet.
#include <string>
#include <vector>

#include "export/export_text.hpp"
#include "storylens/export.hpp"

namespace storylens {

namespace {

// A field starting with = + - @ (or a tab/CR, which some spreadsheets skip) would be read as a formula:
// such fields get a leading single quote so article text can never run as one ("=HYPERLINK(...)").
std::string csv_field(const std::string& value) {
    std::string v = value;
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string quoted = "\"";
    for (char c : v) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    out += "\r\n";  // RFC 4180 line break
}

std::string id_or_empty(int64_t id) { return id < 0 ? std::string() : std::to_string(id); }

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

std::string timex_value(const Analysis& a, int32_t timex) {
    if (timex < 0 || static_cast<size_t>(timex) >= a.timexes.size()) return "";
    return timex3_value(a.timexes[timex].time);
}

}  // namespace

std::string to_claims_csv(const Analysis& a) {
    std::string out;
    append_row(out, {"id", "source", "source_entity", "cue", "kind", "content", "quoted", "parent", "sentence", "date",
                     "figures"});
    for (const Claim& c : a.claims) {
        std::vector<std::string> figures;
        for (const Figure& f : c.figures) figures.push_back(export_text::squash_space(f.text.text));
        const bool has_entity = c.source_entity >= 0 && static_cast<size_t>(c.source_entity) < a.entities.size();
        append_row(out, {std::to_string(c.id), export_text::squash_space(c.source.text),
                         has_entity ? a.entities[c.source_entity].name : "", export_text::squash_space(c.cue.text),
                         claim_kind_name(c.kind), export_text::squash_space(c.content.text),
                         c.kind == ClaimKind::Indirect ? "no" : "yes", id_or_empty(c.parent),
                         export_text::sentence_text(a, c.sentence), timex_value(a, c.when_timex), joined(figures)});
    }
    return out;
}

std::string to_events_csv(const Analysis& a) {
    std::string out;
    append_row(out, {"id", "date", "mod", "start", "end", "precision", "text", "participants", "reported_by",
                     "sentence"});
    for (const Event& e : a.events) {
        std::vector<std::string> participants;
        for (uint32_t p : e.participants)
            if (p < a.entities.size()) participants.push_back(a.entities[p].name);
        append_row(out, {std::to_string(e.id), timex3_value(e.when.time), timex3_mod(e.when.time.mod), e.interval.start, e.interval.end,
                         e.interval.precision.empty() ? "none" : e.interval.precision, e.text, joined(participants),
                         export_text::event_source_name(a, e), export_text::sentence_text(a, e.sentence)});
    }
    return out;
}

}  // namespace storylens
