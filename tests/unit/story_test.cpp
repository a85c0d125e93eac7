// story_test.cpp — analyze_story(): goldens of the three story formats on tests/story/harbor_*.txt, and the
// linking rules on hand-made analyses (one row per rule).
// Regenerate the goldens after an intended change: STORYLENS_UPDATE_GOLDEN=1 build/<dir>/tests/storylens_core_tests
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "storylens/story.hpp"
#include "test_support.hpp"

namespace storylens {
namespace {

using testing::read_file;
using testing::source_path;

bool updating() {
    const char* v = std::getenv("STORYLENS_UPDATE_GOLDEN");
    return v && *v && std::string(v) != "0";
}

std::vector<StoryArticle> harbor_story() {
    struct Input { const char* file; const char* date; const char* outlet; };
    const Input inputs[] = {{"harbor_ledger.txt", "2024-11-14", "The Ledger"},
                            {"harbor_courier.txt", "2024-11-15", "The Courier"},
                            {"harbor_wire.txt", "2024-11-15", "Wire"}};
    std::vector<StoryArticle> articles;
    for (const Input& in : inputs) {
        AnalyzeOptions options;
        options.dct = in.date;
        StoryArticle a;
        a.analysis = analyze(read_file(source_path(std::string("tests/story/") + in.file)), options);
        a.label = in.file;
        a.outlet = in.outlet;
        articles.push_back(std::move(a));
    }
    return articles;
}

void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = source_path("tests/story/" + name);
    if (updating()) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    const std::string expected = read_file(path);
    ASSERT_FALSE(expected.empty()) << "missing golden " << path << " (run with STORYLENS_UPDATE_GOLDEN=1)";
    EXPECT_EQ(expected, actual) << "story export differs from " << path;
}

TEST(StoryGolden, HarborStoryInEveryFormat) {
    const Result<Story> story = analyze_story(harbor_story());
    EXPECT_TRUE(story.ok());
    check_golden("harbor.story.json", to_story_json(story.value));
    check_golden("harbor.timelinejs.json", to_story_timelinejs(story.value));
    check_golden("harbor.csv", to_story_csv(story.value));
}

TEST(StoryGolden, HarborStoryLinksAcrossArticles) {
    const Story story = analyze_story(harbor_story()).value;
    auto entity = [&](const std::string& name) -> const StoryEntity* {
        for (const StoryEntity& e : story.entities)
            if (e.name == name) return &e;
        return nullptr;
    };
    ASSERT_NE(entity("Maria Okafor"), nullptr);
    EXPECT_EQ(entity("Maria Okafor")->members.size(), 2u);
    bool merged_strike = false, figures = false, negation = false, repeated = false;
    for (const StoryEvent& e : story.events) merged_strike |= e.reports.size() >= 2 && e.interval.start == "2024-11-14";
    for (const StoryClaim& c : story.claims) {
        repeated |= c.outlets.size() == 2;
        for (const StoryRevision& r : c.revises) (r.reason == "figures" ? figures : negation) = true;
    }
    EXPECT_TRUE(merged_strike);
    EXPECT_TRUE(repeated);
    EXPECT_TRUE(figures);
    EXPECT_TRUE(negation);
}

// Hand-made articles: each row names entities per article and whether the first two end up as one.
Entity person(uint32_t id, const std::string& name) {
    Entity e;
    e.id = id;
    e.name = name;
    e.type = EntityType::Person;
    e.mentions = {{{0, static_cast<uint32_t>(name.size())}, 0}};
    return e;
}

StoryArticle article_with(std::vector<Entity> entities) {
    StoryArticle a;
    a.analysis.entities = std::move(entities);
    a.published = "2016-02-01";
    return a;
}

struct MergeRow {
    const char* why;
    std::vector<std::vector<std::string>> names;  // per article
    bool first_two_merged;                        // article 0's first name and article 1's first name
};

TEST(StoryEntities, MergeNeedsEvidenceBeyondASharedSurname) {
    const std::vector<MergeRow> rows = {
        {"same first and last name", {{"Hillary Clinton"}, {"Hillary Rodham Clinton"}}, true},
        {"title and suffix aside", {{"Sen. Bernie Sanders Jr."}, {"Bernie Sanders"}}, true},
        {"unique surname in the story", {{"Ted Cruz"}, {"Cruz"}}, true},
        {"two people share the surname", {{"Bill Clinton"}, {"Clinton"}, {"Hillary Clinton"}}, false},
        {"different first names", {{"Jeb Bush"}, {"George Bush"}}, false},
        {"own: surname alone in both", {{"Rubio"}, {"Rubio"}}, true},
    };
    for (const MergeRow& row : rows) {
        std::vector<StoryArticle> articles;
        for (const std::vector<std::string>& names : row.names) {
            std::vector<Entity> entities;
            for (const std::string& n : names) entities.push_back(person(static_cast<uint32_t>(entities.size()), n));
            articles.push_back(article_with(entities));
        }
        const Story story = analyze_story(articles).value;
        bool merged = false;
        for (const StoryEntity& e : story.entities) {
            bool in0 = false, in1 = false;
            for (const StoryEntityMember& m : e.members) {
                in0 |= m.article == 0 && m.entity == 0;
                in1 |= m.article == 1 && m.entity == 0;
            }
            merged |= in0 && in1;
        }
        EXPECT_EQ(merged, row.first_two_merged) << row.why;
    }
}

TEST(StoryEntities, TypesNeverMixPeopleAndPlaces) {
    Entity place = person(0, "Washington");
    place.type = EntityType::Place;
    const Story story = analyze_story({article_with({person(0, "George Washington")}), article_with({place}),
                                       article_with({person(0, "Washington")})})
                            .value;
    for (const StoryEntity& e : story.entities)
        for (const StoryEntityMember& m : e.members)
            if (m.article == 1) EXPECT_EQ(e.members.size(), 1u);
}

TEST(StoryErrors, UnusableArticleIsAWarningAndKeepsIndices) {
    std::vector<StoryArticle> articles = {article_with({person(0, "Ted Cruz")})};
    articles.push_back(StoryArticle{analyze("{\"headline\": 3}", {}), "broken.json", "", "", "", ""});
    articles.push_back(article_with({person(0, "Cruz")}));
    const Result<Story> story = analyze_story(articles);
    EXPECT_TRUE(story.ok());
    ASSERT_EQ(story.value.articles.size(), 3u);
    bool warned = false;
    for (const Diagnostic& d : story.diagnostics) warned |= d.code == "story.article_unusable";
    EXPECT_TRUE(warned);
    EXPECT_EQ(story.value.entities.size(), 1u);
    EXPECT_TRUE(analyze_story({}).ok());
}

}  // namespace
}  // namespace storylens

