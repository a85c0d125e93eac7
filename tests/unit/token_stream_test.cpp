// token_stream_test.cpp — the shared token stream: one entry per segmented token, folded forms without a string
// per token, interned ids, lexicon and shape bits, part-of-speech tags.
#include <gtest/gtest.h>

#include "storylens/document.hpp"
#include "text/token_stream.hpp"
#include "text/token_view.hpp"
#include "lexicon/lexicon.hpp"

using namespace storylens;

TEST(TokenStream, FoldsInternsAndTags) {
    const std::string text = "The minister said on Tuesday that the \xE2\x80\x9C" "Caf\xC3\xA9" "\xE2\x80\x9D talks would resume.";
    const Document doc = segment(text);
    const text::TokenStream stream = text::TokenStream::build(text, doc);
    ASSERT_EQ(stream.size(), doc.tokens.size());
    std::vector<std::string> folded;
    for (size_t i = 0; i < stream.size(); ++i) folded.emplace_back(stream.folded(i));
    const std::vector<std::string> expected = {"the", "minister", "said", "on", "tuesday", "that", "the", "\"",
                                               "cafe", "\"", "talks", "would", "resume", "."};
    EXPECT_EQ(folded, expected);
    EXPECT_EQ(stream[0].word, stream[6].word);  // "The" and "the" share an id
    EXPECT_NE(stream[0].word, stream[1].word);
    EXPECT_EQ(stream.distinct_words(), 12u);
    EXPECT_TRUE(stream[0].shape & text::kCapitalized);
    EXPECT_TRUE(stream[13].shape & text::kPunctuationShape);
    EXPECT_TRUE(stream[2].lexicon & text::kReportingVerb);
    EXPECT_FALSE(stream[1].lexicon & text::kReportingVerb);
    EXPECT_EQ(stream.tag(2), pos::Tag::VERB);
    EXPECT_EQ(stream.tag(0), pos::Tag::DET);
    EXPECT_EQ(stream.tag(13), pos::Tag::PUNCT);
    for (size_t i = 0; i < stream.size(); ++i) EXPECT_EQ(stream[i].span, doc.tokens[i].span);
}

TEST(TokenStream, EmptyDocument) {
    const Document doc = segment("");
    EXPECT_EQ(text::TokenStream::build("", doc).size(), 0u);
}

// The stream holds a few bytes a token (word id, packed bits, tag) and each distinct folded form once: a text
// that repeats one paragraph costs well under 8 bytes a token (the earlier 28-byte record with a folded copy
// of every token cost over 30).
TEST(TokenStream, HoldsFewBytesPerToken) {
    std::string text;
    for (int i = 0; i < 200; ++i) text += "The minister said on Tuesday that the talks would resume in Geneva. ";
    const Document doc = segment(text);
    const text::TokenStream stream = text::TokenStream::build(text, doc);
    ASSERT_EQ(stream.size(), doc.tokens.size());
    EXPECT_EQ(stream.distinct_words(), 12u);
    EXPECT_LT(stream.memory_bytes(), stream.size() * 8);
    EXPECT_EQ(stream.folded(stream.size() - 2), "geneva");
    EXPECT_EQ(stream.tag(stream.size() - 13), pos::Tag::DET);  // the last sentence's "The", tagged on demand
}

// The rule stages match ASCII lower case (A-Z lowered, other bytes kept), which differs from the folded form
// only for tokens with bytes >= 0x80: the stream keeps that form apart for them, and a view of it for the rest.
TEST(TokenStream, LowerIsAsciiLowerCase) {
    struct Row {
        const char* written;
        const char* folded;
        const char* lower;
    };
    const Row rows[] = {
        {"Minister", "minister", "minister"},
        {"Trump\xE2\x80\x99s", "trump's", "trump\xE2\x80\x99s"},
        {"Caf\xC3\xA9", "cafe", "caf\xC3\xA9"},
        {"\xE2\x80\x94", "-", "\xE2\x80\x94"},
        {"\xE2\x80\x9C", "\"", "\xE2\x80\x9C"},
        {"U.S.", "u.s.", "u.s."},
    };
    for (const Row& row : rows) {
        const std::string text = std::string("Then ") + row.written + " spoke.";
        const Document doc = segment(text);
        const text::TokenStream stream = text::TokenStream::build(text, doc);
        ASSERT_GE(stream.size(), 3u) << row.written;
        EXPECT_EQ(stream.written(1), row.written);
        EXPECT_EQ(stream.folded(1), row.folded) << row.written;
        EXPECT_EQ(stream.lower(1), row.lower) << row.written;
        EXPECT_EQ(stream.lower(0), "then");
    }
}

// A sentence's Tok views: the written text, its ASCII lower case (as text::lowered makes it) and the index.
TEST(TokenStream, SentenceTokensViewTheStream) {
    const std::string text = "\xE2\x80\x9CWe\xE2\x80\x99re ready,\xE2\x80\x9D said Jos\xC3\xA9 Garc\xC3\xAD" "a. Then IT left.";
    const Document doc = segment(text);
    const text::TokenStream stream = text::TokenStream::build(text, doc);
    std::vector<text::Tok> toks;
    for (const Sentence& s : doc.sentences) {
        text::sentence_tokens(stream, s.first_token, s.token_count, toks);
        ASSERT_EQ(toks.size(), s.token_count);
        for (size_t k = 0; k < toks.size(); ++k) {
            const Token& t = doc.tokens[s.first_token + k];
            EXPECT_EQ(toks[k].text, t.span.of(text));
            EXPECT_EQ(toks[k].lower, text::lowered(toks[k].text));
            EXPECT_EQ(toks[k].index, s.first_token + k);
            EXPECT_EQ(toks[k].kind, t.kind);
        }
        EXPECT_EQ(text::sentence_tokens(stream, s).size(), toks.size());
    }
}

// The per-word memo answers as a look-up of the token's own lower form would: for tokens that share a folded
// form, for one whose lower form is kept apart (a curly apostrophe) and for a Tok whose view was cut (the
// temporal scanner strips possessives).
TEST(TokenStream, MemoAnswersAsTheLookUp) {
    using lexicon::TableId;
    const std::string text = "Officials SAID it. Officials said it\xE2\x80\x99s done. He said it's Friday\xE2\x80\x99s.";
    const Document doc = segment(text);
    const text::TokenStream stream = text::TokenStream::build(text, doc);
    for (int round = 0; round < 2; ++round)  // the second round reads the memo
        for (const Sentence& s : doc.sentences)
            for (text::Tok t : text::sentence_tokens(stream, s)) {
                for (TableId table : {TableId::reporting_verbs, TableId::english_function_words})
                    EXPECT_EQ(text::in_table(stream, t, table), lexicon::contains(table, t.lower)) << t.text;
                const auto is_said = [](std::string_view w) { return w == "said"; };
                EXPECT_EQ(text::test_word(stream, t, +is_said), t.lower == "said") << t.text;
                for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
                    if (t.lower.size() <= suffix.size() || t.lower.substr(t.lower.size() - suffix.size()) != suffix)
                        continue;
                    t.lower.remove_suffix(suffix.size());  // "it" of "it's": a view the memo must not answer
                    EXPECT_EQ(text::in_table(stream, t, TableId::english_function_words),
                              lexicon::contains(TableId::english_function_words, t.lower));
                }
            }
}
