// segment_test.cpp — paragraphs, sentences and tokens on real news sentences (table-driven).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/abbreviations.hpp"
#include "storylens/document.hpp"
#include "unit/test_support.hpp"

namespace storylens {
namespace {

std::vector<std::string> sentences_of(const std::string& text) {
    const Document doc = segment(text);
    std::vector<std::string> out;
    for (const Sentence& s : doc.sentences) out.emplace_back(s.span.of(text));
    return out;
}

struct SentenceCase {
    const char* name;
    std::string text;
    std::vector<std::string> expected;
};

TEST(Segment, SentenceTable) {
    const SentenceCase cases[] = {
        {"two plain", "The vote failed. Lawmakers left.", {"The vote failed.", "Lawmakers left."}},
        {"title abbreviation", "Mr. Smith met Dr. Jones on Jan. 5. They talked.",
         {"Mr. Smith met Dr. Jones on Jan. 5.", "They talked."}},
        {"U.S. mid-sentence", "U.S. officials said the talks would resume.",
         {"U.S. officials said the talks would resume."}},
        {"U.S. before lowercase", "The U.S. economy grew 3.5 percent.", {"The U.S. economy grew 3.5 percent."}},
        {"U.S. ends a sentence", "The envoy flew to the U.S. The talks begin Monday.",
         {"The envoy flew to the U.S.", "The talks begin Monday."}},
        {"thousands separator", "Over 1,700 civilians were killed. Many fled.",
         {"Over 1,700 civilians were killed.", "Many fled."}},
        {"decimal", "Inflation rose to 2.9% in May. Prices climbed.",
         {"Inflation rose to 2.9% in May.", "Prices climbed."}},
        {"ends inside quotes", "\"We will rebuild.\" The mayor left the podium.",
         {"\"We will rebuild.\"", "The mayor left the podium."}},
        {"curly quote end", "She said: \xE2\x80\x9CIt is over.\xE2\x80\x9D Then she left.",
         {"She said: \xE2\x80\x9CIt is over.\xE2\x80\x9D", "Then she left."}},
        {"no split inside a closed quotation", "\"We are ready. We will win,\" he said. Crowds cheered.",
         {"\"We are ready. We will win,\" he said.", "Crowds cheered."}},
        {"question in quotes then attribution", "\"Why now?\" she asked.", {"\"Why now?\" she asked."}},
        {"initial in a name", "John F. Kennedy was shot in Dallas. The nation mourned.",
         {"John F. Kennedy was shot in Dallas.", "The nation mourned."}},
        {"em dash inside", "The plan \xE2\x80\x94 delayed twice \xE2\x80\x94 passed. It cost $4 billion.",
         {"The plan \xE2\x80\x94 delayed twice \xE2\x80\x94 passed.", "It cost $4 billion."}},
        {"time a.m.", "The blast hit at 8 a.m. Police sealed the area.",
         {"The blast hit at 8 a.m.", "Police sealed the area."}},
        {"a.m. mid-sentence", "The blast hit at 8 a.m. on Monday.", {"The blast hit at 8 a.m. on Monday."}},
        {"exclamation", "Stop! The police shouted.", {"Stop!", "The police shouted."}},
        {"no final period", "Talks continue", {"Talks continue"}},
        {"ellipsis", "He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
        {"Inc. ends", "Shares of Acme Inc. The company fell.", {"Shares of Acme Inc.", "The company fell."}},
        {"Inc. continues", "Acme Inc. said profits rose.", {"Acme Inc. said profits rose."}},
        {"lowercase after period is no break", "It rose 3 pct. in the quarter.", {"It rose 3 pct. in the quarter."}},
        {"web address", "See example.com for details. Done.", {"See example.com for details.", "Done."}},
        // a middle initial inside a name never ends the sentence (PolNeAR train, wash-post; then our own)
        {"middle initial before the verb", "On Tuesday, FBI Director James B. Comey said he was \"very close\" to the "
         "investigation.", {"On Tuesday, FBI Director James B. Comey said he was \"very close\" to the investigation."}},
        {"middle initial, pollster", "Gallup's Jeffrey M. Jones said the gap was new. He left.",
         {"Gallup's Jeffrey M. Jones said the gap was new.", "He left."}},
        {"two initials", "The ruling by J. K. Smith stood. Appeals failed.", {"The ruling by J. K. Smith stood.", "Appeals failed."}},
        {"U.S. then a capitalized subject", "The envoy flew to the U.S. He said talks would resume.",
         {"The envoy flew to the U.S.", "He said talks would resume."}},
        // "Ft." takes a following name (PolNeAR train, breitbart)
        {"Ft. before a city", "He was pastor at Servant House Baptist Church in Ft. Worth, Texas. He left.",
         {"He was pastor at Servant House Baptist Church in Ft. Worth, Texas.", "He left."}},
        // a quotation's tag ending in an abbreviation, and the quotation going on (PolNeAR train, politico)
        {"tag ending in a state abbreviation",
         "\"Donald's record does not match,\" Cruz told reporters in Fort Mill, S.C. \"It seems odd.\"",
         {"\"Donald's record does not match,\" Cruz told reporters in Fort Mill, S.C.", "\"It seems odd.\""}},
        {"tag ending in Calif.", "\"They'd be wrong,\" Briggs said in Santa Monica, Calif. \"The reality is clear.\"",
         {"\"They'd be wrong,\" Briggs said in Santa Monica, Calif.", "\"The reality is clear.\""}},
        // no tag before it: the abbreviation does not end the sentence
        {"abbreviation before a quoted name", "Officials in Fort Mill, S.C. \"Operation Harbor\" began.",
         {"Officials in Fort Mill, S.C. \"Operation Harbor\" began."}},
    };
    for (const SentenceCase& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(sentences_of(c.text), c.expected);
    }
}

TEST(Segment, ParagraphsAreLinesAndBlankLinesAreSkipped) {
    const std::string text = "First para. Still first.\n\nSecond para.\r\nThird.\n";
    const Document doc = segment(text);
    ASSERT_EQ(doc.paragraphs.size(), 3u);
    EXPECT_EQ(doc.paragraphs[1].span.of(text), "Second para.");
    EXPECT_EQ(doc.paragraphs[2].span.of(text), "Third.");  // CR trimmed from the span, kept in the text
    ASSERT_EQ(doc.sentences.size(), 4u);
    EXPECT_EQ(doc.sentences[3].paragraph, 2u);
}

TEST(Segment, BodyStartSkipsTheDateline) {
    const std::string text = "BEIRUT \xE2\x80\x93 Jets struck. Smoke rose.";
    const Document doc = segment(text, 10);
    ASSERT_EQ(doc.sentences.size(), 2u);
    EXPECT_EQ(doc.sentences[0].span.of(text), "Jets struck.");
}

struct TokenCase {
    std::string text;
    std::vector<std::string> tokens;
};

TEST(Segment, TokenTable) {
    const TokenCase cases[] = {
        {"al-Assad's rule", {"al-Assad's", "rule"}},
        {"over 1,700 civilians", {"over", "1,700", "civilians"}},
        {"the 1990s, 6/3/2025 and 10:30", {"the", "1990s", ",", "6/3/2025", "and", "10:30"}},
        {"the U.S. said", {"the", "U.S.", "said"}},
        {"the Assads\xE2\x80\x99 five-decade-long rule", {"the", "Assads\xE2\x80\x99", "five-decade-long", "rule"}},
        {"\"closely following\"", {"\"", "closely", "following", "\""}},
        {"Syria\xE2\x80\x99s coast", {"Syria\xE2\x80\x99s", "coast"}},
        {"minority - an ethno-religious", {"minority", "-", "an", "ethno-religious"}},
        {"Erdo\xC4\x9F" "an said", {"Erdo\xC4\x9F" "an", "said"}},
    };
    for (const TokenCase& c : cases) {
        const Document doc = segment(c.text);
        std::vector<std::string> got;
        for (const Token& t : doc.tokens) got.emplace_back(t.span.of(c.text));
        EXPECT_EQ(got, c.tokens) << c.text;
    }
}

TEST(Segment, QuoteTokensKnowTheirDirection) {
    const std::string text = "He said \"yes\" and \xE2\x80\x9Cno\xE2\x80\x9D.";
    const Document doc = segment(text);
    std::vector<TokenKind> quotes;
    for (const Token& t : doc.tokens)
        if (t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote) quotes.push_back(t.kind);
    EXPECT_EQ(quotes, (std::vector<TokenKind>{TokenKind::OpenQuote, TokenKind::CloseQuote, TokenKind::OpenQuote,
                                              TokenKind::CloseQuote}));
}

// Curly double marks typed the wrong way round: “ glued to a word's end before a space closes, ” after a space or an
// invisible direction mark before a word opens; a mark glued on both sides keeps its own direction.
TEST(Segment, CurlyDoubleMarksTypedTheWrongWayRoundTable) {
    const struct {
        const char* text;
        std::vector<TokenKind> quotes;
    } cases[] = {
        // PolNeAR train (huff-post, huff-post, west-journal)
        {"\u201cThe reality is, that could create new and real problems for her here,\u201c said Jim Clyburn.",
         {TokenKind::OpenQuote, TokenKind::CloseQuote}},
        {"to conduct an \u201cexpedited review\u201c of Flint\u2019s water", {TokenKind::OpenQuote, TokenKind::CloseQuote}},
        {"\u202a\u201dThis is why ISIS has to be destroyed,\u201d said John Krystek.",
         {TokenKind::OpenQuote, TokenKind::CloseQuote}},
        // our own: marks the right way round, and glued on both sides
        {"He said \u201cno\u201d twice.", {TokenKind::OpenQuote, TokenKind::CloseQuote}},
        {"a\u201cb\u201dc", {TokenKind::OpenQuote, TokenKind::CloseQuote}},
    };
    for (const auto& c : cases) {
        std::vector<TokenKind> quotes;
        for (const Token& t : segment(c.text).tokens)
            if (t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote) quotes.push_back(t.kind);
        EXPECT_EQ(quotes, c.quotes) << c.text;
    }
}

// A quotation mark's token kind: the nth token whose text is `mark` in `text`.
struct MarkCase {
    const char* text;
    const char* mark;
    TokenKind kind;
    int nth = 0;
};

template <size_t N>
void expect_mark_kinds(const MarkCase (&cases)[N]) {
    for (const MarkCase& c : cases) {
        const Document doc = segment(c.text);
        const Token* mark = nullptr;
        int seen = 0;
        for (const Token& t : doc.tokens)
            if (t.span.of(c.text) == c.mark && seen++ == c.nth) { mark = &t; break; }
        ASSERT_NE(mark, nullptr) << c.text;
        EXPECT_EQ(mark->kind, c.kind) << c.text;
    }
}

// An apostrophe for a year's left-out digits is punctuation, not a quotation mark that would never close.
TEST(Segment, AYearApostropheIsNotAQuotationMarkTable) {
    const MarkCase cases[] = {
        {"He grew up in the 1970s and '80s in Houston.", "'", TokenKind::Punctuation},  // PolNeAR train (nyt)
        {"the class of \xE2\x80\x99" "08", "\xE2\x80\x99", TokenKind::Punctuation},
        {"'90s music", "'", TokenKind::Punctuation},
        {"'20 years on,' she said", "'", TokenKind::OpenQuote},  // bare digits after a straight mark: a quotation
        {"the '80sers", "'", TokenKind::OpenQuote},
    };
    expect_mark_kinds(cases);
}

// A straight mark after a single quotation's closing mark and a space closes the quotation around it (`… 'Well
// done,' " said …`); elsewhere a mark after a space opens one.
TEST(Segment, AStraightMarkAfterANestedQuotationClosesTable) {
    const MarkCase cases[] = {
        {"\"and say, 'Well done,' \" said Rep. Diane Russell", "\"", TokenKind::CloseQuote, 1},  // PolNeAR (wash-post)
        {"\"she'll be \xE2\x80\x98" "above the president,\xE2\x80\x99 \" said Win", "\"", TokenKind::CloseQuote, 1},
        {"He said \"yes\" and left.", "\"", TokenKind::OpenQuote},
        {"Fans chant 'go' \"Win!\" they cry.", "\"", TokenKind::OpenQuote},  // the mark touches its word: opening
    };
    expect_mark_kinds(cases);
}

// An apostrophe opening a clipped word of one or two lower-case letters after a space is punctuation: no quotation
// opens there to swallow the paragraph's real quotes.
TEST(Segment, AClippedWordsApostropheIsNotAQuotationMarkTable) {
    const MarkCase cases[] = {
        // PolNeAR train (usa-today, usa-today)
        {"as we speak,\" said Sophie in 't Veld, a Dutch liberal member", "'", TokenKind::Punctuation},
        {"In 't Veld sees parallels between the two.", "'", TokenKind::Punctuation},
        // our own: a clipped word, and a quoted word of three letters or a capital still open a quotation
        {"Get 'em out of here", "'", TokenKind::Punctuation},
        {"she said 'yes' twice", "'", TokenKind::OpenQuote},
        {"a 'B' grade", "'", TokenKind::OpenQuote},
    };
    expect_mark_kinds(cases);
}

TEST(Segment, CalendarWordsAreCapitalizedFullNames) {
    const struct {
        const char* word;
        bool calendar;
    } cases[] = {{"April", true},  {"May", true},   {"Friday", true}, {"September", true}, {"Apr", false},
                 {"Fri", false},   {"APRIL", false}, {"april", false}, {"Mayor", false},   {"Sept", false}};
    for (const auto& c : cases) EXPECT_EQ(abbreviations::is_calendar_word(c.word), c.calendar) << c.word;
}

TEST(Segment, SeedArticleHasTwelveParagraphsAndNoSplitInsideQuotesOrNumbers) {
    const std::string text = testing::read_file(testing::source_path("assets/articles/seed.txt"));
    ASSERT_FALSE(text.empty());
    const Document doc = segment(text);
    EXPECT_EQ(doc.paragraphs.size(), 12u);
    for (const Sentence& s : doc.sentences) {
        const std::string_view sv = s.span.of(text);
        // A sentence never ends in the middle of a number, and straight quotes inside it balance.
        EXPECT_FALSE(sv.size() >= 2 && sv.back() == ',' ) << sv;
        size_t quotes = 0;
        for (char c : sv) quotes += (c == '"');
        EXPECT_EQ(quotes % 2, 0u) << sv;
    }
    EXPECT_EQ(doc.sentences.size(), 13u);  // paragraph 6 holds two sentences, the others one
}

}  // namespace
}  // namespace storylens
