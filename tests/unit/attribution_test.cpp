// attribution_test.cpp — table-driven checks of entities, claims and events on short news texts.
#include <gtest/gtest.h>

#include "storylens/analysis.hpp"

namespace {

using storylens::analyze;
using storylens::Analysis;
using storylens::AnalyzeOptions;

Analysis run(const std::string& text) {
    AnalyzeOptions options;
    options.dct = "2025-04-05";
    return analyze(text, options);
}

struct EntityCase {
    const char* text;
    const char* name;
    const char* type;
    const char* alias;  // "" when none is expected
};

TEST(Entities, NewsNameTable) {
    const EntityCase cases[] = {
        {"The Syrian Observatory for Human Rights (SOHR) said 40 died. SOHR later raised it.",
         "Syrian Observatory for Human Rights", "ORG", "SOHR"},
        {"President Bashar al-Assad fled. Assad was not seen again.", "Bashar al-Assad", "PERSON", "Assad"},
        {"Amnesty International published a report. Amnesty said more work is needed.", "Amnesty International",
         "ORG", "Amnesty"},
        {"The Syrian government said it would respond. Later the government denied it.", "Syrian government",
         "ORG", "the government"},
        {"Clashes spread to Latakia and Tartous on Friday.", "Latakia", "PLACE", ""},
        {"Clashes spread to Latakia and Tartous on Friday.", "Tartous", "PLACE", ""},
        {"Officials in Germany said the talks failed.", "Germany", "PLACE", ""},
        {"The Ministry of Defence said the operation was over.", "Ministry of Defence", "ORG", ""},
        {"Members of the Alawite minority fled the coast.", "Alawite", "GROUP", ""},
        {"Prime Minister Jane Doe said the vote would go ahead.", "Jane Doe", "PERSON", ""},
        {"The World Health Organization warned of shortages.", "World Health Organization", "ORG", ""},
        {"Violence returned to the Middle East this week.", "Middle East", "PLACE", ""},
    };
    for (const EntityCase& c : cases) {
        const Analysis a = run(c.text);
        const storylens::Entity* found = nullptr;
        for (const auto& e : a.entities)
            if (e.name == c.name) found = &e;
        ASSERT_NE(found, nullptr) << c.text << " -> " << c.name;
        EXPECT_STREQ(storylens::entity_type_name(found->type), c.type) << c.name;
        if (*c.alias) {
            bool has = false;
            for (const auto& alias : found->aliases) has = has || alias == c.alias;
            EXPECT_TRUE(has) << c.name << " should have alias " << c.alias;
        }
    }
}

TEST(Entities, SentenceInitialWordsAreNotNames) {
    const Analysis a = run("Violent clashes broke out. Armed men attacked the town.");
    for (const auto& e : a.entities) EXPECT_NE(e.name, "Violent") << e.name;
    for (const auto& e : a.entities) EXPECT_NE(e.name, "Armed") << e.name;
}

TEST(Entities, RoleAndOrganizationAreKept) {
    const Analysis a = run("Hayat Tahrir al-Sham (HTS) took the city. Former HTS leader Ahmed al-Sharaa spoke.");
    for (const auto& e : a.entities)
        if (e.name == "Ahmed al-Sharaa") {
            EXPECT_NE(e.role.find("leader"), std::string::npos);
            ASSERT_GE(e.organization, 0);
            EXPECT_EQ(a.entities[e.organization].name, "Hayat Tahrir al-Sham");
            return;
        }
    FAIL() << "no Ahmed al-Sharaa";
}

struct ClaimCase {
    const char* text;
    const char* source;   // entity name or source text
    const char* cue;
    const char* kind;
    const char* content_starts;
};

TEST(Claims, StructureTable) {
    const ClaimCase cases[] = {
        {"Police said the suspect fled on foot.", "Police", "said", "indirect", "the suspect fled"},
        {"The mayor said that the bridge would reopen.", "The mayor", "said", "indirect", "the bridge would reopen"},
        {"\"We will rebuild,\" the mayor said.", "the mayor", "said", "direct", "\"We will rebuild"},
        {"\"We will rebuild,\" said Jane Doe.", "Jane Doe", "said", "direct", "\"We will rebuild"},
        {"The minister said: \"Nothing has changed.\"", "The minister", "said", "direct", "\"Nothing has changed"},
        {"The fire started in the kitchen, according to the fire brigade.", "the fire brigade", "according to",
         "indirect", "The fire started"},
        {"According to the United Nations, 200 people died.", "United Nations", "According to", "indirect",
         "200 people died"},
        {"The company warned that profits would fall \"sharply\" this year.", "The company", "warned", "mixed",
         "profits would fall"},
        {"Amnesty International called on the army to \"stop the killings.\"", "Amnesty International",
         "called on", "mixed", "the army to"},
        {"The report read: \"Civilians were targeted.\"", "The report", "read", "direct", "\"Civilians were targeted"},
    };
    for (const ClaimCase& c : cases) {
        const Analysis a = run(c.text);
        bool found = false;
        for (const auto& claim : a.claims) {
            const std::string source =
                claim.source_entity >= 0 ? a.entities[claim.source_entity].name : claim.source.text;
            if (source != c.source || claim.cue.text != c.cue) continue;
            found = true;
            EXPECT_STREQ(storylens::claim_kind_name(claim.kind), c.kind) << c.text;
            EXPECT_EQ(claim.content.text.rfind(c.content_starts, 0), 0u) << c.text << " content: " << claim.content.text;
        }
        EXPECT_TRUE(found) << c.text;
    }
}

TEST(Claims, NounsThatLookLikeCuesAreNotClaims) {
    for (const char* text : {"An Amnesty International report on the violence was published.",
                             "Human rights reports were ignored.", "Civilians accused of helping rebels were held."}) {
        const Analysis a = run(text);
        EXPECT_TRUE(a.claims.empty()) << text << " gave " << a.claims.size() << " claims";
    }
}

TEST(Claims, ParticipleContinuesTheSource) {
    const Analysis a = run("The ministry said the attack was planned, adding that arrests had been made.");
    ASSERT_EQ(a.claims.size(), 2u);
    EXPECT_EQ(a.claims[1].cue.text, "adding");
    EXPECT_EQ(a.claims[1].source_entity, a.claims[0].source_entity);
    EXPECT_EQ(a.claims[1].content.text.rfind("arrests had been made", 0), 0u);
}

TEST(Claims, PronounResolvesToTheLastSource) {
    const Analysis a = run("Amnesty International said the trial was unfair. It added that appeals were denied.");
    ASSERT_EQ(a.claims.size(), 2u);
    ASSERT_GE(a.claims[1].source_entity, 0);
    EXPECT_EQ(a.entities[a.claims[1].source_entity].name, "Amnesty International");
}

TEST(Claims, FiguresInsideContent) {
    const Analysis a = run("More than 200 people were killed, according to the Red Cross.");
    ASSERT_EQ(a.claims.size(), 1u);
    ASSERT_EQ(a.claims[0].figures.size(), 1u);
    EXPECT_EQ(a.claims[0].figures[0].value, "200");
    EXPECT_EQ(a.claims[0].figures[0].unit, "people");
}

TEST(Events, DatedClausesAreOrderedByInterval) {
    const Analysis a = run("The talks collapsed in late January. A ceasefire was signed on 6 March 2025. "
                           "Fighting resumed in early December.");
    ASSERT_EQ(a.timeline.size(), 3u);
    EXPECT_EQ(a.events[a.timeline[0]].when.value, "2024-12");
    EXPECT_EQ(a.events[a.timeline[1]].when.value, "2025-01");
    EXPECT_EQ(a.events[a.timeline[2]].when.value, "2025-03-06");
    EXPECT_EQ(a.events[a.timeline[2]].interval.precision, "day");
    EXPECT_EQ(a.events[a.timeline[1]].interval.start, "2025-01-22");
}

TEST(Events, AnAfterClauseBecomesAnEarlierUndatedEvent) {
    const Analysis a = run("Protests broke out on Friday after two students were arrested by police.");
    ASSERT_EQ(a.relations.size(), 1u);
    const auto& r = a.relations[0];
    EXPECT_EQ(r.cue, "after");
    EXPECT_TRUE(a.events[r.before].interval.start.empty());
    EXPECT_EQ(a.events[r.after].when.value, "2025-04-04");
    ASSERT_EQ(a.timeline.size(), 2u);
    EXPECT_EQ(a.timeline[0], r.before);
}

TEST(Events, ANominalDateMergesIntoTheSameHappening) {
    const Analysis a = run("The government said late Friday it would investigate. The Friday statement was brief.");
    ASSERT_EQ(a.timeline.size(), 1u);
    EXPECT_EQ(a.events[a.timeline[0]].mentions.size(), 2u);
}

}  // namespace
