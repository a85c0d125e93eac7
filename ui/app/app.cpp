// app.cpp — the viewer: loading, the frame layout, the URL fragment and the JSON snapshots hosts read.
#include "app/app.hpp"

#include <imgui.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"
#include "app/check_state.hpp"
#include "app/story_link.hpp"
#include "app/story_state.hpp"
#include "app/article_mirror.hpp"
#include "app/layout.hpp"
#include "app/mark_description.hpp"
#include "app/untrusted_input.hpp"
#include "storylens/events.hpp"
#include "app/status_title.hpp"
#include "views/export_menu.hpp"
#include "views/views.hpp"

namespace storylens::ui {

const char* view_name(View view) {
    switch (view) {
        case View::Article: return "article";
        case View::Timeline: return "timeline";
        case View::Claims: return "claims";
        case View::Entities: return "entities";
        case View::Check: return "check";
    }
    return "timeline";
}

void select(AppState& s, const char* kind, int id, int sentence) {
    s.selection = {kind, id, sentence};
    if (sentence >= 0) s.scroll_to_sentence = sentence;
}

void run_search(AppState& s) {
    s.search.matches.clear();
    s.search.current = -1;
    s.search.results = {};
    if (s.search.query.empty()) return;
    if (s.search.indexed_generation != s.generation) {
        s.search.index = SearchIndex::build(s.analysis);
        s.search.indexed_generation = s.generation;
    }
    s.search.results = s.search.index.find(s.search.query);
    for (const SearchHit& hit : s.search.results.text) s.search.matches.push_back(hit.span.start);
}

namespace {

// A character of ImGui's input queue (UTF-16 code unit, the BMP) as UTF-8; a lone surrogate half becomes U+FFFD.
void append_utf8(std::string& out, unsigned c) {
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

nlohmann::json export_menu_json(const ExportMenu& menu) {
    nlohmann::json items = nlohmann::json::array();
    for (const ExportMenuItem& item : menu.items) items.push_back({{"format", item.format}, {"x", item.x}, {"y", item.y}});
    return {{"offered", menu.offered}, {"button", {{"x", menu.button_x}, {"y", menu.button_y}}}, {"items", items}};
}

}  // namespace

App::App()
    : state_(std::make_unique<AppState>()),
      story_(std::make_unique<StoryState>()),
      export_menu_(std::make_unique<ExportMenu>()) {
    state_->check = std::make_shared<CheckState>();
}
App::~App() = default;

bool known_item(const Analysis& a, std::string_view kind, int id) {
    if (kind == "sentence") return id >= 0 && id < static_cast<int>(a.document.sentences.size());
    if (kind == "event") return id >= 0 && id < static_cast<int>(a.events.size());
    if (kind == "claim") return id >= 0 && id < static_cast<int>(a.claims.size());
    if (kind == "entity") return id >= 0 && id < static_cast<int>(a.entities.size());
    return false;
}

void replace_analysis(AppState& s, Analysis next) {
    adopt_analysis(s, next);  // the article's corrections go over every analysis of it
    s.analysis = std::move(next);
    s.dct_input = s.analysis.dct.value;
    s.range.fitted = false;
    ++s.generation;
    s.timeline_items.clear();
    // ids may mean other things in the new analysis: a selection or filter past the end is dropped
    const Analysis& a = s.analysis;
    if (!known_item(a, s.selection.kind, s.selection.id)) s.selection = {};
    if (s.entity_filter >= static_cast<int>(a.entities.size())) s.entity_filter = -1;
    run_search(s);
}

namespace {

// Why an analysis cannot be shown (an error diagnostic, or no sentences), or empty when it can.
std::string unusable_reason(const Analysis& a) {
    for (const Diagnostic& d : a.diagnostics)
        if (d.level == Level::Error) return d.message;
    return a.document.sentences.empty() ? "the input holds no text" : "";
}

// A re-analysis that produced nothing usable: the document stays, the date box shows its date again.
void refuse_reanalysis(AppState& s, const std::string& reason) {
    s.reanalysing = false;
    s.error = "could not re-analyse " + s.name + ": " + reason;
    s.dct_input = s.analysis.dct.value;
}

}  // namespace

void accept_reanalysis(AppState& s, Analysis next, const AnalyzeOptions& options) {
    const std::string reason = unusable_reason(next);
    if (!reason.empty()) return refuse_reanalysis(s, reason);
    s.reanalysing = false;
    replace_analysis(s, std::move(next));
    s.options = options;
    s.options.on_stage = nullptr;  // a host's progress hook belongs to that one run
    s.error.clear();
}

void abandon_reanalysis(AppState& s) {
    if (!s.reanalysing) return;
    s.reanalysing = false;
    s.dct_input = s.analysis.dct.value;
}

void reanalyse(AppState& s, const AnalyzeOptions& options) {
    s.reanalysing = true;  // before asking: an inline analyzer answers (show_reanalysis) before it returns
    s.reanalysis_options = options;
    const uint32_t job = ++s.reanalysis_job;
    if (!s.analyzer || !s.analyzer(job, s.bytes, options)) refuse_reanalysis(s, "no analysis is available here");
}

bool change_publication_date(AppState& s, const std::string& dct) {
    if (s.bytes.empty() || s.reanalysing) return false;
    if (!dct.empty() && !is_valid_iso_date(dct)) {
        s.error = "the publication date must be a real date written YYYY-MM-DD";
        return false;
    }
    AnalyzeOptions options = s.options;
    options.dct = dct;
    reanalyse(s, options);
    return true;
}

// App::load, which analyses inline, is in app/inline/inline_analysis.cpp: the page's viewer does not link the
// analysis at all, its worker core does (web/worker/).

bool App::begin_reading(std::string_view bytes, std::string name) {
    if (ui::import_corrections(*state_, bytes)) return true;  // a corrections file opened: it goes over the article
    abandon_reanalysis(*state_);
    constexpr size_t kShownBytes = 16 * 1024;  // a screen or two of text: the rest waits for the analysis
    size_t end = std::min(bytes.size(), kShownBytes);
    while (end < bytes.size() && end > 0 && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80) --end;
    state_->reading_text.assign(bytes.substr(0, end));
    state_->reading_name = name.empty() ? "the article" : std::move(name);
    return false;
}

bool App::show(Analysis analysis, std::string name) { return show(std::move(analysis), std::move(name), "", {}); }

bool App::show(Analysis analysis, std::string name, std::string bytes, AnalyzeOptions options) {
    AppState& s = *state_;
    s.reading_name.clear();  // whatever was being read has its answer now
    s.reading_text.clear();
    const std::string reason = unusable_reason(analysis);
    if (!reason.empty()) {
        s.error = "could not open " + name + ": " + reason;
        return false;
    }
    s.selection = {};
    s.entity_filter = -1;
    s.reanalysing = false;  // a new document ends any re-analysis of the old one
    story_->clear();        // and any story
    s.name = std::move(name);  // before replace_analysis: the host keeps corrections under it
    replace_analysis(s, std::move(analysis));
    s.error.clear();
    s.bytes = std::move(bytes);  // empty for a ready-made analysis: the date cannot be changed then
    s.options = std::move(options);
    s.options.on_stage = nullptr;
    return true;
}

bool App::set_publication_date(std::string_view dct) { return apply(ChangePublicationDate{std::string(dct)}); }

void App::set_analyzer(Analyzer analyzer) { state_->analyzer = std::move(analyzer); }
bool App::has_analyzer() const { return static_cast<bool>(state_->analyzer); }

namespace {

bool awaited(const AppState& s, uint32_t job) { return s.reanalysing && job == s.reanalysis_job; }

}  // namespace

void App::show_reanalysis(uint32_t job, Analysis analysis) {
    AppState& s = *state_;
    if (!awaited(s, job)) return;  // a new document arrived meanwhile: this result is for the old one
    accept_reanalysis(s, std::move(analysis), s.reanalysis_options);
}

void App::fail_reanalysis(uint32_t job, std::string message) {
    if (awaited(*state_, job)) refuse_reanalysis(*state_, message);
}

void App::draw() {
    AppState& s = *state_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Storylens", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && ImGui::IsKeyPressed('F', false)) s.search.focus_request = true;
    if (s.search.focus_request) s.search.capturing = true;
    if (s.search.capturing) {
        ImGuiIO& input = ImGui::GetIO();
        for (ImWchar c : input.InputQueueCharacters)
            if (c >= 32) append_utf8(s.search.pending, c);  // any letter ("M\xC4\x81ori"), not ASCII alone
        input.InputQueueCharacters.resize(0);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::IsAnyItemActive())
        emit(s, ClearSelection{});
    export_menu_->offered = static_cast<bool>(export_handler_);
    s.narrow = is_narrow(viewport->WorkSize.x, ImGui::GetFontSize());
    export_menu_->touch = s.narrow;
    s.article_drawn = false;
    // a view hidden by set_views (asked for by a fragment, say) gives way to the tab on screen
    if (s.view != View::Article && !(shown_views_ & view_bit(s.view))) s.view = s.tab_shown;
    draw_frame(s);
    ImGui::End();
    apply_queued();
}

void App::draw_frame(AppState& s) {
    const TouchSizes touch_sizes(s.narrow);  // popped before the window ends
    draw_status_bar(s, *export_menu_, static_cast<bool>(open_handler_));
    if (s.narrow) {
        draw_view_tabs(s, shown_views_, true, story_.get());  // a phone: article and views are tabs of one bar
    } else {
        // Article on the left, the chosen view on the right.
        const float width = ImGui::GetContentRegionAvail().x;
        ImGui::BeginChild("article", ImVec2(width * 0.42f, 0), true);
        draw_article(s);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("views", ImVec2(0, 0), false);
        draw_view_tabs(s, shown_views_, false, story_.get());
        ImGui::EndChild();
    }
}

bool App::animating() const {
    // a scroll waits for the article's tab to open without drawing frames meanwhile
    return (state_->scroll_to_sentence >= 0 && state_->article_drawn) || state_->search.focus_request || state_->search.capturing ||
           state_->pending_zoom.factor != 1;
}

std::string App::fragment() const {
    const AppState& s = *state_;
    std::string f = std::string("view=") + view_name(s.view);
    if (!s.selection.kind.empty()) f += "&sel=" + s.selection.kind + ":" + std::to_string(s.selection.id);
    if (s.lanes != view::LaneMode::None) f += std::string("&lanes=") + view::lane_mode_name(s.lanes);
    const std::string story = story_fragment(s, *story_);
    if (!story.empty()) f += "&" + story;
    if (!s.search.query.empty()) {
        f += "&q=";
        for (unsigned char c : s.search.query) {
            if (std::isalnum(c) || c == '-' || c == '_' || c == '.') f += static_cast<char>(c);
            else {
                char b[4];
                std::snprintf(b, sizeof b, "%%%02X", c);
                f += b;
            }
        }
    }
    return f;
}

void App::apply_fragment(std::string_view fragment) {
    AppState& s = *state_;
    int broken_escapes = 0, replaced_bytes = 0;
    // The story article and item come first: a selection in the same link belongs to that article.
    const std::vector<FragmentField> fields = parse_fragment(fragment);
    StoryLink story_link;
    for (const FragmentField& field : fields) take_story_field(field.key, field.value.text, story_link);
    apply_story_link(s, *story_, story_link);
    for (const FragmentField& field : fields) {
        const std::string& key = field.key;
        const std::string& value = field.value.text;
        broken_escapes += field.value.broken_escapes;
        replaced_bytes += field.value.replaced_bytes;
        if (key == "lanes") {
            for (view::LaneMode m : {view::LaneMode::None, view::LaneMode::Source, view::LaneMode::Entity})
                if (value == view::lane_mode_name(m)) apply(SetLanes{m});
        } else if (key == "view") {
            for (View v : {View::Article, View::Timeline, View::Claims, View::Entities, View::Check})
                if (value == view_name(v)) s.view = v;
        } else if (key == "q") {
            apply(Search{value});
        } else if (key == "sel") {
            std::string kind;
            int id = -1;
            if (!parse_selection(value, kind, id)) continue;
            const Analysis& a = s.analysis;
            int sentence = -1;
            if (kind == "event" && id < static_cast<int>(a.events.size())) sentence = a.events[id].sentence;
            if (kind == "claim" && id < static_cast<int>(a.claims.size())) sentence = a.claims[id].sentence;
            if (kind == "entity" && id < static_cast<int>(a.entities.size()))
                sentence = a.entities[id].mentions.empty() ? -1 : a.entities[id].mentions[0].sentence;
            // only known kinds get here: the three above found a sentence, or the kind is "sentence"
            if (kind == "sentence") sentence = id;
            // chosen elsewhere: the claims or entities list shows its row
            if (sentence >= 0 || kind == "sentence") apply(SelectItem{kind, id, sentence, true});
        }
    }
    // A link mangled on the way (a truncated or non-UTF-8 escape) still opens; the status line says what was kept.
    if (broken_escapes > 0)
        s.error = "the link had " + std::to_string(broken_escapes) +
                  " percent-escape(s) that make no character (such as %C3 or %FF); kept as written";
    else if (replaced_bytes > 0)
        s.error = "the link had " + std::to_string(replaced_bytes) + " invalid byte(s), replaced with U+FFFD";
}

void App::report(std::string message) { state_->error = well_formed_utf8(message).text; }

std::string App::state_json() const {
    const AppState& s = *state_;
    const Analysis& a = s.analysis;
    nlohmann::json items = nlohmann::json::array();
    for (const TimelineItem& t : s.timeline_items) {
        nlohmann::json item = {{"event", t.event}, {"x", t.x}, {"y", t.y}};
        if (t.label_x1 > t.label_x0)
            item["label"] = {{"text", t.event < s.timeline_cache.labels.size() ? s.timeline_cache.labels[t.event] : ""},
                             {"x0", t.label_x0}, {"y0", t.label_y0}, {"x1", t.label_x1}, {"y1", t.label_y1}};
        items.push_back(std::move(item));
    }
    nlohmann::json commands = nlohmann::json::array();
    for (const Command& c : last_commands_) commands.push_back(command_name(c));
    nlohmann::json tabs = nlohmann::json::array();
    for (const AppState::TabPlace& t : s.tabs) tabs.push_back({{"view", view_name(t.view)}, {"x", t.x}, {"y", t.y}});
    nlohmann::json j = {
        {"document", s.name},
        {"reading", s.reading_name},  // a document the host is analysing, "" when none
        {"status", status_title_text(status_title(s))},  // the status line's first words
        {"sentences", a.document.sentences.size()},
        {"error", s.error},
        {"warnings", status_line_warnings(a)},  // the analysis's warnings as the status line shows them
        {"theme", s.theme},
        {"view", view_name(s.view)},
        {"lanes", view::lane_mode_name(s.lanes)},
        {"timeline_range", {{"first_day", s.range.first_day}, {"last_day", s.range.last_day}}},
        {"dct", {{"value", a.dct.value}, {"origin", dct_origin_name(a.dct.origin)}, {"reanalysing", s.reanalysing}}},
        {"layout", s.narrow ? "narrow" : "wide"},
        {"tabs", tabs},
        {"article", {{"scroll_y", s.article_scroll_y}, {"line", s.article_line}, {"shown", s.article_drawn}}},
        {"text_input", ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput},
        {"selection", {{"kind", s.selection.kind}, {"id", s.selection.id}, {"sentence", s.selection.sentence}}},
        {"entity_filter", s.entity_filter},
        {"commands", commands},  // what the last frame's views asked for
        {"search", {{"query", s.search.query}, {"results", s.search.matches.size()}}},
        {"timeline_items", items},
        {"export_menu", export_menu_json(*export_menu_)},
        {"story", nlohmann::json::parse(story_state_json(*story_))},
        {"check", nlohmann::json::parse(check_state_json(s))},
        {"counts",
         {{"events", a.timeline.size()}, {"claims", a.claims.size()}, {"entities", a.entities.size()},
          {"timexes", a.timexes.size()}}},
    };
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);  // never throws on bad text
}

void App::focus_search() {
    state_->search.focus_request = true;
    state_->search.capturing = true;
}

bool App::wants_text() const {
    return state_->search.focus_request || state_->search.capturing ||
           (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput);
}

void App::zoom_timeline(float factor, float x) {
    if (!(factor > 1e-6f && factor < 1e6f)) return;  // a bogus gesture (NaN, 0, inf) is ignored
    state_->pending_zoom.factor *= factor;
    state_->pending_zoom.x = x;
}

void App::set_theme(std::string_view theme) { apply(SetTheme{std::string(theme)}); }
const std::string& App::theme() const { return state_->theme; }

namespace {

// The outline's date of an event: its span, date or duration in words as the timeline's tooltip says it, else its
// value read aloud ("the present"); empty when undated.
std::string outline_date_words(const Event& e) {
    const std::string words = view::event_date_words(e);
    return words.empty() && !e.when.time.empty() ? view::timex_date_words(e.when.time) : words;
}

}  // namespace

std::string App::outline_json() const {
    const Analysis& a = state_->analysis;
    nlohmann::json events = nlohmann::json::array(), claims = nlohmann::json::array();
    for (uint32_t id : a.timeline) {
        const Event& e = a.events[id];
        nlohmann::json event{
            {"id", e.id}, {"date", timex3_value(e.when.time)}, {"date_words", outline_date_words(e)}, {"text", e.text}};
        if (view::date_is_provisional(a, e)) event["provisional"] = true;  // read out: the date is a guess
        events.push_back(std::move(event));
    }
    nlohmann::json entities = nlohmann::json::array();
    for (const Entity& e : a.entities) entities.push_back({{"id", e.id}, {"name", e.name}, {"type", describe_entity(e)}});
    for (const Claim& c : a.claims) {
        const std::string source =
            c.source_entity >= 0 ? a.entities[c.source_entity].name : c.source.text;
        claims.push_back({{"id", c.id}, {"source", source}, {"cue", c.cue.text}, {"content", c.content.text}});
    }
    return nlohmann::json{{"events", events}, {"claims", claims}, {"entities", entities},
                          {"sentences", a.document.sentences.size()}, {"article", article_mirror_json(a)}}.dump(-1, ' ', false,
                                                                     nlohmann::json::error_handler_t::replace);
}

const Analysis& App::analysis() const { return state_->analysis; }
uint64_t App::generation() const { return state_->generation; }

void App::set_views(std::string_view views) {
    unsigned shown = 0;
    for (View v : {View::Timeline, View::Claims, View::Entities, View::Check})
        for (size_t start = 0; start <= views.size();) {
            const size_t comma = std::min(views.find(',', start), views.size());
            if (views.substr(start, comma - start) == view_name(v)) shown |= view_bit(v);
            start = comma + 1;
        }
    shown_views_ = shown ? shown : ~0u;
    // The current tab may have been hidden: the first one still shown takes its place.
    AppState& s = *state_;
    if (!(shown_views_ & view_bit(s.view)))
        for (View v : {View::Timeline, View::Claims, View::Entities, View::Check})
            if (shown_views_ & view_bit(v)) {
                s.view = v;
                break;
            }
}

void App::set_export_handler(ExportHandler handler) {
    export_handler_ = std::move(handler);
    set_corrections_download(*state_, export_handler_);
}
void App::set_open_handler(std::function<void()> handler) {
    open_handler_ = std::move(handler);
    state_->check->open_file = open_handler_;
}
void App::set_corrections_store(CorrectionsStore store) { state_->check->store = std::move(store); }
std::string App::corrections_json() const { return corrections_file(*state_); }
bool App::import_corrections(std::string_view json) { return ui::import_corrections(*state_, json); }

bool App::export_as(std::string_view format_name) {
    const ExportFormat* format = find_export_format(format_name);
    if (!format || !export_handler_) return false;
    export_handler_(*format, export_file_name(state_->name, *format), format->write(state_->analysis));
    // ClaimReview holds reviewed claims only: the status line says how many that was
    if (format_name == "claimreview") state_->error = claimreview_status(state_->analysis);
    return true;
}

}  // namespace storylens::ui
