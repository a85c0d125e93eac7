// timeml_reader_test.cpp — reading TimeML: text with tags stripped and entities decoded, gold spans, the DCT,
// recovery from malformed markup, and TempEval-3 style scoring.
#include <string>

#include <gtest/gtest.h>

#include "storylens/timeml.hpp"
#include "unit/test_support.hpp"

namespace storylens {
namespace {

std::string span_text(const TimemlDocument& d, Span s) { return std::string(s.of(d.text)); }

TEST(TimemlReader, ReadsTextDctTimexesAndEvents) {
    const Result<TimemlDocument> r =
        read_timeml(testing::read_file(testing::source_path("tests/fuzz/corpus/fuzz_timeml/wire_story.tml")));
    EXPECT_TRUE(r.diagnostics.empty());
    const TimemlDocument& d = r.value;
    EXPECT_EQ(d.docid, "WIRE20240312.0001");
    EXPECT_EQ(d.dct, "2024-03-12");
    EXPECT_EQ(timeml_dct_date(d), "2024-03-12");
    EXPECT_EQ(d.text.rfind("\nThe port authority said Monday that cargo volumes fell 4% in February.\n", 0), 0u);
    EXPECT_NE(d.text.find("Dock workers & drivers"), std::string::npos);
    ASSERT_EQ(d.timexes.size(), 3u);
    const struct {
        const char* text;
        const char* tid;
        const char* type;
        const char* value;
    } expected[] = {{"Monday", "t1", "DATE", "2024-03-11"},
                    {"February", "t2", "DATE", "2024-02"},
                    {"three weeks", "t3", "DURATION", "P3W"}};
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(span_text(d, d.timexes[i].span), expected[i].text);
        EXPECT_EQ(d.timexes[i].tid, expected[i].tid);
        EXPECT_EQ(d.timexes[i].type, expected[i].type);
        EXPECT_EQ(d.timexes[i].value, expected[i].value);
    }
    ASSERT_EQ(d.events.size(), 3u);
    EXPECT_EQ(span_text(d, d.events[0].span), "said");
    EXPECT_EQ(d.events[0].event_class, "REPORTING");
    EXPECT_EQ(span_text(d, d.events[2].span), "protested");
}

TEST(TimemlReader, DecodesEntitiesCdataAndSkipsCommentsAndDoctype) {
    const Result<TimemlDocument> r =
        read_timeml(testing::read_file(testing::source_path("tests/fuzz/corpus/fuzz_timeml/entities_cdata.tml")));
    EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().message;
    EXPECT_EQ(r.value.dct, "1999-12-31T23:00");
    EXPECT_EQ(timeml_dct_date(r.value), "1999-12-31");
    EXPECT_EQ(r.value.text,
              "Markets <closed> early on New Year's Eve \xE2\x80\x94 caf\xC3\xA9 owners \"cheered\".\n"
              "Every year the same.");
    ASSERT_EQ(r.value.timexes.size(), 2u);
    EXPECT_EQ(span_text(r.value, r.value.timexes[0].span), "New Year's Eve");
    EXPECT_EQ(r.value.timexes[0].mod, "END");
    EXPECT_EQ(r.value.timexes[1].type, "SET");
}

TEST(TimemlReader, NormalisesLineEndsButKeepsCharacterReferences) {
    const Result<TimemlDocument> r = read_timeml("<TimeML><TEXT>a\r\nb\rc&#13;d</TEXT></TimeML>");
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.value.text, "a\nb\nc\rd");
}

TEST(TimemlReader, RecoversFromMalformedMarkupWithWarnings) {
    const struct {
        const char* xml;
        const char* text;  // expected text
        size_t timexes;
    } cases[] = {
        {"<TimeML><TEXT>On <TIMEX3 tid=\"t1\" value=\"2001\">2001</EVENT> rain</TEXT></TimeML>", "On 2001 rain", 1},
        {"<TEXT>Rain & snow < here &bogus; on <TIMEX3 value=2001>Monday</TIMEX3>", "Rain & snow < here &bogus; on Monday", 1},
        {"<TEXT>cut off <TIMEX3 tid=\"t1\" value=\"2001", "cut off ", 0},
        {"<TEXT>open <TIMEX3 tid=\"t1\">never closed", "open never closed", 1},
        {"<TEXT>bad \xFF byte &#0; and &#x110000;</TEXT>", "bad \xEF\xBF\xBD byte \xEF\xBF\xBD and \xEF\xBF\xBD", 0},
    };
    for (const auto& c : cases) {
        const Result<TimemlDocument> r = read_timeml(c.xml);
        EXPECT_TRUE(r.ok()) << c.xml;
        EXPECT_EQ(r.value.text, c.text) << c.xml;
        EXPECT_EQ(r.value.timexes.size(), c.timexes) << c.xml;
        for (const GoldTimex& t : r.value.timexes) EXPECT_LE(t.span.end, r.value.text.size());
        bool warned = false;
        for (const Diagnostic& d : r.diagnostics) warned |= d.code == "timeml.malformed";
        EXPECT_TRUE(warned || std::string(c.xml).find('\xFF') != std::string::npos) << c.xml;
    }
}

TEST(TimemlReader, ADocumentWithoutTextIsAnError) {
    for (const char* xml : {"", "plain words", "<TimeML><DOCID>x</DOCID></TimeML>"}) {
        const Result<TimemlDocument> r = read_timeml(xml);
        EXPECT_FALSE(r.ok()) << xml;
        EXPECT_EQ(r.diagnostics.back().code, "timeml.no_text");
    }
}

TEST(TimexScore, CountsLikeTempEval3) {
    // gold: [0,6) [10,20) [30,35); system: [0,6) exact, [12,18) overlapping, [40,45) spurious
    const std::vector<GoldTimex> gold = {
        {"t1", {0, 6}, "DATE", "2024-03-11", ""},
        {"t2", {10, 20}, "DURATION", "P3W", ""},
        {"t3", {30, 35}, "DATE", "2024-02", ""},
    };
    std::vector<Timex> system(3);
    system[0].span = {0, 6}, system[0].type = "DATE", system[0].time = timex3("2024-03-11");
    system[1].span = {12, 18}, system[1].type = "DATE", system[1].time = timex3("P3W");
    system[2].span = {40, 45}, system[2].type = "DATE", system[2].time = timex3("2024");
    TimexScore s;
    add_timex_score(s, gold, system);
    EXPECT_EQ(s.documents, 1u);
    EXPECT_EQ(s.strict, 1u);
    EXPECT_EQ(s.relaxed, 2u);
    EXPECT_EQ(s.type, 1u);
    EXPECT_EQ(s.value, 2u);
    EXPECT_DOUBLE_EQ(s.precision(s.relaxed), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(s.recall(s.strict), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(s.f1(s.relaxed), 4.0 / 6.0);
    TimexScore empty;
    EXPECT_EQ(empty.f1(0), 0.0);
}

}  // namespace
}  // namespace storylens
