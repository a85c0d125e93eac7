// exports_test.cpp — the export formats' rules on hand-built analyses: TimelineJS date parts by precision,
// readable dates, CSV quoting and formula guarding, Markdown escaping, TimeML nesting and escaping.
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "unit/time_support.hpp"
#include "export/export_text.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"
#include "storylens/timeml.hpp"

namespace storylens {
namespace {

using nlohmann::json;

// One paragraph, one sentence holding all of `text`.
Analysis one_sentence(const std::string& text) {
    Analysis a;
    a.source.text = text;
    const Span all{0, static_cast<uint32_t>(text.size())};
    a.document.paragraphs.push_back({0, all});
    a.document.sentences.push_back({0, all, 0, 0, 0});
    return a;
}

Event dated_event(uint32_t id, Interval interval, When when = {}) {
    Event e;
    e.id = id;
    e.text = "something happened";
    e.interval = std::move(interval);
    e.when = std::move(when);
    return e;
}

TEST(ExportText, HumanDates) {
    const struct {
        const char* value;
        const char* mod;
        const char* expected;
    } cases[] = {
        {"2025-03-06", "", "Thursday 6 March 2025"}, {"2025-04-04TNI", "END", "Friday 4 April 2025"},
        {"2025-02-30", "", ""},
        {"2025-03", "", "March 2025"},           {"2025-03", "START", "Early March 2025"},
        {"2025-03", "MID", "Mid-March 2025"},    {"2024", "END", "Late 2024"},
        {"199", "", "The 1990s"},                {"199", "START", "The early 1990s"},
        {"2025-SP", "", "Spring 2025"},          {"2025-Q1", "", "Q1 2025"},
        {"2025-H2", "", "Second half of 2025"},  {"2025-W10", "", "Week 10 of 2025"},
        {"2025-03", "APPROX", "Around March 2025"}, {"2020", "BEFORE", "Before 2020"},
        {"P50Y", "", ""},                        {"PRESENT_REF", "", ""},
        {"XXXX-WXX-5", "", ""},                  {"2025-13", "", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(export_text::human_date(timex3(c.value, c.mod)), c.expected) << c.value << " " << c.mod;
}

TEST(ExportText, HeadlineFallsBackToTheFirstSentenceCutOnAWord) {
    Analysis a = one_sentence("The council voted on Tuesday to close the old harbour bridge for repairs lasting two years.");
    EXPECT_EQ(export_text::headline(a, 40), "The council voted on Tuesday to close\xE2\x80\xA6");
    a.source.headline = "Bridge  to close\n";
    EXPECT_EQ(export_text::headline(a), "Bridge to close");
}

TEST(TimelineJs, DatePartsFollowThePrecision) {
    const struct {
        Interval interval;
        When when;
        json start, end;  // end null: no end_date
        const char* display;  // "" for none
    } cases[] = {
        {{"2025-03-06", "2025-03-06", "day"}, when_of("2025-03-06", "", 0), {{"year", 2025}, {"month", 3}, {"day", 6}}, nullptr, ""},
        {{"2025-03-01", "2025-03-31", "month"}, when_of("2025-03", "", 0), {{"year", 2025}, {"month", 3}}, nullptr, ""},
        {{"2025-03-01", "2025-03-10", "part-of-month"}, when_of("2025-03", "START", 0), {{"year", 2025}, {"month", 3}},
         nullptr, "Early March 2025"},
        {{"1990-01-01", "1999-12-31", "decade"}, when_of("199", "", 0), {{"year", 1990}}, nullptr, "The 1990s"},
        {{"2024-09-01", "2024-12-31", "part-of-year"}, when_of("2024", "END", 0), {{"year", 2024}}, nullptr, "Late 2024"},
        {{"2025-03-01", "2025-05-31", "season"}, when_of("2025-SP", "", 0), {{"year", 2025}, {"month", 3}}, nullptr,
         "Spring 2025"},
        // a span longer than its unit (a duration) gets an end date
        {{"2025-03-06", "2025-03-09", "day"}, {}, {{"year", 2025}, {"month", 3}, {"day", 6}},
         {{"year", 2025}, {"month", 3}, {"day", 9}}, ""},
        {{"2023-03-01", "2024-08-31", "month"}, {}, {{"year", 2023}, {"month", 3}}, {{"year", 2024}, {"month", 8}}, ""},
    };
    for (const auto& c : cases) {
        Analysis a = one_sentence("Something happened.");
        a.events.push_back(dated_event(0, c.interval, c.when));
        a.timeline = {0};
        const json slide = json::parse(to_timelinejs(a))["events"].at(0);
        EXPECT_EQ(slide["start_date"], c.start) << c.interval.precision;
        if (c.end.is_null()) EXPECT_FALSE(slide.contains("end_date")) << c.interval.precision;
        else EXPECT_EQ(slide["end_date"], c.end) << c.interval.precision;
        if (*c.display) EXPECT_EQ(slide["display_date"], c.display);
        else EXPECT_FALSE(slide.contains("display_date")) << c.interval.precision;
    }
}

TEST(TimelineJs, UndatedEventsAreCountedNotShownAndSourcesGroup) {
    Analysis a = one_sentence("Police said the <b>fire</b> began after a delivery.");
    a.entities.push_back({0, "Police", EntityType::Org, {}, {}, "", -1});
    Claim c;
    c.source_entity = 0;
    a.claims.push_back(c);
    a.events.push_back(dated_event(0, {"2025-03-06", "2025-03-06", "day"}));
    a.events.back().reported_by = 0;
    a.events.push_back(dated_event(1, {"", "", "none"}));
    a.timeline = {0, 1};
    const json doc = json::parse(to_timelinejs(a));
    ASSERT_EQ(doc["events"].size(), 1u);
    EXPECT_EQ(doc["events"][0]["group"], "Police");
    EXPECT_EQ(doc["events"][0]["unique_id"], "event-0");
    EXPECT_EQ(doc["events"][0]["text"]["text"],
              "<p>Police said the &lt;b&gt;fire&lt;/b&gt; began after a delivery.</p>");
    EXPECT_NE(doc["title"]["text"]["text"].get<std::string>().find("1 undated event not shown"), std::string::npos);
}

TEST(TimelineJs, AStateThatLastedYearsIsAnEraNotASlide) {
    const struct {
        Interval interval;
        When when;
        bool era;
    } cases[] = {
        {{"1974-01-01", "2024-12-31", "year"}, when_of("P50Y", "", 0), true},        // "the five-decade-long rule"
        {{"2021-01-01", "2024-12-31", "year"}, when_of("P4Y", "", 0), true},
        {{"2024-01-01", "2025-06-30", "month"}, when_of("P18M", "", 0), false},      // under two years: a slide
        {{"1990-01-01", "1999-12-31", "decade"}, when_of("199", "", 0), false},      // a period named, not a duration
    };
    for (const auto& c : cases) {
        Analysis a = one_sentence("Something happened.");
        a.events.push_back(dated_event(0, c.interval, c.when));
        a.timeline = {0};
        const json doc = json::parse(to_timelinejs(a));
        EXPECT_EQ(doc.contains("eras"), c.era) << timex3_value(c.when.time);
        EXPECT_EQ(doc["events"].size(), c.era ? 0u : 1u) << timex3_value(c.when.time);
        if (c.era) {
            EXPECT_EQ(doc["eras"][0]["start_date"]["year"], std::stoi(c.interval.start.substr(0, 4)));
            EXPECT_EQ(doc["eras"][0]["end_date"]["year"], std::stoi(c.interval.end.substr(0, 4)));
        }
        EXPECT_EQ(doc["title"]["text"]["text"].get<std::string>().find("undated"), std::string::npos);
    }
}

TEST(ExportText, PublicationWords) {
    const struct {
        Dct dct;
        const char* expected;
    } cases[] = {
        {{"2025-04-05", DctOrigin::Given, "2025-04-05", "2025-04-05", 100, {}}, "Published Saturday 5 April 2025 (given)"},
        {{"2025-04-01", DctOrigin::Inferred, "2025-04-01", "2026-02-28", 18, {}},
         "Publication date not given: the text points to Tuesday 1 April 2025 (between Tuesday 1 April 2025 and "
         "Saturday 28 February 2026, confidence 18 %); the dates that depend on it are provisional"},
        {{"2025-03-03", DctOrigin::Inferred, "2025-03-03", "2025-03-10", 75, {}},
         "Publication date not given: the text points to Monday 3 March 2025 (between Monday 3 March 2025 and "
         "Monday 10 March 2025, confidence 75 %)"},
        {{"", DctOrigin::None, "1996-03-26", "", 0, {}}, "Publication date unknown: written on or after Tuesday 26 March 1996"},
        {{"", DctOrigin::None, "", "", 0, {}}, "Publication date unknown"},
    };
    for (const auto& c : cases) EXPECT_EQ(export_text::publication_words(c.dct), c.expected);
}

TEST(Csv, QuotesAndGuardsAgainstFormulas) {
    const struct {
        const char* content;
        const char* field;
    } cases[] = {
        {"plain words", "plain words"},
        {"with, comma", "\"with, comma\""},
        {"a \"quoted\" word", "\"a \"\"quoted\"\" word\""},
        {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
        {"+1 555", "'+1 555"},
        {"-5 percent", "'-5 percent"},
        {"@mention", "'@mention"},
    };
    for (const auto& c : cases) {
        Analysis a = one_sentence("x");
        Claim claim;
        claim.content.text = c.content;
        a.claims.push_back(claim);
        const std::string csv = to_claims_csv(a);
        const std::string row = csv.substr(csv.find("\r\n") + 2);
        EXPECT_NE(row.find("," + std::string(c.field) + ","), std::string::npos) << row;
    }
}

TEST(Markdown, ArticleTextCannotBecomeMarkup) {
    Analysis a = one_sentence("x");
    a.source.headline = "Stocks *soar* after [deal] <script> & `code` | $5";
    const std::string md = to_markdown(a);
    EXPECT_EQ(md.substr(0, md.find('\n')), "# Stocks \\*soar\\* after \\[deal\\] \\<script\\> \\& \\`code\\` \\| \\$5");
}

TEST(Timeml, EventTagsHoldTextOnlyAndInstancesPointAtTheirEvents) {
    Analysis a = one_sentence("Talks <ended> on Friday & resumed.\r\x01");
    a.timexes.push_back({0, {17, 23}, "DATE", timex3("2025-04-04"), 0, -1});
    Event crossing = dated_event(0, {"2025-04-04", "2025-04-04", "day"}, when_of("2025-04-04", "", 0));
    crossing.span = {20, 34};  // "day & resumed." starts inside the timex "Friday": tagged after it
    Event around = dated_event(1, {"2025-04-04", "2025-04-04", "day"}, when_of("2025-04-04", "", 0));
    around.span = {0, 23};  // holds the whole timex: tagged before it (TimeML's EVENT holds no tags)
    a.events = {crossing, around};
    const std::string xml = to_timeml(a);
    EXPECT_NE(xml.find("<TEXT><EVENT eid=\"e2\" class=\"OCCURRENCE\">Talks &lt;ended&gt; on</EVENT> <TIMEX3 tid=\"t1\" "
                       "type=\"DATE\" value=\"2025-04-04\">Friday</TIMEX3> <EVENT eid=\"e1\" class=\"OCCURRENCE\">"
                       "&amp; resumed</EVENT>.&#13;\xEF\xBF\xBD</TEXT>"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find("<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\""), std::string::npos) << xml;
    EXPECT_NE(xml.find("<MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\""), std::string::npos) << xml;
    EXPECT_NE(xml.find("relType=\"IS_INCLUDED\" eventInstanceID=\"ei2\" relatedToTime=\"t1\""), std::string::npos);
    const Result<TimemlDocument> back = read_timeml(xml);
    EXPECT_TRUE(back.diagnostics.empty());
    EXPECT_EQ(back.value.text, "Talks <ended> on Friday & resumed.\r\xEF\xBF\xBD");
}

}  // namespace
}  // namespace storylens

namespace storylens {
namespace {

// Unreviewed claims are left out (no empty url or reviewRating: JSON-LD reads "" as the page's own address) and
// the status says so; a complete verdict makes a ClaimReview with Google's required fields, a short
// claimReviewed and the whole content as the claim's text.
TEST(ClaimReview, OnlyReviewedClaimsWithGooglesRequiredFields) {
    Analysis a = analyze("The mayor said on Monday that the bridge, closed since the floods of last winter, would reopen "
                         "to all traffic in May after repairs costing 4 million euros.",
                         AnalyzeOptions{});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_EQ(to_claimreview(a), "[]\n");
    EXPECT_NE(claimreview_status(a).find("0 of 1 claims reviewed"), std::string::npos);

    a.verdicts.push_back({0, "Half true", false, 0, 5, 1, "", "Desk", ""});  // no review URL: not yet reviewed
    EXPECT_FALSE(claim_reviewed(a, 0));
    EXPECT_EQ(to_claimreview(a), "[]\n");

    a.verdicts[0].url = "https://factcheck.example/bridge";
    a.verdicts[0].date = "2025-04-06";
    a.verdicts[0].has_value = true;
    a.verdicts[0].value = 3;
    EXPECT_TRUE(claim_reviewed(a, 0));
    EXPECT_EQ(claimreview_status(a), "");
    const nlohmann::json reviews = nlohmann::json::parse(to_claimreview(a));
    ASSERT_EQ(reviews.size(), 1u);
    const nlohmann::json& r = reviews[0];
    EXPECT_EQ(r["url"], "https://factcheck.example/bridge");
    EXPECT_EQ(r["author"]["name"], "Desk");
    EXPECT_EQ(r["datePublished"], "2025-04-06");
    EXPECT_EQ(r["reviewRating"]["alternateName"], "Half true");
    EXPECT_EQ(r["reviewRating"]["ratingValue"], 3);
    EXPECT_EQ(r["reviewRating"]["bestRating"], 5);
    EXPECT_EQ(r["reviewRating"]["worstRating"], 1);
    const std::string short_text = r["claimReviewed"];
    EXPECT_LE(short_text.size(), 77u) << "at most 75 characters, the ellipsis 3 bytes";
    EXPECT_EQ(r["itemReviewed"]["text"], a.claims[0].content.text);
    EXPECT_FALSE(r.contains("creativeWorkStatus"));
}

}  // namespace
}  // namespace storylens
