// search_index_test.cpp — the search index on small articles analysed by the core: folding, whole words and
// prefixes, phrases, entity/claim/event fields, and hostile queries.
#include "storylens/search_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storylens {
namespace {

constexpr const char* kArticle =
    "DAMASCUS, Syria – The Free Syrian Army and HTS fighters entered the city on Monday. "
    "Human rights groups said at least 1,700 civilians were killed, according to the monitor. "
    "“We will not leave,” said Ahmed al-Sharaa, the former HTS leader. "
    "Bashar al-Assad fled to Moscow. Assad’s government collapsed.\n\n"
    "In Zürich, the Māori delegation met officials from São Paulo. Syria's neighbours watched.";

std::vector<std::string> matched_words(const Analysis& analysis, const SearchResults& results) {
    std::vector<std::string> out;
    for (const SearchHit& hit : results.text) out.emplace_back(hit.span.of(analysis.source.text));
    return out;
}

struct TextCase {
    const char* query;
    std::vector<std::string> expected;  // the matched text, in text order
};

TEST(SearchIndex, TextMatchesFoldAndRespectWordBoundaries) {
    const Analysis analysis = analyze(kArticle, AnalyzeOptions{"2025-04-05"});
    const SearchIndex index = SearchIndex::build(analysis);
    const std::vector<TextCase> cases = {
        {"HTS", {"HTS", "HTS"}},                      // never inside "rights"
        {"hts", {"HTS", "HTS"}},                      // case folds
        {"rights", {"rights"}},
        {"maori", {"Māori"}},                         // Latin Extended-A macron
        {"MĀORI", {"Māori"}},
        {"zurich", {"Zürich"}},                       // Latin-1 umlaut
        {"Zu\xCC\x88rich", {"Zürich"}},               // decomposed: u + combining diaeresis
        {"sao paulo", {"São Paulo"}},                 // phrase across a folded word
        {"free syrian army", {"Free Syrian Army"}},   // multi-word query: consecutive words
        {"\"free syrian army\"", {"Free Syrian Army"}},
        {"“Free Syrian Army”", {"Free Syrian Army"}},
        {"syrian free", {}},                          // order matters
        {"\"free syrian ar\"", {}},                   // a quoted phrase is whole words only
        {"free syrian ar", {"Free Syrian Ar"}},       // unquoted: the last word is a prefix (type-ahead)
        {"assad's", {"Assad’s"}},                     // straight and curly apostrophes alike
        {"syria’s", {"Syria's"}},
        {"al-assad", {"al-Assad"}},
        {"al assad", {"al-Assad"}},
        {"civ", {"civ"}},                             // prefix of the last word shows the matched words
        {"civ* were", {"civilians were"}},            // explicit * makes an inner word a prefix
        {"civ were", {}},                             // inner words are whole words
        {"1,700", {"1,700"}},
        {"moscow.", {"Moscow"}},
        {"  monday  ", {"Monday"}},
    };
    for (const TextCase& c : cases) {
        std::vector<std::string> got = matched_words(analysis, index.find(c.query));
        // a prefix hit spans the whole word; compare the query's share of it
        if (std::string(c.query) == "civ" || std::string(c.query) == "free syrian ar") {
            for (std::string& g : got) g = g.substr(0, std::string(c.query) == "civ" ? 3 : 14);
        }
        EXPECT_EQ(got, c.expected) << "query: " << c.query;
    }
}

TEST(SearchIndex, HitsLinkToTheirSentence) {
    const Analysis analysis = analyze(kArticle, AnalyzeOptions{"2025-04-05"});
    const SearchIndex index = SearchIndex::build(analysis);
    const SearchResults results = index.find("moscow");
    ASSERT_EQ(results.text.size(), 1u);
    const Sentence& sentence = analysis.document.sentences.at(results.text[0].sentence);
    EXPECT_TRUE(sentence.span.contains(results.text[0].span));
}

TEST(SearchIndex, EntitiesClaimsAndEventsAreSearchedByKind) {
    const Analysis analysis = analyze(kArticle, AnalyzeOptions{"2025-04-05"});
    const SearchIndex index = SearchIndex::build(analysis);
    ASSERT_FALSE(analysis.entities.empty());
    // Every entity is found by its canonical name, and every alias finds the entity it belongs to.
    for (const Entity& e : analysis.entities) {
        const SearchResults r = index.find("\"" + e.name + "\"");
        bool found = false;
        for (const SearchHit& hit : r.entities) found = found || hit.id == e.id;
        EXPECT_TRUE(found) << e.name;
        for (const std::string& alias : e.aliases) {
            const SearchResults ra = index.find("\"" + alias + "\"");
            bool alias_found = false;
            for (const SearchHit& hit : ra.entities) alias_found = alias_found || hit.id == e.id;
            EXPECT_TRUE(alias_found) << alias << " of " << e.name;
        }
        if (!e.mentions.empty()) {
            for (const SearchHit& hit : r.entities)
                if (hit.id == e.id) {
                    EXPECT_EQ(hit.sentence, e.mentions.front().sentence);
                }
        }
    }
    ASSERT_FALSE(analysis.claims.empty());
    for (const Claim& c : analysis.claims) {
        const SearchResults r = index.find(c.content.text);
        bool found = false;
        for (const SearchHit& hit : r.claims) found = found || (hit.id == c.id && hit.sentence == c.sentence);
        EXPECT_TRUE(found) << c.content.text;
    }
    const SearchResults by_source = index.find("sharaa");
    EXPECT_FALSE(by_source.claims.empty()) << "a claim is found by who made it";
    for (const Event& ev : analysis.events) {
        if (fold_for_search(ev.text).empty()) continue;
        const SearchResults r = index.find(ev.text);
        bool found = false;
        for (const SearchHit& hit : r.events) found = found || hit.id == ev.id;
        EXPECT_TRUE(found) << ev.text;
    }
    EXPECT_TRUE(index.find("hts").claims.empty() || !index.find("hts").text.empty());
    EXPECT_TRUE(index.find("zebra").empty());
}

TEST(SearchIndex, HostileQueriesGiveEmptyResults) {
    const Analysis analysis = analyze(kArticle, AnalyzeOptions{"2025-04-05"});
    const SearchIndex index = SearchIndex::build(analysis);
    const std::vector<std::string> queries = {
        "", " ", "\"", "\"\"", "“”", "*", "***", ",.;", std::string(kMaxQueryBytes + 1, 'a'),
        std::string("\xFF\xFE\xC0\x80"), std::string("\xE2\x80"), "a b c d e f g h i j k l m n o p q",
        std::string("h\0ts", 4)};
    for (const std::string& q : queries) EXPECT_TRUE(index.find(q).empty()) << "query bytes: " << q.size();
    // Invalid bytes inside a word separate it: "HT\xFF" still finds the prefix "ht".
    EXPECT_FALSE(index.find("HT\xFF").text.empty());
}

TEST(SearchIndex, AnyBytesBuildAnIndex) {
    // A few bad bytes in a text (ingest makes them U+FFFD) and a NUL; the index reads the analysed text.
    std::string bytes = "The committee met in the old town hall on a quiet evening to talk about the budget. ";
    bytes += std::string("Caf\xC3\xA9 \xFF na\xC3\xAFve \xE2\x80 ") + std::string(1, '\0') + " end.";
    const Analysis analysis = analyze(bytes, AnalyzeOptions{});
    ASSERT_FALSE(analysis.source.text.empty());
    const SearchIndex index = SearchIndex::build(analysis);
    EXPECT_EQ(index.find("cafe").text.size(), 1u);
    EXPECT_EQ(index.find("naive").text.size(), 1u);
    EXPECT_EQ(index.find("end").text.size(), 1u);
    const SearchIndex empty = SearchIndex::build(analyze("", AnalyzeOptions{}));
    EXPECT_TRUE(empty.find("anything").empty());
    EXPECT_EQ(SearchIndex{}.find("x").total(), 0u);
}

struct FoldCase {
    const char* input;
    const char* folded;
};

TEST(SearchIndex, FoldingTable) {
    const std::vector<FoldCase> cases = {
        {"Zürich", "zurich"},         {"Māori", "maori"},           {"São Paulo", "sao paulo"},
        {"Straße", "strasse"},        {"Œuvre", "oeuvre"},          {"Łódź", "lodz"},
        {"Dvořák", "dvorak"},         {"İstanbul", "istanbul"},     {"Ærø", "aero"},
        {"don’t", "don t"},           {"don't", "don t"},           {"al-Assad", "al assad"},
        {"ΑΘΗΝΑ", "αθηνα"},           {"МОСКВА", "москва"},         {"5×3", "5 3"},
        {"“quoted”", "quoted"},       {"Hawaiʻi", "hawai i"},       {"a\xFF" "b", "a b"},
    };
    for (const FoldCase& c : cases) EXPECT_EQ(fold_for_search(c.input), c.folded) << c.input;
}

}  // namespace
}  // namespace storylens
