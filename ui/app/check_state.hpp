// check_state.hpp — the Check view's memory: the corrections and verdicts a journalist made on the article on
// screen, the analysis as the engine made it (so every edit is laid over it again, as a re-analysis would be), and
// the fields being typed. Corrections are keyed by text and place (docs/corrections.md), so they survive a new
// publication date, a reload and an engine upgrade; the host keeps them (the browser's localStorage by the text's
// hash, the desktop's NAME.corrections.json) through a CorrectionsStore.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/analysis.hpp"
#include "storylens/corrections.hpp"
#include "storylens/export.hpp"

namespace storylens::ui {

struct AppState;

// Where the host keeps an article's corrections file: `document` is the name the app shows, `text_hash` the
// article_text_hash of its text. load returns "" when nothing is kept.
struct CorrectionsStore {
    std::function<std::string(const std::string& document, const std::string& text_hash)> load;
    std::function<void(const std::string& document, const std::string& text_hash, const std::string& json)> save;
};

// 16 hex digits (FNV-1a, 64 bits) of the article's text: the same text gets its corrections back under any name.
std::string article_text_hash(std::string_view text);

// The fields a fact-checker fills in for one claim.
struct VerdictDraft {
    char rating[64] = "";
    bool has_value = false;
    int value = 3, best = 5, worst = 1;
    char url[256] = "";
    char reviewer[96] = "";
    char date[16] = "";
};

// The correction fields for the selected item (a claim's source, an event's date, a note, an entity to merge into).
struct CorrectionDraft {
    std::string kind;  // the selection they were filled for ("claim", "event", "entity")
    int id = -1;
    uint64_t generation = 0;
    char source[96] = "";
    char date[16] = "";
    char note[256] = "";
    char merge_into[96] = "";
};

struct CheckState {
    CorrectionsStore store;
    std::string text_hash;  // of the article the corrections belong to ("" before the first)
    Analysis base;          // that article as the engine made it, before the corrections
    Corrections corrections;
    std::vector<CorrectionOutcome> outcomes;  // of the last application
    std::string message;                      // what the last edit, import or export did
    int verdict_claim = -1;                   // the claim whose verdict fields are open
    VerdictDraft verdict;
    CorrectionDraft draft;
    std::function<void(const std::string& file_name, const std::string& json)> save_file;  // the host's download
    std::function<void()> open_file;  // the host's file picker (a corrections file opened there is imported)
    // Centres of the view's fields and buttons as last drawn, framebuffer pixels, for tests ("rating", "save verdict").
    struct Place {
        std::string name;
        float x = 0, y = 0;
    };
    std::vector<Place> places;
};

// Called with every analysis about to go on screen: a new article's kept corrections are loaded, the analysis
// is kept as it came and the corrections are laid over it.
void adopt_analysis(AppState& s, Analysis& next);

// Records `correction` (a later edit of the same kind on the same item replaces the earlier one), keeps the file
// and puts the corrected analysis on screen; selection, view and timeline range stay.
void add_correction(AppState& s, Correction correction);
// Removes correction `index` and shows the analysis without it.
void remove_correction(AppState& s, size_t index);

// True when `bytes` is a corrections file (schema storylens.corrections/1): it replaces the article's corrections
// (message says how many landed). False for anything else, which is then opened as an article.
bool import_corrections(AppState& s, std::string_view bytes);

// The documented corrections file of the article on screen (what the CLI's --corrections reads).
std::string corrections_file(const AppState& s);
// "seed.txt" -> "seed.corrections.json" (the stem, as NAME.meta.json and the exports are named): the file the
// desktop app reads beside the article and the CLI takes with --corrections.
std::string corrections_file_name(const std::string& document);

// The Check view's "Export corrections" goes through the host's export handler (a download, a file beside the
// article) as the corrections file.
using ExportSink = std::function<void(const ExportFormat& format, const std::string& file_name, const std::string& bytes)>;
void set_corrections_download(AppState& s, ExportSink sink);

// The claims by check-worthiness rank (1 first), ties in text order.
std::vector<uint32_t> claims_by_rank(const Analysis& a);

// {"corrections": N, "verdicts": N, "message", "orphaned": N, "places": [{name,x,y}], "order": [claim ids]}
std::string check_state_json(const AppState& s);

void draw_check(AppState& s);

}  // namespace storylens::ui
