// pos_test.cpp — the part-of-speech tagger on rows of real sentences (UD English EWT dev, the training file, with
// their gold UPOS tags) and one news sentence of ours; the compiled-in model's tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "pos/feature_index.hpp"
#include "pos/pos_model.hpp"
#include "storylens/pos.hpp"

namespace pos = storylens::pos;

namespace {

std::vector<std::string> split(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::string tags_of(const std::string& sentence) {
    const std::vector<std::string> words = split(sentence);
    const std::vector<std::string_view> views(words.begin(), words.end());
    std::vector<pos::Tag> tags;
    pos::tag_sentence(views, tags);
    std::string out;
    for (pos::Tag t : tags) out += (out.empty() ? "" : " ") + std::string(pos::tag_name(t));
    return out;
}

}  // namespace

TEST(PosTagger, TagsRealSentences) {
    struct Row {
        const char* sentence;  // tokens separated by spaces
        const char* tags;      // the gold tags
        int known_misses = 0;  // tokens the shipped model tags otherwise (so a change in either direction shows)
    };
    const Row rows[] = {
        {"We certainly fit into certain parts of the article .", "PRON ADV VERB ADP ADJ NOUN ADP DET NOUN PUNCT"},
        {"I have visited Georgia Tech on Thursday .", "PRON AUX VERB PROPN PROPN ADP PROPN PUNCT"},
        {"Why is the city called Miramar ?", "ADV AUX DET NOUN VERB PROPN PUNCT"},
        {"I go to see her to have my hair cut .", "PRON VERB PART VERB PRON PART VERB PRON NOUN VERB PUNCT"},
        {"I would recommend not using this company .", "PRON AUX VERB PART VERB DET NOUN PUNCT"},
        {"This is not your usual cheap hotdog place .", "PRON AUX PART PRON ADJ ADJ NOUN NOUN PUNCT"},
        {"Phil if you could please make copies and distribute ASAP .",
         "PROPN SCONJ PRON AUX INTJ VERB NOUN CCONJ VERB ADV PUNCT"},
        // Ours, news-like.
        // 'that' after a date read as a relative pronoun (UD's PRON for "the day that ...") by the Brown-class model.
        {"The minister said on Tuesday that the talks would resume .",
         "DET NOUN VERB ADP PROPN SCONJ DET NOUN AUX VERB PUNCT", 1},
        {"Officials said that the talks would resume .", "NOUN VERB SCONJ DET NOUN AUX VERB PUNCT"},
    };
    for (const Row& row : rows) {
        const std::vector<std::string> got = split(tags_of(row.sentence)), gold = split(row.tags);
        ASSERT_EQ(got.size(), gold.size()) << row.sentence;
        int misses = 0;
        for (size_t i = 0; i < got.size(); ++i) misses += got[i] != gold[i];
        EXPECT_EQ(misses, row.known_misses) << row.sentence << "\n  got:  " << tags_of(row.sentence) << "\n  gold: " << row.tags;
    }
}

TEST(PosTagger, EmptyAndOddInputDoNotFail) {
    std::vector<pos::Tag> tags{pos::Tag::NOUN};
    pos::tag_sentence({}, tags);
    EXPECT_TRUE(tags.empty());
    const std::string odd[] = {"", "\xff\xfe", std::string(3000, 'a'), "ÉCOLE"};
    const std::vector<std::string_view> words(std::begin(odd), std::end(odd));
    pos::tag_sentence(words, tags);
    EXPECT_EQ(tags.size(), words.size());
}

TEST(PosModel, TablesAreSortedAndNamedInEnumOrder) {
    const char* const names[] = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                 "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
    for (int t = 0; t < pos::kTagCount; ++t) EXPECT_EQ(pos::tag_name(static_cast<pos::Tag>(t)), names[t]);
    const std::vector<uint32_t> keys = pos::FeatureIndex::decode_keys();
    ASSERT_EQ(keys.size(), pos::model::kFeatureCount);
    for (uint32_t i = 1; i < keys.size(); ++i) ASSERT_LT(keys[i - 1], keys[i]) << i;
    for (uint32_t i = 1; i < pos::model::kTagDictionarySize; ++i)
        ASSERT_LT(std::string_view(pos::model::kTagDictionary[i - 1].word),
                  std::string_view(pos::model::kTagDictionary[i].word));
}

// The word-id path gives the string path's tags, also when one id stands for several written forms (the token
// stream's ids are of folded forms: "US" and "us" share one) and when the memo is reused across sentences.
TEST(PosTagger, WordIdPathTagsAsTheStringPath) {
    const char* sentences[] = {
        "The US said on Tuesday that it would send us the papers .",
        "us and US and Us : the same folded word , three written forms .",
        "I have visited Georgia Tech on Thursday .",
    };
    pos::WordIdMemo memo;
    std::vector<std::string> folded_ids;  // a word's id: its index here (ASCII lower case, as the stream folds)
    for (const char* sentence : sentences) {
        const std::vector<std::string> words = split(sentence);
        const std::vector<std::string_view> views(words.begin(), words.end());
        std::vector<uint32_t> ids;
        for (const std::string& w : words) {
            std::string lower;
            for (char c : w) lower.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
            auto it = std::find(folded_ids.begin(), folded_ids.end(), lower);
            ids.push_back(uint32_t(it - folded_ids.begin()));
            if (it == folded_ids.end()) folded_ids.push_back(lower);
        }
        std::vector<pos::Tag> by_string, by_id;
        pos::tag_sentence(views, by_string);
        pos::tag_sentence(views, ids, memo, by_id);
        EXPECT_EQ(by_id, by_string) << sentence;
        pos::tag_sentence(views, ids, memo, by_id, 4);  // a prefix, the memo warm
        EXPECT_TRUE(std::equal(by_id.begin(), by_id.begin() + 4, by_string.begin())) << sentence;
    }
}

// The front-coded class words decode to kClassWordCount sorted, unique words (the binary search relies on it), and
// the WordNet look-up finds a word's classes, also through its plural, past or gerund form.
TEST(PosModel, ClassWordsAreSortedUniqueAndFound) {
    const std::string_view coded(pos::model::kClassWords, pos::model::kClassWordBytes);
    std::string word, previous;
    uint32_t count = 0;
    for (size_t at = 0; at < coded.size();) {
        const size_t shared = static_cast<unsigned char>(coded[at++]);
        ASSERT_LE(shared, previous.size());
        const size_t end = coded.find('\n', at);
        ASSERT_NE(end, std::string_view::npos);
        word = previous.substr(0, shared) + std::string(coded.substr(at, end - at));
        if (count > 0) {
            ASSERT_LT(previous, word) << count;
        }
        previous = word;
        ++count;
        at = end + 1;
    }
    EXPECT_EQ(count, pos::model::kClassWordCount);
    EXPECT_EQ(std::string_view(pos::model::kWordNetClasses[0]), "-");
    EXPECT_EQ(std::string_view(pos::model::kBrownClasses[0]), "-");
    EXPECT_EQ(pos::wordnet_classes("quickly"), "r");
    EXPECT_EQ(pos::wordnet_classes("walk"), "nv");
    EXPECT_EQ(pos::wordnet_classes("walked"), "nv");
    EXPECT_EQ(pos::wordnet_classes("walks"), "nv");
    EXPECT_EQ(pos::wordnet_classes("walking"), "an");  // a lemma of its own (the walking dead, walking is good)
    EXPECT_EQ(pos::wordnet_classes("zzqxv"), "-");
}
