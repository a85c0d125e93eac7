// entities_people_places_test.cpp — table-driven checks of one person per document (middle names and initials,
// courtesy titles by gender), the place gazetteer and the given-name genders, on sentences of PolNeAR train
// (US political news) and a few of our own.
#include <gtest/gtest.h>

#include <string>

#include "entities/lexicon.hpp"
#include "entities_test_support.hpp"
#include "storylens/analysis.hpp"

namespace {

using storylens::Analysis;
using storylens::Entity;
using storylens::entities_test::find;
using storylens::entities_test::listed;
using storylens::entities_test::run;

// The publication date of the rows' texts (PolNeAR train articles of the 2016 campaign).
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
        const Entity* e = find(a, r[1]);
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
        const Entity* e = find(a, r.name);
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
        const Entity* e = find(a, r[1]);
        if (e) {
            EXPECT_STREQ(storylens::entity_type_name(e->type), "PLACE") << r[0] << "; found:" << listed(a);
        }
        for (const Entity& other : a.entities) {
            if (other.name.find(r[1]) == std::string::npos) continue;
            EXPECT_STRNE(storylens::entity_type_name(other.type), "PERSON") << r[0] << "; found:" << listed(a);
        }
    }
}

// Cities of the GeoNames gazetteer (population >= 200,000, US >= 50,000) are places: "Las Vegas" and "Des Moines"
// were typed PERSON by their shape.
TEST(EntityPlaces, CitiesAreNotPeople) {
    const char* const rows[][2] = {
        {"Bernie Sanders is making an impromptu stop at a Las Vegas high school, walking past a long line of "
         "caucus-goers.", "Las Vegas"},
        {"The Democratic nominee for president never stopped speaking at a Des Moines rally as Secret Service members "
         "stood around her on stage.", "Des Moines"},
        {"During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that the president's "
         "new executive actions on guns undermine Americans' constitutional right to bear arms.", "Cedar Rapids"},
        {"Fans packed the square when Sao Paulo Mayor Ana Reis spoke.", "Ana Reis"},  // our own: the city is no employer
    };
    for (const auto& r : rows) {
        const Analysis a = run(r[0]);
        for (const Entity& e : a.entities) {
            const bool city = e.name.find("Las Vegas") != std::string::npos || e.name.find("Des Moines") != std::string::npos ||
                              e.name.find("Cedar Rapids") != std::string::npos || e.name.find("Sao Paulo") != std::string::npos;
            if (city) {
                EXPECT_STRNE(storylens::entity_type_name(e.type), "PERSON") << r[0] << "; found:" << listed(a);
            }
        }
        const Entity* e = find(a, r[1]);
        ASSERT_NE(e, nullptr) << r[0] << "; found:" << listed(a);
        EXPECT_STREQ(storylens::entity_type_name(e->type), r[1] == std::string("Ana Reis") ? "PERSON" : "PLACE") << r[0];
    }
}

// The gazetteer's cut (scripts/gen_places.py): a one-word city more babies are named than people live in
// ("Jackson", "Madison"), a common English adjective or verb ("Nice", "Split") or a one-word US town under
// 200,000 ("Davis") is left out; "Austin" stays.
TEST(EntityPlaces, CityCutLeavesOutNamesAndWords) {
    using storylens::entities::place_demonym;
    for (const char* kept : {"las vegas", "des moines", "austin", "sao paulo", "shanghai"})
        EXPECT_NE(place_demonym(kept), nullptr) << kept;
    for (const char* left : {"jackson", "madison", "nice", "split", "mobile", "davis"})
        EXPECT_EQ(place_demonym(left), nullptr) << left;
}

// The given name's gender (SSA counts) picks the pronoun's antecedent: "she" is Hillary, not Donald.
TEST(EntityPeople, GivenNameGenderResolvesPronounSources) {
    const Analysis a = run(
        "Donald Trump attacked Hillary Clinton on trade. She said his plan would fail.");
    const Entity* hillary = find(a, "Hillary Clinton");
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
        const Entity* e = find(a, r[1]);
        ASSERT_NE(e, nullptr) << r[0] << "; found:" << listed(a);
        EXPECT_STREQ(storylens::entity_type_name(e->type), "PERSON") << r[0];
    }
}

}  // namespace
