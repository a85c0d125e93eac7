// entities_news_names_test.cpp — table-driven checks of four name forms of US news: a state's abbreviation after a
// city (core/lexicon/entities_us_state_abbreviations.tsv), a newspaper's name (its last word an organization head),
// a sentence-initial preposition before a name, and a surname taken up by "its" after the person is named in full.
// Rows are PolNeAR train sentences (shortened) and one of our own each.
#include <gtest/gtest.h>

#include <string>

#include "entities_test_support.hpp"
#include "storylens/analysis.hpp"

namespace {

using storylens::Analysis;
using storylens::Entity;
using storylens::entities_test::find;
using storylens::entities_test::listed;
using storylens::entities_test::run;

struct TypeRow {
    const char* text;
    const char* name;
    const char* type;
};

void expect_types(const TypeRow* rows, size_t count) {
    for (size_t r = 0; r < count; ++r) {
        const Analysis a = run(rows[r].text);
        const Entity* e = find(a, rows[r].name);
        ASSERT_NE(e, nullptr) << rows[r].text << "; found:" << listed(a);
        EXPECT_STREQ(storylens::entity_type_name(e->type), rows[r].type) << rows[r].text << "; found:" << listed(a);
    }
}

TEST(EntityNewsNames, AStateAbbreviationAfterACityIsAPlace) {
    const TypeRow rows[] = {
        {"Mrs. Clinton campaigned in Concord, N.H., on Monday.", "N.H.", "PLACE"},                  // nyt
        {"Briggs said in an interview Sunday in Santa Monica, Calif. He left.", "Calif", "PLACE"},  // politico
        {"The plant in Mobile, Ala., will close in May.", "Ala", "PLACE"},                           // our own
    };
    expect_types(rows, std::size(rows));
    // written in capitals without dots it is an acronym: the VA is Veterans Affairs
    const Analysis a = run("The VA said it would review the claims. The VA later declined to comment.");
    if (const Entity* va = find(a, "VA")) EXPECT_STRNE(storylens::entity_type_name(va->type), "PLACE") << listed(a);
}

TEST(EntityNewsNames, ANewspapersNameIsAnOrganization) {
    const TypeRow rows[] = {
        {"The Des Moines Register endorsed her on Saturday.", "Des Moines Register", "ORG"},                  // nyt
        {"The Wall Street Journal reported the talks on Monday.", "Wall Street Journal", "ORG"},            // politico
        {"The Mobile Gazette reported the closure.", "Mobile Gazette", "ORG"},                               // our own
    };
    expect_types(rows, std::size(rows));
}

TEST(EntityNewsNames, ASentenceInitialPrepositionIsNoPartOfTheName) {
    const TypeRow rows[] = {
        {"Unlike Hillary Clinton, Sanders has never been secretary of state.", "Hillary Clinton", "PERSON"},  // breitbart
        {"Besides China, the talks drew in Japan.", "China", "PLACE"},                                       // wash-post
        {"Unlike Jane Hollis, he voted against the bill.", "Jane Hollis", "PERSON"},                          // our own
    };
    expect_types(rows, std::size(rows));
    for (const TypeRow& r : rows)
        for (const Entity& e : run(r.text).entities) EXPECT_EQ(e.name.find("Unlike"), std::string::npos) << r.text;
}

// type_repeated_subjects (scan_names.cpp) makes a repeated word taken up by "its" an organization; the surname of
// a person the text names in full stays that person.
TEST(EntityNewsNames, ASurnameFollowedByItsStaysThePersonNamedInFull) {
    const char* const texts[] = {
        // huff-post (shortened)
        "Obama To Asians Worried About U.S. Election: It\u2019s Going To Be OK.\n\nU.S. President Barack Obama sought "
        "on Wednesday to ease growing Asian concerns.\n\n\u201cI think other people sometimes look at our election "
        "system and say \u2018what a mess\u2019,\u201d Obama told a townhall meeting in Ho Chi Minh City.\n\nWhite House "
        "officials say the arms move is now a key part of Obama\u2019s strategic \u2018rebalance\u2019 towards Asia as "
        "its economy grows apace.",
        // our own
        "Hollis To Sailors Worried About The Harbor: It Is Safe.\n\nGov. Jane Hollis sought on Monday to ease growing "
        "concerns.\n\n\u201cI think people sometimes look at the pier and say \u2018what a mess\u2019,\u201d Hollis told "
        "a meeting in Mobile.\n\nCity officials say the new pier is now a key part of Hollis\u2019s plan for the coast "
        "as its budget grows.",
    };
    for (const char* text : texts) {
        const Analysis a = run(text);
        size_t people = 0;
        for (const Entity& e : a.entities) {
            const bool surname = e.name == "Obama" || e.name == "Hollis";
            EXPECT_FALSE(surname) << text << "; found:" << listed(a);
            if (e.name == "Barack Obama" || e.name == "Jane Hollis") {
                ++people;
                EXPECT_STREQ(storylens::entity_type_name(e.type), "PERSON");
                EXPECT_EQ(e.mentions.size(), 4u) << text << "; found:" << listed(a);
            }
        }
        EXPECT_EQ(people, 1u) << text << "; found:" << listed(a);
    }
}

// A lone surname with weak evidence of an organization before the full name comes ("the Hispanic media director for
// Obama in 2008", merge_names.cpp) is resolved after the full names: it is the person.
TEST(EntityNewsNames, ASurnameBeforeTheFullNameIsThePerson) {
    const struct {
        const char* text;
        const char* person;
    } rows[] = {
        // wash-post (shortened)
        {"\"We know them,\" said Luis Miranda, who was the Hispanic media director for Obama in 2008.\n\nIn 2008, Barack "
         "Obama's campaign began airing ads in May.\n\nObama won Latino voters in 2012.",
         "Barack Obama"},
        // our own
        {"Ed Price was a spokesman for Hollis in 2010.\n\nIn 2012, Jane Hollis ran again.\n\nHollis won the harbor vote.",
         "Jane Hollis"},
    };
    for (const auto& r : rows) {
        const Analysis a = run(r.text);
        const Entity* person = find(a, r.person);
        ASSERT_NE(person, nullptr) << r.text << "; found:" << listed(a);
        EXPECT_STREQ(storylens::entity_type_name(person->type), "PERSON");
        EXPECT_EQ(person->mentions.size(), 3u) << r.text << "; found:" << listed(a);
    }
}

}  // namespace

