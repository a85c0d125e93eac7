// sources_test.cpp — table-driven checks of who a claim's source is: unnamed sources (the `anonymous` flag) and
// pronoun sources resolved by gender, number and salience. Rows are PolNeAR v1.0.0 train sentences (research use,
// see ../shared/data/polnear-train/README.md) plus cases of our own.
#include <gtest/gtest.h>

#include <string>

#include "storylens/analysis.hpp"

namespace {

using storylens::Analysis;
using storylens::AnalyzeOptions;

Analysis run(const std::string& text) {
    AnalyzeOptions options;
    options.dct = "2016-03-01";
    return storylens::analyze(text, options);
}

// The claim whose source text starts with `source`, or nullptr.
const storylens::Claim* claim_by(const Analysis& a, const std::string& source) {
    for (const storylens::Claim& c : a.claims)
        if (c.source.text.compare(0, source.size(), source) == 0) return &c;
    return nullptr;
}

struct AnonymousCase {
    const char* text;
    const char* source;  // the start of the claim's source text
    bool anonymous;
};

TEST(Sources, AnonymousTable) {
    const AnonymousCase cases[] = {
        // PolNeAR train
        {"First, Democratic party officials said the caucus would begin with-or-without those who had been waiting "
         "in line.", "Democratic party officials", true},
        {"Campaign aides said the average donation during the October-to-December fundraising quarter was $27.16.",
         "Campaign aides", true},
        {"''The decision matrix is like choosing whether you want to die by cyanide or by hanging,'' said one person "
         "with knowledge of the governor's dilemma, who spoke on the condition of anonymity.", "one person", true},
        {"\"There's some nagging concern he's gone through the political witness protection program to emerge a "
         "spanking new conservative,\" super PAC spokeswoman Kellyanne Conway said.", "super PAC spokeswoman", false},
        {"Dog Andres, a spokesman for House Speaker Paul Ryan, said the bill would pass.", "Dog Andres", false},
        // our own
        {"A senior political source said the deal was dead.", "A senior political source", true},
        {"People familiar with the matter said the vote would be delayed.", "People familiar", true},
        {"People said the vote would be delayed.", "People", false},
        {"A spokeswoman, Jane Doe, said nothing had changed.", "A spokeswoman", false},
        {"A spokesman for the agency said it would appeal.", "A spokesman for the agency", true},
        {"John Smith said the plan failed.", "John Smith", false},
    };
    for (const AnonymousCase& t : cases) {
        const Analysis a = run(t.text);
        const storylens::Claim* c = claim_by(a, t.source);
        ASSERT_NE(c, nullptr) << t.text;
        EXPECT_EQ(c->anonymous, t.anonymous) << t.text;
    }
}

struct PronounCase {
    const char* text;
    const char* pronoun;  // the claim's source as written
    const char* entity;   // the name of the entity it resolves to ("" for none)
};

TEST(Sources, PronounTable) {
    const PronounCase cases[] = {
        // PolNeAR train
        {"Ms. Sherry interviewed former colleagues and a new generation of bankers. She said she found that while "
         "the most overt harassment has generally stopped, hurdles remain, particularly for working mothers.", "She",
         "Sherry"},
        {"In the interview on Saturday, Mr. Trump said he did not own the five aircraft to burnish his brand, but "
         "agreed that the fleet had ''promotional value.'' He added that he could get by without owning a Boeing 757 "
         "but it was a ''great luxury to have.''", "He", "Trump"},
        // our own
        {"Hillary Clinton met Bernie Sanders in Iowa. Mr. Sanders is her rival. She said the race was close.", "She",
         "Hillary Clinton"},
        // the gender of a title, a pronoun seen with the name, the subject of the sentence before
        {"Ms. Dana Whitlock spoke to Mr. Omar Reyes on Monday. He said the deal was off.", "He", "Omar Reyes"},
        {"Robin Ashe met Kim Novak. Ashe said she was tired. Novak thanked Ashe. She said it was late.", "She",
         "Kim Novak"},
        {"The Acme Corporation hired Jane Doe. It said the hiring was done.", "It", "Acme Corporation"},
    };
    for (const PronounCase& t : cases) {
        const Analysis a = run(t.text);
        const storylens::Claim* c = nullptr;
        for (const storylens::Claim& k : a.claims)
            if (k.source.text == t.pronoun) c = &k;
        ASSERT_NE(c, nullptr) << t.text;
        const std::string name = c->source_entity >= 0 ? a.entities[c->source_entity].name : "";
        EXPECT_EQ(name, t.entity) << t.text;
    }
}

}  // namespace
