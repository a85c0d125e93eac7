// ingest_json_test.cpp — CMS JSON ingest (docs/cms-json.md): fields, HTML bodies, errors (table-driven).
#include <gtest/gtest.h>

#include "storylens/source.hpp"

namespace storylens {
namespace {

struct CmsCase {
    const char* name;
    std::string json;
    const char* text;      // expected Source::text
    const char* headline;
    const char* published;
    const char* byline;
    const char* error;     // substring of the Error diagnostic, "" when none is expected
};

TEST(IngestJson, Table) {
    const CmsCase cases[] = {
        {"plain body", R"({"headline": "H", "published": "2025-04-05", "byline": "Ann", "body": "Text here."})",
         "Text here.", "H", "2025-04-05", "Ann", ""},
        {"unknown keys ignored", R"({"body": "x", "section": "World", "tags": ["a"], "n": 3, "meta": {"k": 1}})", "x",
         "", "", "", ""},
        {"escapes decoded", R"({"body": "\u201cYes\u201d\nshe said \ud83d\ude00"})",
         "\xE2\x80\x9CYes\xE2\x80\x9D\nshe said \xF0\x9F\x98\x80", "", "", "", ""},
        {"timestamp kept", R"({"body": "x", "published": "2025-04-05T10:00:00Z"})", "x", "", "2025-04-05T10:00:00Z",
         "", ""},
        {"date in words normalised", R"({"body": "x", "published": "April 5, 2025"})", "x", "", "2025-04-05", "", ""},
        {"html body by content", R"({"body": "<p>One &amp; two.</p><aside>Ad</aside><p>Three.</p>"})",
         "One & two.\n\nThree.", "", "", "", ""},
        {"html body by body_format", R"({"body": "Text <b>bold</b>", "body_format": "html"})", "Text bold", "", "", "",
         ""},
        {"text body_format keeps markup", R"({"body": "<p>literal</p>", "body_format": "text"})", "<p>literal</p>", "",
         "", "", ""},
        {"json fields override the html's",
         R"({"headline": "CMS", "body": "<html><head><title>Page</title><meta property='article:published_time' content='2020-01-01'></head><p>x</p></html>", "published": "2021-02-03"})",
         "x", "CMS", "2021-02-03", "", ""},
        {"html metadata used when the json has none",
         R"({"body": "<meta name=author content='Html Author'><h1>Html title</h1><p>x</p>"})", "x", "Html title", "",
         "Html Author", ""},
        {"null is absent", R"({"body": "x", "byline": null})", "x", "", "", "", ""},
        {"wrong type names the key", R"({"body": "x", "headline": 5})", "x", "", "", "",
         "\"headline\" must be a string, not a number"},
        {"body of the wrong type", R"({"body": ["x"]})", "", "", "", "", "\"body\" must be a string, not an array"},
        {"missing body", R"({"headline": "H"})", "", "H", "", "", "no body"},
        {"empty body", R"({"body": "  \n "})", "", "", "", "", "no body"},
        {"invalid json with offset", R"({"body": "x",})", "", "", "", "", "at byte 14"},
        {"truncated", R"({"body": "x)", "", "", "", "", "not valid JSON"},
        {"not an object", R"(["body"])", "", "", "", "", "must be an object, not an array"},
        {"trailing garbage", R"({"body": "x"} extra)", "", "", "", "", "not valid JSON"},
        {"empty input", "", "", "", "", "", "not valid JSON"},
    };
    for (const CmsCase& c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Source> r = ingest_json(c.json);
        EXPECT_EQ(r.value.format, Format::Json);
        EXPECT_EQ(r.value.text, c.text);
        if (std::string_view(c.error).empty()) {
            EXPECT_TRUE(r.ok());
            EXPECT_EQ(r.value.headline, c.headline);
            EXPECT_EQ(r.value.published, c.published);
            EXPECT_EQ(r.value.byline, c.byline);
            continue;
        }
        bool found = false;
        for (const Diagnostic& d : r.diagnostics)
            if (d.level == Level::Error && d.message.find(c.error) != std::string::npos) found = true;
        EXPECT_TRUE(found) << "no error containing: " << c.error;
        if (!r.diagnostics.empty()) SCOPED_TRACE(r.diagnostics.front().message);
    }
}

TEST(IngestJson, GivenDatelineIsUsed) {
    const Result<Source> r = ingest_json(
        R"({"dateline": "LONDON (Reuters) \u2013", "body": "LONDON (Reuters) \u2013 Prices rose on Monday."})");
    EXPECT_TRUE(r.value.dateline.present);
    EXPECT_EQ(r.value.dateline.text, "LONDON (Reuters) \xE2\x80\x93");
    EXPECT_EQ(r.value.dateline.location, "LONDON");
    EXPECT_EQ(r.value.dateline.span.of(r.value.text), "LONDON (Reuters) \xE2\x80\x93 ");

    const Result<Source> separate = ingest_json(R"({"dateline": "PARIS", "body": "Prices rose on Monday."})");
    EXPECT_TRUE(separate.value.dateline.present);
    EXPECT_EQ(separate.value.dateline.location, "PARIS");
    EXPECT_TRUE(separate.value.dateline.span.empty());
}

TEST(IngestJson, MappingPointsIntoTheJsonBytes) {
    const std::string json = R"({"id": 7, "body": "First line.\nSecond \"quoted\" line."})";
    const Result<Source> r = ingest_json(json);
    ASSERT_EQ(r.value.text, "First line.\nSecond \"quoted\" line.");
    ASSERT_FALSE(r.value.mapping.empty());
    for (const SourceMapping& m : r.value.mapping) {
        const std::string_view run = m.text.of(r.value.text);
        EXPECT_EQ(json.substr(m.origin, run.size()), run);
    }
    EXPECT_EQ(r.value.mapping.front().origin, json.find("First"));

