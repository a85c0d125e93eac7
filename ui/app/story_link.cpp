// story_link.cpp — the story article and story item in the viewer's URL fragment (see story_link.hpp).
#include "app/story_link.hpp"

#include "app/untrusted_input.hpp"

namespace storylens::ui {

namespace {

// The story event (claim) that holds `article`'s event (claim) `local`, an id of that article's analysis; -1.
int event_of(const Story& story, int article, int local) {
    for (const StoryEvent& e : story.events)
        for (const StoryEventReport& r : e.reports)
            if (static_cast<int>(r.article) == article && static_cast<int>(r.event) == local) return static_cast<int>(e.id);
    return -1;
}

int claim_of(const Story& story, int article, int local) {
    for (const StoryClaim& c : story.claims)
        for (const StoryClaimReport& r : c.reports)
            if (static_cast<int>(r.article) == article && static_cast<int>(r.claim) == local) return static_cast<int>(c.id);
    return -1;
}

}  // namespace

std::string story_fragment(const AppState& s, const StoryState& st) {
    if (!st.shown || st.current_article < 0) return "";
    std::string f = "article=" + std::to_string(st.current_article);
    const int event = s.selection.kind == "event" ? event_of(st.story, st.current_article, s.selection.id) : -1;
    const int claim = s.selection.kind == "claim" ? claim_of(st.story, st.current_article, s.selection.id) : -1;
    if (event >= 0) f += "&story=event:" + std::to_string(event);
    else if (claim >= 0) f += "&story=claim:" + std::to_string(claim);
    return f;
}

bool take_story_field(std::string_view key, std::string_view value, StoryLink& link) {
    if (key == "article") {
        std::string kind;
        int id = -1;
        // "article=N" read as "a:N" so the digits are checked alike
        if (parse_selection("a:" + std::string(value), kind, id)) link.article = id;
        return true;
    }
    if (key != "story") return false;
    std::string kind;
    int id = -1;
    if (parse_selection(value, kind, id) && (kind == "event" || kind == "claim")) {
        link.kind = kind;
        link.id = id;
    }
    return true;
}

void apply_story_link(AppState& s, StoryState& st, const StoryLink& link) {
    if (!st.shown) return;
    const Story& story = st.story;
    const bool linked_article = link.article >= 0 && link.article < static_cast<int>(st.articles.size());
    if (link.kind == "event" && link.id >= 0 && link.id < static_cast<int>(story.events.size())) {
        const StoryEvent& e = story.events[link.id];
        const StoryEventReport* pick = &e.reports.front();
        for (const StoryEventReport& r : e.reports)
            if (linked_article && static_cast<int>(r.article) == link.article) { pick = &r; break; }
        open_story_article(s, st, pick->article, "event", static_cast<int>(pick->event), static_cast<int>(pick->sentence));
    } else if (link.kind == "claim" && link.id >= 0 && link.id < static_cast<int>(story.claims.size())) {
        const StoryClaim& c = story.claims[link.id];
        const StoryClaimReport* pick = &c.reports.front();
        for (const StoryClaimReport& r : c.reports)
            if (linked_article && static_cast<int>(r.article) == link.article) { pick = &r; break; }
        open_story_article(s, st, pick->article, "claim", static_cast<int>(pick->claim), static_cast<int>(pick->sentence));
    } else if (linked_article) {
        open_story_article(s, st, static_cast<uint32_t>(link.article), "", -1, -1);
    } else {
        return;
    }
    st.select_tab = true;
}

}  // namespace storylens::ui
