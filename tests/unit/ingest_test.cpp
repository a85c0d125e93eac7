// ingest_test.cpp — plain-text ingest: UTF-8 validation, BOM, NUL, format detection (table-driven).
#include <gtest/gtest.h>

#include "storylens/source.hpp"

namespace storylens {
namespace {

struct Utf8Case {
    const char* name;
    std::string input;
    std::string expected_text;
    size_t expected_invalid;
};

TEST(IngestText, Utf8Table) {
    const Utf8Case cases[] = {
        {"ascii", "Plain text.", "Plain text.", 0},
        {"curly quotes", "\xE2\x80\x9CYes,\xE2\x80\x9D she said.", "\xE2\x80\x9CYes,\xE2\x80\x9D she said.", 0},
        {"lone continuation", "a\x80" "b", "a\xEF\xBF\xBD" "b", 1},
        {"truncated sequence", "caf\xC3", "caf\xEF\xBF\xBD", 1},
        {"overlong slash", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},
        {"surrogate", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},
        {"above U+10FFFF", "\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4},
        {"latin-1 e acute", "caf\xE9 au lait", "caf\xEF\xBF\xBD au lait", 1},
        {"four-byte emoji", "ok \xF0\x9F\x98\x80", "ok \xF0\x9F\x98\x80", 0},
    };
    for (const Utf8Case& c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Source> r = ingest_text(c.input);
        EXPECT_EQ(r.value.text, c.expected_text);
        size_t invalid = 0;
        for (const Diagnostic& d : r.diagnostics)
            if (d.code == "utf8.invalid") ++invalid;
        EXPECT_EQ(invalid, c.expected_invalid);
        EXPECT_TRUE(r.ok());
    }
}

TEST(IngestText, InvalidByteReportsItsInputOffset) {
    const Result<Source> r = ingest_text("\xEF\xBB\xBFHello \xFF world");
    ASSERT_GE(r.diagnostics.size(), 1u);
    bool found = false;
    for (const Diagnostic& d : r.diagnostics)
        if (d.code == "utf8.invalid") {
            found = true;
            EXPECT_NE(d.message.find("input byte 9"), std::string::npos) << d.message;
            EXPECT_EQ(d.start, 6);  // offset in the analysed text (BOM removed)
        }
    EXPECT_TRUE(found);
}

TEST(IngestText, BomStrippedCrlfKept) {
    const Result<Source> r = ingest_text("\xEF\xBB\xBFOne.\r\nTwo.\r\n");
    EXPECT_EQ(r.value.text, "One.\r\nTwo.\r\n");
}

TEST(IngestText, NulBytesBecomeSpacesAndAreReported) {
    const Result<Source> r = ingest_text(std::string("a\0b", 3));
    EXPECT_EQ(r.value.text, "a b");
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_EQ(r.diagnostics[0].code, "input.nul");
}

TEST(IngestText, EmptyAndBlankInputAreReported) {
    for (const char* input : {"", "   \n\t  \r\n"}) {
        const Result<Source> r = ingest_text(input);
        ASSERT_EQ(r.diagnostics.size(), 1u);
        EXPECT_EQ(r.diagnostics[0].code, "input.empty");
    }
}

TEST(DetectFormat, ByContent) {
    const std::pair<const char*, Format> cases[] = {
        {"Plain words.", Format::Text},
        {"  <!doctype html><html>", Format::Html},
        {"<article><p>Hi</p>", Format::Html},
        {"<!-- c --><p>x</p>", Format::Html},
        {"\n{\"body\": \"x\"}", Format::Json},
        {"< 5 apples", Format::Text},
        {"", Format::Text},
    };
    for (const auto& [input, expected] : cases) EXPECT_EQ(detect_format(input), expected) << input;
}

struct DatelineCase {
    const char* text;
    bool present;
    const char* location;
};

TEST(Dateline, Table) {
    const DatelineCase cases[] = {
        {"SULAIMANI, Kurdistan Region of Iraq \xE2\x80\x93 The Syrian government said", true,
         "SULAIMANI, Kurdistan Region of Iraq"},
        {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted on Tuesday.", true, "WASHINGTON"},
        {"NEW YORK - Stocks fell sharply.", true, "NEW YORK"},
        {"BEIRUT, Lebanon -- Israeli jets struck.", true, "BEIRUT, Lebanon"},
        {"The president said - in a rare move - that he would resign.", false, ""},
        {"NATO said on Monday that - as expected - it would meet.", false, ""},
        {"\"WE WILL FIGHT\" - the slogan rang out.", false, ""},
        {"US officials said. Then - nothing.", false, ""},
    };
    for (const DatelineCase& c : cases) {
        SCOPED_TRACE(c.text);
        const Dateline d = detect_dateline(c.text);
        EXPECT_EQ(d.present, c.present);
        if (c.present) {
            EXPECT_EQ(d.location, c.location);
        }
    }
}

}  // namespace
}  // namespace storylens
