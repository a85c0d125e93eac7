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
