// story.hpp — many analysed articles about one story as one set of entities, one timeline and one who-said-what.
// analyze_story() only links what analyze() found in each article; every story item points back to its article
// and sentence. Work grows linearly with the number of articles: items are bucketed by folded keys (names, dates,
// word shingles) and compared only inside their bucket.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "storylens/analysis.hpp"

namespace storylens {

inline constexpr const char* kStorySchemaVersion = "storylens.story/1";

struct StoryArticle {
    Analysis analysis;
    std::string label;      // how the caller names it (a file name); defaults to the URL or "article N"
    std::string outlet;     // publisher; defaults to the host of the URL
    std::string published;  // YYYY-MM-DD; defaults to the analysis DCT
    std::string headline;   // defaults to the source headline
    std::string url;        // defaults to the source URL
};

// One place in one article.
struct StoryRef {
    uint32_t article = 0;
    uint32_t sentence = 0;
};

// One article's entity inside a story entity.
struct StoryEntityMember {
    uint32_t article = 0;
    uint32_t entity = 0;                 // the entity id in that article's analysis
    std::string name;                    // as that article names it
    std::vector<Mention> mentions;       // its mentions there, in text order
};

struct StoryEntity {
    uint32_t id = 0;
    std::string name;                    // the fullest name any article gives
    EntityType type = EntityType::Org;
    std::vector<std::string> aliases;    // every other surface form, sorted
    std::vector<std::string> roles;      // roles the articles give, sorted
    std::vector<StoryEntityMember> members;  // by article
    std::string merged_by;               // why the members are one: "same name", "unique surname", ... ("" alone)
};

struct StoryEventReport {
    uint32_t article = 0;
    uint32_t event = 0;                  // the event id in that article's analysis
    uint32_t sentence = 0;
    Span span;                           // the clause or trigger in that article's text
    std::string text;                    // that article's gist
    std::string date;                    // its TIMEX3 value as that article dates it
    Interval interval;
};

struct StoryEvent {
    uint32_t id = 0;
    std::string text;                    // gist of the first report
    Interval interval;                   // the narrowest interval the reports agree on
    std::vector<uint32_t> participants;  // story entity ids
    std::vector<StoryEventReport> reports;  // the first report first, then by article
    uint32_t first_article = 0;          // the article that reported it first (earliest publication)
    bool dates_disagree = false;         // reports give different days for it
    std::string merged_by;               // "shared participants and gist" | "same gist" | ""
};

struct StoryClaimReport {
    uint32_t article = 0;
    uint32_t claim = 0;                  // the claim id in that article's analysis
    uint32_t sentence = 0;
    std::string content;
    std::string said_on;                 // YYYY-MM-DD: the dated act of saying, else the article's date
};

// What a source's later claim changes in an earlier one about the same gist.
struct StoryRevision {
    uint32_t earlier = 0;                // story claim id
    std::string reason;                  // "negation" | "figures"
    std::string detail;                  // "not" added / "1,700 -> 2,000"
};

struct StoryClaim {
    uint32_t id = 0;
    uint32_t source = 0;                 // story source id
    std::string content;                 // as the first report gives it
    std::vector<StoryClaimReport> reports;  // every article that carries it, first said first
    std::vector<std::string> outlets;    // distinct outlets, in report order
    std::vector<StoryRevision> revises;  // earlier claims of the same source it revises or contradicts
};

struct StorySource {
    uint32_t id = 0;
    std::string name;
    int32_t entity = -1;                 // story entity id, -1 when the source is not a resolved entity
    std::vector<uint32_t> claims;        // story claim ids in order of saying
};

struct StoryArticleInfo {
    std::string label, outlet, published, headline, url;
};

struct Story {
    std::vector<StoryArticleInfo> articles;  // in the order given; every article index refers here
    std::vector<StoryEntity> entities;       // ordered by first appearance (article, then mention)
    std::vector<StoryEvent> events;          // the story timeline, oldest first, undated last
    std::vector<StorySource> sources;
    std::vector<StoryClaim> claims;
};

// Never throws. Articles whose analysis carries an error are kept in `articles` (so indices hold) but add no
// items; each is reported as a warning.
Result<Story> analyze_story(const std::vector<StoryArticle>& articles);

// The exports of a story (docs/story.md).
std::string to_story_json(const Story& story);        // the documented story JSON, pretty, deterministic
std::string to_story_timelinejs(const Story& story);  // one TimelineJS3 timeline, a group per outlet
std::string to_story_csv(const Story& story);         // RFC 4180: one row per event report and per claim report

}  // namespace storylens
