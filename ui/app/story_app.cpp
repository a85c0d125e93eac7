// story_app.cpp — building the open story from its articles, opening a story article at a sentence, and the
// story's part of the JSON snapshot hosts and tests read.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "app/story_state.hpp"

namespace storylens::ui {

namespace {

void index_outlets(StoryState& st) {
    st.outlets.clear();
    st.outlet_of_article.clear();
    for (const StoryArticleInfo& info : st.story.articles) {
        uint32_t k = 0;
        while (k < st.outlets.size() && st.outlets[k] != info.outlet) ++k;
        if (k == st.outlets.size()) st.outlets.push_back(info.outlet);
        st.outlet_of_article.push_back(k);
    }
}

// The first usable article: a story may keep an unusable one in its list (its index must hold).
int first_usable(const StoryState& st) {
    for (size_t i = 0; i < st.articles.size(); ++i)
        if (!st.articles[i].analysis.document.sentences.empty()) return static_cast<int>(i);
    return -1;
}

}  // namespace

bool build_story(AppState& s, StoryState& st) {
    Result<Story> built = analyze_story(st.articles);
    st.warnings.clear();
    for (const Diagnostic& d : built.diagnostics)
        if (d.level != Level::Info) st.warnings.push_back(d.message);
    const int first = first_usable(st);
    if (!built.ok() || first < 0) {
        s.error = built.diagnostics.empty() || built.ok() ? "none of the story's articles holds usable text"
                                                          : built.diagnostics.front().message;
        return false;
    }
    st.story = std::move(built.value);
    st.shown = true;
    st.select_tab = true;
    index_outlets(st);
    st.source_order.resize(st.story.sources.size());
    for (uint32_t i = 0; i < st.source_order.size(); ++i) st.source_order[i] = i;
    std::stable_sort(st.source_order.begin(), st.source_order.end(), [&](uint32_t a, uint32_t b) {
        return st.story.sources[a].claims.size() > st.story.sources[b].claims.size();
    });
    open_story_article(s, st, static_cast<uint32_t>(first), "", -1, -1);
    if (!st.warnings.empty()) s.error = st.warnings.front();
    return true;
}

void open_story_article(AppState& s, StoryState& st, uint32_t article, const char* kind, int id, int sentence) {
    if (article >= st.articles.size() || st.articles[article].analysis.document.sentences.empty()) return;
    if (static_cast<int>(article) != st.current_article) {
        // a copy: the story keeps every analysis, the article pane owns the one on screen
        s.selection = {};
        s.entity_filter = -1;
        s.reanalysing = false;
        replace_analysis(s, st.articles[article].analysis);
        const StoryArticleInfo& info = st.story.articles[article];
        s.name = info.outlet.empty() ? info.label : info.label + " (" + info.outlet + ")";
        s.bytes.clear();  // a story article's date comes from the story, not the status line
        s.error.clear();
        st.current_article = static_cast<int>(article);
    }
    if (kind && *kind) select(s, kind, id, sentence);
    else s.selection = {};
    if (sentence >= 0) s.scroll_to_sentence = sentence;
}

std::string story_state_json(const StoryState& st) {
    const Story& story = st.story;
    size_t merged = 0;
    for (const StoryEvent& e : story.events)
        for (const StoryEventReport& r : e.reports)
            if (r.article != e.reports.front().article) {
                ++merged;
                break;
            }
    nlohmann::json items = nlohmann::json::array();
    for (const StoryItem& item : st.items) items.push_back({{"kind", item.kind}, {"id", item.id}, {"x", item.x}, {"y", item.y}});
    nlohmann::json j = {
        {"shown", st.shown},
        {"articles", st.shown ? story.articles.size() : st.articles.size()},
        {"events", story.events.size()},
        {"merged_events", merged},
        {"entities", story.entities.size()},
        {"sources", story.sources.size()},
        {"claims", story.claims.size()},
        {"outlets", st.outlets},
        {"current_article", st.current_article},
        {"tab", st.tab_active},
        {"items", items},
        {"warnings", st.warnings},
    };
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool App::add_story_article(Analysis analysis, std::string label, std::string outlet, std::string published) {
    StoryState& st = *story_;
    for (const Diagnostic& d : analysis.diagnostics)
        if (d.level == Level::Error) {
            state_->error = "could not add " + label + " to the story: " + d.message;
            return false;
        }
    if (analysis.document.sentences.empty()) {
        state_->error = "could not add " + label + " to the story: it holds no text";
        return false;
    }
    StoryArticle article;
    article.analysis = std::move(analysis);
    article.label = std::move(label);
    article.outlet = std::move(outlet);
    article.published = std::move(published);
    st.pending.push_back(std::move(article));
    return true;
}

bool App::show_story(bool extend) {
    StoryState& st = *story_;
    if (st.pending.empty()) {
        if (state_->error.empty()) state_->error = "no article of the story holds usable text";
        return false;
    }
    extend = extend && st.shown;
    const int keep = extend ? st.current_article : -1;
    if (extend) {
        for (StoryArticle& a : st.pending) st.articles.push_back(std::move(a));
    } else {
        st.articles = std::move(st.pending);
    }
    st.pending.clear();
    st.current_article = -1;  // the article pane is filled again from the new story
    state_->reading_name.clear();  // the story's articles were read
    state_->reading_text.clear();
    if (!build_story(*state_, st)) return false;
    if (keep >= 0) ::storylens::ui::open_story_article(*state_, st, static_cast<uint32_t>(keep), "", -1, -1);
    return true;
}

void App::discard_pending_story() {
    story_->pending.clear();
    abandon_reanalysis(*state_);  // a story is being collected: the article on screen gets no new date now
}

void App::set_add_article_handler(std::function<void()> handler) { story_->add_article = std::move(handler); }

bool App::open_story_article(int article, int sentence) {
    if (article < 0) return false;
    return apply(OpenStoryArticle{static_cast<uint32_t>(article), sentence >= 0 ? "sentence" : "", sentence, sentence});
}

}  // namespace storylens::ui
