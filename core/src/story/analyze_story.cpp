// analyze_story.cpp — links N analysed articles into one story: entities, then events and claims through them.
#include <string>

#include "story/story_build.hpp"

namespace storylens {

namespace {

// "https://www.example.com/a/b" -> "example.com"
std::string host_of(const std::string& url) {
    size_t start = url.find("://");
    if (start == std::string::npos) return {};
    start += 3;
    const size_t end = url.find_first_of("/?#:", start);
    std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (host.compare(0, 4, "www.") == 0) host.erase(0, 4);
    return host;
}

StoryArticleInfo info_of(const StoryArticle& article, size_t index) {
    StoryArticleInfo info{article.label, article.outlet, article.published, article.headline, article.url};
    const Analysis& a = article.analysis;
    if (info.url.empty()) info.url = a.source.url;
    if (info.headline.empty()) info.headline = a.source.headline;
    if (info.published.empty()) info.published = a.dct.value;
    if (info.published.size() > 10) info.published.resize(10);  // an ISO timestamp keeps its day
    if (info.outlet.empty()) info.outlet = host_of(info.url);
    if (info.label.empty()) info.label = info.url.empty() ? "article " + std::to_string(index + 1) : info.url;
    return info;
}

}  // namespace

Result<Story> analyze_story(const std::vector<StoryArticle>& articles) {
    Result<Story> out;
    Story& story = out.value;
    std::vector<bool> usable(articles.size(), true);
    for (size_t i = 0; i < articles.size(); ++i) {
        story.articles.push_back(info_of(articles[i], i));
        const Diagnostics& d = articles[i].analysis.diagnostics;
        if (has_error(d)) {
            usable[i] = false;
            std::string why;
            for (const Diagnostic& x : d)
                if (x.level == Level::Error) { why = x.message; break; }
            out.diagnostics.push_back({Level::Warning, "story.article_unusable",
                                       "'" + story.articles[i].label + "' adds nothing to the story: " + why, -1});
        } else if (!story.articles[i].published.empty() && !is_valid_iso_date(story.articles[i].published)) {
            out.diagnostics.push_back({Level::Warning, "story.bad_date",
                                       "'" + story.articles[i].label + "' has no usable publication date", -1});
            story.articles[i].published.clear();
        }
        if (usable[i] && story.articles[i].published.empty())
            out.diagnostics.push_back({Level::Info, "story.undated_article",
                                       "'" + story.articles[i].label + "' has no publication date: its claims and "
                                       "reports are ordered after the dated ones", -1});
    }
    if (articles.empty())
        out.diagnostics.push_back({Level::Warning, "story.empty", "a story needs at least one article", -1});
    story::EntityMap entity_of;
    story::link_entities(articles, usable, story, entity_of);
    story::link_events(articles, usable, entity_of, story);
    story::link_claims(articles, usable, entity_of, story);
    return out;
}

}  // namespace storylens