namespace storylens {
namespace {

// One article holding one event (gist and sentence `text`, dated `day`) with the named people as participants.
StoryArticle article_with_event(const std::string& text, const std::string& day, std::vector<std::string> people) {
    StoryArticle a;
    a.published = day;
    a.analysis.source.text = text;
    a.analysis.document = segment(text);
    std::vector<Entity> entities;
    Event e;
    e.text = text;
    e.interval = {day, day, "day"};
    e.when.time = timex3(day);
    for (const std::string& n : people) {
        Entity p = person(static_cast<uint32_t>(entities.size()), n);
        e.participants.push_back(p.id);
        entities.push_back(p);
    }
    a.analysis.entities = entities;
    a.analysis.events = {e};
    return a;
}

struct EventRow {
    const char* why;
    const char* text_a; const char* day_a;
    const char* text_b; const char* day_b;
    std::vector<std::string> people_a, people_b;
    bool merged;
    bool disagree;
};

TEST(StoryEvents, SameHappeningAcrossArticles) {
    const std::vector<EventRow> rows = {
        // shortened from PolNeAR train (huff-post and wash-post of 2016-06-09): the same primaries
        {"shared participant and sentence words",
         "Clinton garnered most the convention's pledged delegates after winning primaries in California Tuesday night.",
         "2016-06-07",
         "Little noticed in Clinton's resounding victories in California Tuesday: She clinched a majority of pledged delegates.",
         "2016-06-07", {"Hillary Clinton"}, {"Hillary Clinton"}, true, false},
        // shortened from PolNeAR train (huff-post and wash-post of 2016-06-09)
        {"same day, same person, other happening",
         "Hillary Clinton avoided confrontations with the committee.", "2016-06-08",
         "Hillary Clinton said she called Sanders on the phone.", "2016-06-08", {"Hillary Clinton"}, {"Hillary Clinton"},
         false, false},
        // own rows
        {"same words, other day far apart",
         "Dockworkers ended their strike at the port.", "2024-11-14",
         "Dockworkers ended their strike at the port.", "2024-11-20", {"Maria Okafor"}, {"Maria Okafor"}, false, false},
        {"a day apart: one event, dates disagree",
         "Dockworkers ended their strike at the port of Rotterdam.", "2024-11-14",
         "Dockworkers ended their strike at the port of Rotterdam.", "2024-11-15", {"Maria Okafor"}, {"Maria Okafor"},
         true, true},
    };
    for (const EventRow& row : rows) {
        const Story story = analyze_story({article_with_event(row.text_a, row.day_a, row.people_a),
                                           article_with_event(row.text_b, row.day_b, row.people_b)})
                                .value;
        bool merged = false, disagree = false;
        for (const StoryEvent& e : story.events)
            if (e.reports.size() == 2) merged = true, disagree = e.dates_disagree;
        EXPECT_EQ(merged, row.merged) << row.why;
        EXPECT_EQ(disagree, row.disagree) << row.why;
    }
}

// A dateline ("ROTTERDAM —") is where the article was filed: its capitals are no words of the event's sentence, so
// two happenings of one day filed from one city stay apart, and one happening filed from two cities still merges.
TEST(StoryEvents, DatelineIsNoEventWord) {
    const auto filed = [](const std::string& dateline, const std::string& event_text, const std::string& day) {
        StoryArticle a = article_with_event(dateline + " " + event_text, day, {"Maria Okafor"});
        a.analysis.source.dateline.present = true;
        a.analysis.source.dateline.location = dateline.substr(0, dateline.find(' '));
        a.analysis.source.dateline.span = {0, static_cast<uint32_t>(dateline.size())};
        a.analysis.events[0].text = event_text;
        return a;
    };
    const struct {
        const char* why;
        const char* dateline_a; const char* text_a;
        const char* dateline_b; const char* text_b;
        bool merged;
    } rows[] = {
        {"one city, two happenings", "ROTTERDAM PORT AUTHORITY \xE2\x80\x94", "Okafor met the unions.",
         "ROTTERDAM PORT AUTHORITY \xE2\x80\x94", "Okafor opened a terminal.", false},  // own
        {"two cities, one happening", "ROTTERDAM \xE2\x80\x94", "Dockworkers ended their strike at the port.",
         "HAMBURG \xE2\x80\x94", "Dockworkers ended their strike at the port.", true},  // own
    };
    for (const auto& row : rows) {
        const Story story = analyze_story({filed(row.dateline_a, row.text_a, "2024-11-14"),
                                           filed(row.dateline_b, row.text_b, "2024-11-14")})
                                .value;
        bool merged = false;
        for (const StoryEvent& e : story.events) merged = merged || e.reports.size() == 2;
        EXPECT_EQ(merged, row.merged) << row.why;
    }
}

// Two articles, each with one claim by the same resolved person.
StoryArticle article_with_claim(const std::string& content, const std::string& day) {
    StoryArticle a = article_with({person(0, "Maria Okafor")});
    a.published = day;
    Claim c;
    c.source = {"Maria Okafor", {0, 12}};
    c.source_entity = 0;
    c.content = {content, {20, static_cast<uint32_t>(20 + content.size())}};
    a.analysis.claims = {c};
    return a;
}

struct ClaimRow {
    const char* why;
    const char* earlier; const char* later;
    size_t claims;          // story claims made of the two
    const char* revision;   // reason on the later claim, "" for none
};

TEST(StoryClaims, RepeatsAndRevisions) {
    const std::vector<ClaimRow> rows = {
        // own rows (the story harbor texts and their like)
        {"repeated by another outlet", "he would work with her to defeat Donald Trump in November",
         "he would work with her to defeat Donald Trump in November", 1, ""},
        {"negation flips", "the strike had hurt exports badly this month", "the strike had not hurt exports badly this month", 2,
         "negation"},
        {"figures change", "1,700 workers had walked out of the port", "2,000 workers had walked out of the port", 2, "figures"},
        {"other gist", "the backlog would be cleared by Monday", "the union would meet again in March", 2, ""},
    };
    for (const ClaimRow& row : rows) {
        const Story story = analyze_story({article_with_claim(row.earlier, "2024-11-14"),
                                           article_with_claim(row.later, "2024-11-15")})
                                .value;
        EXPECT_EQ(story.claims.size(), row.claims) << row.why;
        EXPECT_EQ(story.sources.size(), 1u) << row.why;
        const std::string reason = story.claims.size() == 2 && !story.claims[1].revises.empty()
                                       ? story.claims[1].revises[0].reason : "";
        EXPECT_EQ(reason, row.revision) << row.why;
    }
}

}  // namespace
}  // namespace storylens
