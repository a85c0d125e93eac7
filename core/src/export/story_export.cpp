// story_export.cpp — the story's own formats (docs/story.md): story JSON, one TimelineJS timeline, CSV.
#include <nlohmann/json.hpp>

#include "storylens/calendar.hpp"
#include "storylens/export.hpp"
#include "storylens/story.hpp"

namespace storylens {

namespace {

using ojson = nlohmann::ordered_json;

ojson mentions_json(const std::vector<Mention>& mentions) {
    ojson out = ojson::array();
    for (const Mention& m : mentions) out.push_back({{"sentence", m.sentence}, {"start", m.span.start}, {"end", m.span.end}});
    return out;
}

ojson entity_json(const StoryEntity& e) {
    ojson members = ojson::array();
    for (const StoryEntityMember& m : e.members)
        members.push_back({{"article", m.article}, {"entity", m.entity}, {"name", m.name},
                           {"mentions", mentions_json(m.mentions)}});
    return {{"id", e.id}, {"name", e.name}, {"type", entity_type_name(e.type)}, {"aliases", e.aliases},
            {"roles", e.roles}, {"merged_by", e.merged_by}, {"members", members}};
}

ojson event_json(const StoryEvent& e) {
    ojson reports = ojson::array();
    for (const StoryEventReport& r : e.reports)
        reports.push_back({{"article", r.article}, {"event", r.event}, {"sentence", r.sentence},
                           {"start", r.span.start}, {"end", r.span.end}, {"text", r.text},
                           {"date", r.date}});
    return {{"id", e.id}, {"text", e.text}, {"start", e.interval.start}, {"end", e.interval.end},
            {"precision", e.interval.precision}, {"participants", e.participants},
            {"first_article", e.first_article}, {"dates_disagree", e.dates_disagree}, {"merged_by", e.merged_by},
            {"reports", reports}};
}

ojson claim_json(const StoryClaim& c) {
    ojson reports = ojson::array(), revises = ojson::array();
    for (const StoryClaimReport& r : c.reports)
        reports.push_back({{"article", r.article}, {"claim", r.claim}, {"sentence", r.sentence},
                           {"said_on", r.said_on}, {"content", r.content}});
    for (const StoryRevision& r : c.revises)
        revises.push_back({{"claim", r.earlier}, {"reason", r.reason}, {"detail", r.detail}});
    return {{"id", c.id}, {"source", c.source}, {"content", c.content}, {"outlets", c.outlets},
            {"reports", reports}, {"revises", revises}};
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string to_story_json(const Story& story) {
    ojson articles = ojson::array(), entities = ojson::array(), events = ojson::array(), sources = ojson::array(),
          claims = ojson::array();
    for (size_t i = 0; i < story.articles.size(); ++i) {
        const StoryArticleInfo& a = story.articles[i];
        articles.push_back({{"id", i}, {"label", a.label}, {"outlet", a.outlet}, {"published", a.published},
                            {"headline", a.headline}, {"url", a.url}});
    }
    for (const StoryEntity& e : story.entities) entities.push_back(entity_json(e));
    for (const StoryEvent& e : story.events) events.push_back(event_json(e));
    for (const StorySource& s : story.sources)
        sources.push_back({{"id", s.id}, {"name", s.name},
                           {"entity", s.entity < 0 ? ojson(nullptr) : ojson(s.entity)}, {"claims", s.claims}});
    for (const StoryClaim& c : story.claims) claims.push_back(claim_json(c));
    const ojson out = {{"schema", kStorySchemaVersion}, {"articles", articles}, {"entities", entities},
                       {"events", events}, {"sources", sources}, {"claims", claims}};
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string to_story_timelinejs(const Story& story) {
    ojson slides = ojson::array();
    for (const StoryEvent& e : story.events) {
        calendar::Date start;
        if (!calendar::parse_iso_date(e.interval.start, start)) continue;
        const StoryArticleInfo& first = story.articles[e.first_article];
        ojson date = {{"year", start.year}};
        if (e.interval.precision != "year" && e.interval.precision != "decade") date["month"] = start.month;
        if (e.interval.start == e.interval.end) date["day"] = start.day;
        std::string text = "<p>" + std::to_string(e.reports.size()) + (e.reports.size() == 1 ? " report" : " reports");
        if (e.dates_disagree) text += "; the reports disagree on the date";
        text += ":</p><ul>";
        for (const StoryEventReport& r : e.reports) {
            const StoryArticleInfo& a = story.articles[r.article];
            text += "<li>" + escape_html(a.outlet.empty() ? a.label : a.outlet) +
                    (a.published.empty() ? "" : " (" + a.published + ")") + ": " + escape_html(r.text) + "</li>";
        }
        text += "</ul>";
        slides.push_back({{"start_date", date},
                          {"text", {{"headline", escape_html(e.text)}, {"text", text}}},
                          {"group", first.outlet.empty() ? first.label : first.outlet},
                          {"unique_id", "story-event-" + std::to_string(e.id)}});
    }
    std::string title = story.articles.empty() ? std::string("Story") : story.articles.front().headline;
    if (title.empty()) title = "Story";
    const ojson out = {{"title", {{"text", {{"headline", escape_html(title)},
                                            {"text", "<p>" + std::to_string(story.articles.size()) +
                                                         " articles</p>"}}}}},
                       {"events", slides}};
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string to_story_csv(const Story& story) {
    std::string out = "kind,item,date,article,outlet,sentence,source,text\r\n";
    auto row = [&](const char* kind, uint32_t item, const std::string& date, uint32_t article, uint32_t sentence,
                   const std::string& source, const std::string& text) {
        out += std::string(kind) + "," + std::to_string(item) + "," + csv_field(date) + "," +
               csv_field(story.articles[article].label) + "," + csv_field(story.articles[article].outlet) + "," +
               std::to_string(sentence) + "," + csv_field(source) + "," + csv_field(text) + "\r\n";
    };
    for (const StoryEvent& e : story.events)
        for (const StoryEventReport& r : e.reports) row("event", e.id, r.interval.start, r.article, r.sentence, "", r.text);
    for (const StoryClaim& c : story.claims)
        for (const StoryClaimReport& r : c.reports)
            row("claim", c.id, r.said_on, r.article, r.sentence, story.sources[c.source].name, r.content);
    return out;
}

}  // namespace storylens
