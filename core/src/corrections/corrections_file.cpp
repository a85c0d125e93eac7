// corrections_file.cpp — the corrections file (docs/corrections.md) read and written with nlohmann::json.
// Reading never throws: parse errors become diagnostics, entries that make no sense are skipped with a warning.
#include <nlohmann/json.hpp>

#include "storylens/corrections.hpp"

namespace storylens {

namespace {

using nlohmann::json;

constexpr const char* kKinds[] = {"claim", "event", "entity"};

std::string string_at(const json& o, const char* key) {
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool int_at(const json& o, const char* key, int& out) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number()) return false;
    const double d = it->get<double>();
    if (!(d >= -1e6 && d <= 1e6)) return false;
    out = static_cast<int>(d);
    return true;
}

// The item a correction names: {"claim": {"text", "start"}}, {"event": ...} or {"entity": "Name"}.
bool read_item(const json& entry, ItemKey& key) {
    for (int k = 0; k < 3; ++k) {
        const auto it = entry.find(kKinds[k]);
        if (it == entry.end()) continue;
        key.kind = static_cast<ItemKind>(k);
        if (it->is_string()) {
            key.text = it->get<std::string>();
        } else if (it->is_object()) {
            key.text = string_at(*it, "text");
            const auto start = it->find("start");
            if (start != it->end() && start->is_number_unsigned()) key.start = start->get<int64_t>();
        }
        return !key.text.empty();
    }
    return false;
}

bool read_op(const std::string& name, CorrectionOp& op) {
    for (CorrectionOp o : {CorrectionOp::Source, CorrectionOp::Date, CorrectionOp::Merge, CorrectionOp::Delete,
                           CorrectionOp::Note, CorrectionOp::Verdict})
        if (name == correction_op_name(o)) return op = o, true;
    return false;
}

// The kinds of item each operation applies to.
bool op_fits(CorrectionOp op, ItemKind kind) {
    switch (op) {
        case CorrectionOp::Source:
        case CorrectionOp::Verdict: return kind == ItemKind::Claim;
        case CorrectionOp::Date: return kind == ItemKind::Event;
        case CorrectionOp::Merge: return kind == ItemKind::Entity;
        case CorrectionOp::Delete:
        case CorrectionOp::Note: return true;
    }
    return false;
}

const char* value_key(CorrectionOp op) {
    switch (op) {
        case CorrectionOp::Source: return "source";
        case CorrectionOp::Date: return "date";
        case CorrectionOp::Merge: return "into";
        case CorrectionOp::Note: return "note";
        default: return nullptr;
    }
}

}  // namespace

const char* item_kind_name(ItemKind kind) {
    return kind == ItemKind::Claim ? "claim" : kind == ItemKind::Event ? "event" : "entity";
}

const char* correction_op_name(CorrectionOp op) {
    switch (op) {
        case CorrectionOp::Source: return "source";
        case CorrectionOp::Date: return "date";
        case CorrectionOp::Merge: return "merge";
        case CorrectionOp::Delete: return "delete";
        case CorrectionOp::Note: return "note";
        case CorrectionOp::Verdict: return "verdict";
    }
    return "note";
}

Result<Corrections> parse_corrections(std::string_view text) {
    Result<Corrections> out;
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        out.diagnostics.push_back({Level::Error, "corrections.invalid", "the corrections file is not a JSON object", -1});
        return out;
    }
    const std::string schema = string_at(doc, "schema");
    if (schema != kCorrectionsSchema) {
        out.diagnostics.push_back({Level::Error, "corrections.schema",
                                   "the corrections file is not '" + std::string(kCorrectionsSchema) + "' (schema '" +
                                       schema + "')",
                                   -1});
        return out;
    }
    const auto list = doc.find("corrections");
    if (list == doc.end() || !list->is_array()) {
        out.diagnostics.push_back({Level::Error, "corrections.invalid", "the corrections file has no 'corrections' list", -1});
        return out;
    }
    size_t number = 0;
    for (const json& entry : *list) {
        ++number;
        auto skip = [&](const std::string& why) {
            out.diagnostics.push_back({Level::Warning, "corrections.skipped",
                                       "correction " + std::to_string(number) + " is skipped: " + why, -1});
        };
        if (!entry.is_object()) { skip("not an object"); continue; }
        Correction c;
        if (!read_op(string_at(entry, "op"), c.op)) { skip("unknown op '" + string_at(entry, "op") + "'"); continue; }
        if (!read_item(entry, c.item)) { skip("it names no claim, event or entity"); continue; }
        if (!op_fits(c.op, c.item.kind)) {
            skip(std::string("'") + correction_op_name(c.op) + "' does not apply to a " + item_kind_name(c.item.kind));
            continue;
        }
        if (const char* key = value_key(c.op)) {
            c.value = string_at(entry, key);
            if (c.value.empty()) { skip(std::string("it has no '") + key + "'"); continue; }
        }
        if (c.op == CorrectionOp::Verdict) {
            Verdict& v = c.verdict;
            v.rating = string_at(entry, "rating");
            v.url = string_at(entry, "url");
            v.reviewer = string_at(entry, "reviewer");
            v.date = string_at(entry, "date");
            v.has_value = int_at(entry, "rating_value", v.value);
            int_at(entry, "best_rating", v.best);
            int_at(entry, "worst_rating", v.worst);
            if (v.rating.empty() && !v.has_value) { skip("a verdict needs a 'rating' or a 'rating_value'"); continue; }
        }
        out.value.list.push_back(std::move(c));
    }
    return out;
}

std::string corrections_to_json(const Corrections& corrections) {
    json list = json::array();
    for (const Correction& c : corrections.list) {
        json entry = {{"op", correction_op_name(c.op)}};
        if (c.item.kind == ItemKind::Entity) {
            entry["entity"] = c.item.text;
        } else {
            json item = {{"text", c.item.text}};
            if (c.item.start >= 0) item["start"] = c.item.start;
            entry[item_kind_name(c.item.kind)] = item;
        }
        if (const char* key = value_key(c.op)) entry[key] = c.value;
        if (c.op == CorrectionOp::Verdict) {
            const Verdict& v = c.verdict;
            if (!v.rating.empty()) entry["rating"] = v.rating;
            if (v.has_value) {
                entry["rating_value"] = v.value;
                entry["best_rating"] = v.best;
                entry["worst_rating"] = v.worst;
            }
            if (!v.url.empty()) entry["url"] = v.url;
            if (!v.reviewer.empty()) entry["reviewer"] = v.reviewer;
            if (!v.date.empty()) entry["date"] = v.date;
        }
        list.push_back(std::move(entry));
    }
    const json doc = {{"schema", kCorrectionsSchema}, {"corrections", list}};
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace storylens
