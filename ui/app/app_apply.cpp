// app_apply.cpp — App::apply, the one owner of the viewer's state: every command a view emitted this frame (and
// every host call that does what a click would) changes the state here, after the frame is drawn.
#include <variant>

#include "app/app.hpp"
#include "app/app_state.hpp"
#include "app/check_state.hpp"
#include "app/story_state.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

template <class... Handlers>
struct Overloaded : Handlers... {
    using Handlers::operator()...;
};
template <class... Handlers>
Overloaded(Handlers...) -> Overloaded<Handlers...>;

}  // namespace

const char* command_name(const Command& command) {
    return std::visit(Overloaded{
                          [](const SelectItem&) { return "select"; },
                          [](const ShowView&) { return "show view"; },
                          [](const ClearSelection&) { return "clear selection"; },
                          [](const FilterByEntity&) { return "filter by entity"; },
                          [](const Search&) { return "search"; },
                          [](const NextMatch&) { return "next match"; },
                          [](const ChangePublicationDate&) { return "change publication date"; },
                          [](const SetLanes&) { return "set lanes"; },
                          [](const SetTheme&) { return "set theme"; },
                          [](const OpenStoryArticle&) { return "open story article"; },
                          [](const ExportAs&) { return "export"; },
                          [](const OpenFile&) { return "open file"; },
                          [](const AddStoryArticle&) { return "add story article"; },
                          [](const AddCorrection&) { return "add correction"; },
                          [](const RemoveCorrection&) { return "remove correction"; },
                          [](const ExportCorrections&) { return "export corrections"; },
                      },
                      command);
}

bool App::apply(const Command& command) {
    AppState& s = *state_;
    return std::visit(
        Overloaded{
            [&](const SelectItem& c) {
                if (!known_item(s.analysis, c.kind, c.id)) return false;
                select(s, c.kind.c_str(), c.id, c.sentence);
                if (c.reveal && c.kind == "claim") s.claims_scroll_to_selection = true;
                if (c.reveal && c.kind == "entity") s.entities_scroll_to_selection = true;
                return true;
            },
            [&](const ShowView& c) {
                if (c.view != View::Article && !(shown_views_ & view_bit(c.view))) return false;
                s.view = c.view;
                return true;
            },
            [&](const ClearSelection&) {
                s.selection = {};
                s.entity_filter = -1;
                return true;
            },
            [&](const FilterByEntity& c) {
                if (c.entity >= static_cast<int>(s.analysis.entities.size())) return false;
                s.entity_filter = c.entity < 0 ? -1 : c.entity;
                s.range.fitted = false;  // the timeline refits to what the filter leaves
                return true;
            },
            [&](const Search& c) {
                s.search.query = c.query;
                s.search.box = c.query;  // a search from a link shows in the box
                run_search(s);
                return true;
            },
            [&](const NextMatch&) {
                if (s.search.matches.empty()) return false;
                s.search.current = (s.search.current + 1) % static_cast<int>(s.search.matches.size());
                const int sentence =
                    static_cast<int>(s.analysis.document.sentence_at(s.search.matches[s.search.current]));
                select(s, "sentence", sentence, sentence);
                return true;
            },
            [&](const ChangePublicationDate& c) {
                s.dct_input = c.dct;
                return change_publication_date(s, c.dct);
            },
            [&](const SetLanes& c) {
                s.lanes = c.lanes;
                return true;
            },
            [&](const SetTheme& c) {
                s.theme = c.theme == "light" ? "light" : "dark";
                apply_theme(s.theme);
                return true;
            },
            [&](const OpenStoryArticle& c) {
                StoryState& st = *story_;
                if (!st.shown || c.article >= st.articles.size()) return false;
                ::storylens::ui::open_story_article(s, st, c.article, c.kind.c_str(), c.id, c.sentence);
                return st.current_article == static_cast<int>(c.article);
            },
            [&](const ExportAs& c) { return export_as(c.format); },
            [&](const OpenFile&) {
                if (!open_handler_) return false;
                open_handler_();
                return true;
            },
            [&](const AddStoryArticle&) {
                if (!story_->add_article) return false;
                story_->add_article();
                return true;
            },
            [&](const AddCorrection& c) {
                add_correction(s, c.correction);
                return true;
            },
            [&](const RemoveCorrection& c) {
                if (c.index >= s.check->corrections.list.size()) return false;
                remove_correction(s, c.index);
                return true;
            },
            [&](const ExportCorrections&) {
                if (!s.check->save_file) return false;
                s.check->save_file(corrections_file_name(s.name), corrections_file(s));
                return true;
            },
        },
        command);
}

const CommandQueue& App::last_commands() const { return last_commands_; }

void App::apply_queued() {
    last_commands_.clear();
    last_commands_.swap(state_->commands);  // applying may not emit, but a command must not see its own queue grow
    for (const Command& command : last_commands_) apply(command);
}

}  // namespace storylens::ui
