// check_state.cpp — corrections in the viewer: kept by the host per article, laid over the engine's analysis
// whenever it changes (a load, a new publication date, an edit), imported and exported as the documented file.
#include "app/check_state.hpp"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"

namespace storylens::ui {

std::string article_text_hash(std::string_view text) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

namespace {

void keep(AppState& s) {
    CheckState& c = *s.check;
    if (c.store.save) c.store.save(s.name, c.text_hash, corrections_to_json(c.corrections));
}

// Lays the corrections over `a` and notes what did not land.
void lay_over(CheckState& c, Analysis& a) {
    c.outcomes = c.corrections.list.empty() ? std::vector<CorrectionOutcome>{} : apply_corrections(a, c.corrections);
}

// The engine's analysis again with the corrections on top, keeping what the reader looks at.
void show_corrected(AppState& s) {
    const TimelineRange range = s.range;
    replace_analysis(s, s.check->base);
    if (range.fitted) s.range = range;
}

bool same_item(const ItemKey& a, const ItemKey& b) { return a.kind == b.kind && a.text == b.text && a.start == b.start; }

size_t orphaned(const CheckState& c) {
    return static_cast<size_t>(std::count_if(c.outcomes.begin(), c.outcomes.end(),
                                             [](const CorrectionOutcome& o) { return !o.applied; }));
}

}  // namespace

void adopt_analysis(AppState& s, Analysis& next) {
    if (!s.check) return;
    CheckState& c = *s.check;
    const std::string hash = article_text_hash(next.source.text);
    if (hash != c.text_hash) {  // another article: its own corrections, if the host kept any
        c.text_hash = hash;
        c.corrections = {};
        c.verdict_claim = -1;
        c.message.clear();
        const std::string kept = c.store.load ? c.store.load(s.name, hash) : std::string();
        if (!kept.empty()) {
            Result<Corrections> parsed = parse_corrections(kept);
            if (parsed.ok()) c.corrections = std::move(parsed.value);
            else c.message = "the kept corrections could not be read: " + parsed.diagnostics.front().message;
        }
    }
    c.base = next;
    lay_over(c, next);
}

void add_correction(AppState& s, Correction correction) {
    CheckState& c = *s.check;
    // One value per item and kind of edit: a second verdict or source replaces the first. Notes add up.
    const bool replaces = correction.op != CorrectionOp::Note && correction.op != CorrectionOp::Delete;
    auto same = std::find_if(c.corrections.list.begin(), c.corrections.list.end(), [&](const Correction& x) {
        return replaces && x.op == correction.op && same_item(x.item, correction.item);
    });
    if (same != c.corrections.list.end()) *same = std::move(correction);
    else c.corrections.list.push_back(std::move(correction));
    keep(s);
    show_corrected(s);
    c.message = orphaned(c) ? std::to_string(orphaned(c)) + " correction(s) found no item" : "correction kept";
}

void remove_correction(AppState& s, size_t index) {
    CheckState& c = *s.check;
    if (index >= c.corrections.list.size()) return;
    c.corrections.list.erase(c.corrections.list.begin() + static_cast<std::ptrdiff_t>(index));
    keep(s);
    show_corrected(s);
    c.message = "correction removed";
}

bool import_corrections(AppState& s, std::string_view bytes) {
    if (!s.check || s.analysis.document.sentences.empty()) return false;
    Result<Corrections> parsed = parse_corrections(bytes);
    if (!parsed.ok()) return false;  // not a corrections file: an article to open
    CheckState& c = *s.check;
    c.corrections = std::move(parsed.value);
    keep(s);
    show_corrected(s);
    c.message = "imported " + std::to_string(c.corrections.list.size()) + " correction(s), " +
                std::to_string(c.corrections.list.size() - orphaned(c)) + " landed";
    return true;
}

std::string corrections_file(const AppState& s) {
    return s.check ? corrections_to_json(s.check->corrections) : corrections_to_json({});
}

std::string corrections_file_name(const std::string& document) {
    const size_t slash = document.find_last_of("/\\");
    std::string base = slash == std::string::npos ? document : document.substr(slash + 1);
    const size_t dot = base.rfind('.');
    if (dot != std::string::npos && dot > 0) base.resize(dot);
    for (char& ch : base)
        if (ch == ' ' || static_cast<unsigned char>(ch) < 32) ch = '-';
    return (base.empty() ? std::string("storylens") : base) + ".corrections.json";
}

void set_corrections_download(AppState& s, ExportSink sink) {
    static const ExportFormat kCorrections{"corrections", "corrections.json", "application/json", nullptr};
    if (!sink) return void(s.check->save_file = nullptr);
    s.check->save_file = [sink = std::move(sink)](const std::string& file_name, const std::string& json) {
        sink(kCorrections, file_name, json);
    };
}

std::vector<uint32_t> claims_by_rank(const Analysis& a) {
    std::vector<uint32_t> order;
    for (const Claim& c : a.claims) order.push_back(c.id);
    const auto rank = [&](uint32_t id) { return id < a.checkworthy.size() ? a.checkworthy[id].rank : UINT32_MAX; };
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return rank(x) < rank(y); });
    return order;
}

std::string check_state_json(const AppState& s) {
    nlohmann::json places = nlohmann::json::array(), order = nlohmann::json::array();
    if (!s.check) return "{}";
    const CheckState& c = *s.check;
    for (const CheckState::Place& p : c.places) places.push_back({{"name", p.name}, {"x", p.x}, {"y", p.y}});
    for (uint32_t id : claims_by_rank(s.analysis)) order.push_back(id);
    return nlohmann::json{{"corrections", c.corrections.list.size()}, {"verdicts", s.analysis.verdicts.size()},
                          {"notes", s.analysis.notes.size()}, {"orphaned", orphaned(c)}, {"message", c.message},
                          {"verdict_claim", c.verdict_claim}, {"text_hash", c.text_hash}, {"places", places},
                          {"order", order}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace storylens::ui
