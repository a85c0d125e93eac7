// lexicon_test.cpp — the generated word tables: sorted, unique keys, every file naming its source and licence,
// and lookups by every form of a row.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lexicon/lexicon.hpp"

namespace lx = storylens::lexicon;

TEST(Lexicon, TablesAreSortedUniqueAndSourced) {
    EXPECT_TRUE(lx::tables_are_sorted_and_unique());
    for (int i = 0; i < lx::kTableCount; ++i) {
        const lx::Table& t = lx::table(static_cast<lx::TableId>(i));
        EXPECT_FALSE(t.source.empty()) << t.name;
        EXPECT_FALSE(t.licence.empty()) << t.name;
        EXPECT_GT(t.rows, 0u) << t.name;
    }
}

TEST(Lexicon, ReportingVerbFormsFindTheirRow) {
    struct Case {
        const char* form;
        const char* base;  // nullptr: not a reporting verb
    };
    const Case cases[] = {{"said", "say"}, {"says", "say"}, {"told", "tell"}, {"telling", "tell"},
                          {"wrote", "write"}, {"table", nullptr}, {"", nullptr}};
    for (const Case& c : cases) {
        const long row = lx::find_row(lx::TableId::reporting_verbs, c.form);
        if (!c.base) {
            EXPECT_LT(row, 0) << c.form;
            continue;
        }
        ASSERT_GE(row, 0) << c.form;
        EXPECT_EQ(lx::cell(lx::TableId::reporting_verbs, static_cast<size_t>(row), 0), c.base) << c.form;
    }
}

// find_row goes through a hash index: every key of every table must lead to its own row, and a word that
// differs from a key by one byte, a prefix or a suffix must not be found.
TEST(Lexicon, EveryKeyFindsItsRowAndNearMissesDoNot) {
    for (int i = 0; i < lx::kTableCount; ++i) {
        const lx::TableId id = static_cast<lx::TableId>(i);
        const lx::Table& t = lx::table(id);
        for (size_t k = 0; k < t.key_count; ++k) {
            const lx::Key& key = t.keys[k];
            EXPECT_EQ(lx::find_row(id, key.word), static_cast<long>(key.row)) << t.name << ": " << key.word;
            for (const std::string& miss : {std::string(key.word) + "#", "#" + std::string(key.word)})
                EXPECT_LT(lx::find_row(id, miss), 0) << t.name << ": " << miss;
        }
    }
}

// contains_lowered answers as contains(id, lowered(word)) does: ASCII capitals lowered, other bytes kept, and a
// word longer than its stack buffer looked up all the same.
TEST(Lexicon, ContainsLoweredAnswersAsLoweredLookup) {
    struct Case {
        const char* word;
        bool found;
    };
    const Case cases[] = {{"said", true}, {"SAID", true}, {"Said", true}, {"sAiD", true}, {"saïd", false},
                          {"", false}, {"said ", false}, {"talbe", false}};
    for (const Case& c : cases)
        EXPECT_EQ(lx::contains_lowered(lx::TableId::reporting_verbs, c.word), c.found) << c.word;
    const std::string long_word(200, 'A');
    EXPECT_FALSE(lx::contains_lowered(lx::TableId::reporting_verbs, long_word));
    for (int i = 0; i < lx::kTableCount; ++i) {  // every lower-case key, written in capitals, is found
        const lx::Table& t = lx::table(static_cast<lx::TableId>(i));
        for (size_t k = 0; k < t.key_count; ++k) {
            std::string upper(t.keys[k].word);
            for (char& ch : upper)
                if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
            const bool key_has_capitals = std::any_of(t.keys[k].word.begin(), t.keys[k].word.end(),
                                                      [](char ch) { return ch >= 'A' && ch <= 'Z'; });
            if (!key_has_capitals) {
                EXPECT_TRUE(lx::contains_lowered(static_cast<lx::TableId>(i), upper)) << t.keys[k].word;
            }
        }
    }
}