    const std::string html_json = R"({"body": "<p>Alpha.</p>\n<p>Beta.</p>"})";
    const Result<Source> h = ingest_json(html_json);
    ASSERT_EQ(h.value.text, "Alpha.\n\nBeta.");
    ASSERT_EQ(h.value.mapping.size(), 2u);
    EXPECT_EQ(h.value.mapping[0].origin, html_json.find("Alpha"));
    EXPECT_EQ(h.value.mapping[1].origin, html_json.find("Beta"));
}

TEST(DetectFormat, HtmlAndJsonByContent) {
    const std::pair<const char*, Format> cases[] = {
        {"<!DOCTYPE html>", Format::Html},
        {"<HTML lang=en>", Format::Html},
        {"Intro line\n<div class=x>text</div>", Format::Html},
        {"<span>inline only</span> words", Format::Text},
        {"{\"body\": \"x\"}", Format::Json},
        {"{not json at all", Format::Text},
        {"<pre-release> notes", Format::Text},
        {"\xEF\xBB\xBF<p>after a BOM", Format::Html},
    };
    for (const auto& [input, expected] : cases) EXPECT_EQ(detect_format(input), expected) << input;
}

struct ShapeCase {
    const char* name;
    const char* json;
    const char* text;
    const char* headline;
    const char* published;
    const char* byline;
    const char* url;
};

// Newsroom CMS exports read without a converter (docs/cms-json.md has the full examples).
TEST(IngestJson, CmsShapes) {
    const ShapeCase cases[] = {
        {"WordPress REST post",
         R"({"id": 7, "date": "2025-04-05T10:00:00", "date_gmt": "2025-04-05T08:00:00",
             "link": "https://news.example/2025/04/council-vote/",
             "title": {"rendered": "Council&#8217;s vote passes"},
             "content": {"rendered": "<p>The council voted on Friday.</p>\n<p>It passed 7 to 2.</p>", "protected": false},
             "_embedded": {"author": [{"id": 3, "name": "Ann Lee"}]}})",
         "The council voted on Friday.\n\nIt passed 7 to 2.", "Council\xE2\x80\x99s vote passes", "2025-04-05T08:00:00Z",
         "Ann Lee", "https://news.example/2025/04/council-vote/"},
        {"WordPress post without date_gmt or embedded author",
         R"({"date": "2025-04-05T10:00:00", "title": {"rendered": "T"}, "content": {"rendered": "<p>Body.</p>"}})",
         "Body.", "T", "2025-04-05T10:00:00", "", ""},
        {"Arc XP ANS story",
         R"({"type": "story", "headlines": {"basic": "Port strike ends"}, "display_date": "2024-11-14T17:05:00Z",
             "credits": {"by": [{"type": "author", "name": "Maria Okafor"}, {"name": "Tom Haldane"}]},
             "canonical_url": "/business/2024/11/14/port-strike/",
             "content_elements": [{"type": "text", "content": "Dockworkers accepted the deal."},
                                  {"type": "image", "url": "https://img.example/x.jpg"},
                                  {"type": "header", "content": "What comes next"},
                                  {"type": "text", "content": "Ships return <b>on Monday</b>."}]})",
         "Dockworkers accepted the deal.\n\nWhat comes next\n\nShips return on Monday.", "Port strike ends",
         "2024-11-14T17:05:00Z", "Maria Okafor, Tom Haldane", "/business/2024/11/14/port-strike/"},
    };
    for (const ShapeCase& c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Source> r = ingest_json(c.json);
        EXPECT_TRUE(r.ok());
        EXPECT_EQ(r.value.text, c.text);
        EXPECT_EQ(r.value.headline, c.headline);
        EXPECT_EQ(r.value.published, c.published);
        EXPECT_EQ(r.value.byline, c.byline);
        EXPECT_EQ(r.value.url, c.url);
    }
    const Result<Source> empty = ingest_json(R"({"content_elements": [{"type": "image"}]})");
    ASSERT_FALSE(empty.ok());
}

}  // namespace
}  // namespace storylens
