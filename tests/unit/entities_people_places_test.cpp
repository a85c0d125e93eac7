// entities_people_places_test.cpp — table-driven checks of one person per document (middle names and initials,
// courtesy titles by gender), the place gazetteer and the given-name genders, on sentences of PolNeAR train
// (US political news) and a few of our own.
#include <gtest/gtest.h>

#include <string>

#include "storylens/analysis.hpp"

namespace {

using storylens::analyze;
using storylens::Analysis;
using storylens::AnalyzeOptions;
using storylens::Entity;

Analysis run(const std::string& text) {
    AnalyzeOptions options;
    options.dct = "2016-03-01";
    return analyze(text, options);
}

const Entity* named(const Analysis& a, const std::string& name) {
    for (const Entity& e : a.entities)
        if (e.name == name) return &e;
    return nullptr;
}

std::string listed(const Analysis& a) {
    std::string out;
    for (const Entity& e : a.entities)
        out += " [" + e.name + " " + storylens::entity_type_name(e.type) + " x" + std::to_string(e.mentions.size()) + "]";
    return out;
}

// A middle initial keeps its period inside the name: the whole name is one person.
TEST(EntityPeople, MiddleInitialStaysInTheName) {
    const char* const rows[][2] = {
        {"''Some courses are adapting, others are just not,'' said Paul H. Chipok, a lawyer in Orlando.",
         "Paul H. Chipok"},
        {"\"The white American underclass is in thrall to a vicious, selfish culture,\" writes Kevin D. Williamson.",
         "Kevin D. Williamson"},
        {"They ''actually had chemistry,''  said Benjamin J. Rhodes, the president's deputy national security adviser.",
         "Benjamin J. Rhodes"},
        {"The memo was signed by Mary T. Quill on Friday.", "Mary T. Quill"},  // our own
    };
    for (const auto& r : rows) {
        const Analysis a = run(r[0]);
        const Entity* e = named(a, r[1]);
        ASSERT_NE(e, nullptr) << r[0] << "; found:" << listed(a);
        EXPECT_STREQ(storylens::entity_type_name(e->type), "PERSON") << r[0];
    }
}

// The full name with or without a middle name, the surname and "Mrs." are one person; a second person of the
// same surname stays apart.
TEST(EntityPeople, OnePersonPerDocument) {
    const struct {
        const char* text;
        const char* name;
        size_t mentions;
    } rows[] = {
        {"Hillary Rodham Clinton has support from 52 percent of Democratic primary voters. Hillary Clinton "
         "campaigned in Iowa. Mrs. Clinton said she was confident.",
         "Hillary Rodham Clinton", 3},
        {"Bill Clinton spoke first. Hillary Clinton spoke next. Mrs. Clinton thanked the crowd.", "Hillary Clinton", 2},
        {"Bill Clinton spoke first. Hillary Clinton spoke next. Mrs. Clinton thanked the crowd.", "Bill Clinton", 1},
        {"Paul H. Chipok is a lawyer. Paul Chipok said the courses were closing.", "Paul H. Chipok", 2},  // our own
    };
    for (const auto& r : rows) {
        const Analysis a = run(r.text);
        const Entity* e = named(a, r.name);
        ASSERT_NE(e, nullptr) << r.text << "; found:" << listed(a);
        EXPECT_EQ(e->mentions.size(), r.mentions) << r.text << "; found:" << listed(a);
    }
}

// Countries, capitals, US states and demonyms from the gazetteer are places, not people.
TEST(EntityPlaces, GazetteerPlacesAreNotPeople) {
    const char* const rows[][2] = {
        {"Cruz won Texas and Oklahoma, while Trump carried Massachusetts.", "Oklahoma"},
        {"The former Maryland governor has been mired in single digits in polls.", "Maryland"},
        {"Officials in Montevideo and Nairobi said the talks would go on.", "Montevideo"},  // our own
        {"Relations with North Korea worsened after the test.", "North Korea"},
    };
    for (const auto& r : rows) {
        const Analysis a = run(r[0]);
        const Entity* e = named(a, r[1]);
        if (e) {
            EXPECT_STREQ(storylens::entity_type_name(e->type), "PLACE") << r[0] << "; found:" << listed(a);
        }
        for (const Entity& other : a.entities) {
            if (other.name.find(r[1]) == std::string::npos) continue;
            EXPECT_STRNE(storylens::entity_type_name(other.type), "PERSON") << r[0] << "; found:" << listed(a);
        }
    }
}

// The given name's gender (SSA counts) picks the pronoun's antecedent: "she" is Hillary, not Donald.
TEST(EntityPeople, GivenNameGenderResolvesPronounSources) {
    const Analysis a = run(
        "Donald Trump attacked Hillary Clinton on trade. She said his plan would fail.");
    const Entity* hillary = named(a, "Hillary Clinton");
    ASSERT_NE(hillary, nullptr) << listed(a);
    ASSERT_FALSE(a.claims.empty());
    EXPECT_EQ(a.claims.back().source_entity, static_cast<int32_t>(hillary->id)) << a.claims.back().source.text;
}

}  // namespace

namespace {

// "(R-AZ)" after a senator's name is a party and state tag, not an organization's acronym.
TEST(EntityPeople, PartyTagIsNoAcronym) {
    const char* const rows[][2] = {
        {"Critics included Sen. John McCain (R-AZ) and Sen. Marco Rubio (R-FL).", "John McCain"},
        {"The bill was drafted by Sen. Chuck Schumer (D-NY), who spoke on Monday.", "Chuck Schumer"},
        {"Rep. Jane Hollis (D-OR) voted against it.", "Jane Hollis"},  // our own
    };
    for (const auto& r : rows) {
        const Analysis a = run(r[0]);
        const Entity* e = named(a, r[1]);
        ASSERT_NE(e, nullptr) << r[0] << "; found:" << listed(a);
        EXPECT_STREQ(storylens::entity_type_name(e->type), "PERSON") << r[0];
    }
}

}  // namespace
