// exports_structure_test.cpp — what each format promises whatever the engines find: valid JSON with the
// TimelineJS / ClaimReview fields, well-formed TimeML that reads back to the analysis, CSV rows of equal width.
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "golden/golden_inputs.hpp"
#include "storylens/export.hpp"
#include "storylens/timeml.hpp"

namespace storylens::testing {
namespace {

using nlohmann::json;

// RFC 4180: fields split by commas, quoted fields may hold commas, CR LF and doubled quotes; rows end in CR LF.
std::vector<std::vector<std::string>> parse_csv(const std::string& csv, bool& ok) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    ok = true;
    bool quoted = false;
    for (size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        std::string& field = rows.back().back();
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            if (!field.empty()) ok = false;  // a quote inside an unquoted field
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            ++i;
            if (i + 1 < csv.size()) rows.emplace_back(1);
        } else if (c == '\n' || c == '\r') {
            ok = false;  // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted) ok = false;
    return rows;
}

class EachInput : public ::testing::TestWithParam<GoldenInput> {
protected:
    void SetUp() override { analysis = analyze_golden_input(GetParam()); }
    std::string write(const char* format) const { return find_export_format(format)->write(analysis); }
    Analysis analysis;
};

TEST_P(EachInput, TimelineJsHasTheFieldsTimelineJsReads) {
    const json doc = json::parse(write("timelinejs"), nullptr, false);
    ASSERT_FALSE(doc.is_discarded());
    ASSERT_TRUE(doc["title"]["text"]["headline"].is_string());
    ASSERT_TRUE(doc["events"].is_array());
    size_t dated = 0;
    for (const Event& e : analysis.events) dated += !e.interval.start.empty();
    const size_t eras = doc.contains("eras") ? doc["eras"].size() : 0;
    EXPECT_EQ(doc["events"].size() + eras, dated) << "one slide or era per dated event";
    for (const json& era : doc.value("eras", json::array())) {
        ASSERT_TRUE(era["start_date"]["year"].is_number_integer());
        ASSERT_TRUE(era["end_date"]["year"].is_number_integer());
        ASSERT_TRUE(era["text"]["headline"].is_string());
    }
    for (const json& slide : doc["events"]) {
        const json& start = slide["start_date"];
        ASSERT_TRUE(start["year"].is_number_integer());
        if (start.contains("day")) {
            EXPECT_TRUE(start.contains("month")) << "a day needs its month";
        }
        if (start.contains("month")) {
            EXPECT_TRUE(start["month"] >= 1 && start["month"] <= 12);
        }
        EXPECT_TRUE(slide["text"]["headline"].is_string());
        std::string text = slide["text"]["text"];
        ASSERT_EQ(text.rfind("<p>", 0), 0u);
        text = text.substr(3, text.size() - 7);
        EXPECT_EQ(text.find_first_of("<>\""), std::string::npos) << "the sentence is HTML-escaped: " << text;
        EXPECT_EQ(slide["unique_id"].get<std::string>().rfind("event-", 0), 0u);
        EXPECT_TRUE(slide["group"].is_string());
    }
}

TEST_P(EachInput, TimemlIsWellFormedAndReadsBackToTheAnalysis) {
    const Result<TimemlDocument> read = read_timeml(write("timeml"));
    EXPECT_TRUE(read.diagnostics.empty()) << read.diagnostics.front().message;
    EXPECT_EQ(read.value.text, analysis.source.text);
    EXPECT_EQ(read.value.dct, analysis.dct.value.empty() ? "XXXX-XX-XX" : analysis.dct.value);
    ASSERT_EQ(read.value.timexes.size(), analysis.timexes.size());
    for (size_t i = 0; i < analysis.timexes.size(); ++i) {
        EXPECT_EQ(read.value.timexes[i].span, analysis.timexes[i].span);
        EXPECT_EQ(read.value.timexes[i].value, timex3_value(analysis.timexes[i].time));
        EXPECT_EQ(read.value.timexes[i].type, analysis.timexes[i].type);
    }
    for (const GoldEvent& e : read.value.events) {
        EXPECT_FALSE(e.span.empty());
        EXPECT_TRUE(e.event_class == "OCCURRENCE" || e.event_class == "REPORTING");
    }
}

TEST_P(EachInput, ClaimReviewHasOneReviewPerReviewedClaim) {
    const json doc = json::parse(write("claimreview"), nullptr, false);
    ASSERT_TRUE(doc.is_array());
    size_t reviewed = 0;
    for (const Claim& c : analysis.claims) reviewed += claim_reviewed(analysis, c.id) ? 1 : 0;
    ASSERT_EQ(doc.size(), reviewed);
    for (const json& review : doc) {
        EXPECT_EQ(review["@context"], "https://schema.org");
        EXPECT_EQ(review["@type"], "ClaimReview");
        EXPECT_TRUE(review["claimReviewed"].is_string());
        EXPECT_EQ(review["itemReviewed"]["@type"], "Claim");
        const std::string author_type = review["itemReviewed"]["author"]["@type"];
        EXPECT_TRUE(author_type == "Person" || author_type == "Organization");
        EXPECT_FALSE(review["itemReviewed"]["author"]["name"].get<std::string>().empty());
        EXPECT_TRUE(review["reviewRating"].is_object());
        EXPECT_EQ(review["url"].get<std::string>().rfind("http", 0), 0u);
        EXPECT_FALSE(review["author"]["name"].get<std::string>().empty());
    }
}

TEST_P(EachInput, CsvRowsAllHaveTheHeaderWidth) {
    for (const auto& [format, rows_expected, columns] :
         {std::tuple{"claims-csv", analysis.claims.size() + 1, size_t{11}},
          std::tuple{"events-csv", analysis.events.size() + 1, size_t{10}}}) {
        bool ok = false;
        const auto rows = parse_csv(write(format), ok);
        EXPECT_TRUE(ok) << format;
        ASSERT_EQ(rows.size(), rows_expected) << format;
        for (const auto& row : rows) {
            EXPECT_EQ(row.size(), columns) << format;
            for (const std::string& field : row) {
                if (!field.empty()) {
                    EXPECT_EQ(std::string("=+-@").find(field[0]), std::string::npos) << field;
                }
            }
        }
    }
}

TEST_P(EachInput, MarkdownHasTheBriefSectionsAndAFootnotePerTimelineEntry) {
    const std::string md = write("markdown");
    EXPECT_EQ(md.rfind("# ", 0), 0u);
    for (const char* section : {"\n## Timeline\n", "\n## Who said what\n", "\n## Entities\n"})
        EXPECT_NE(md.find(section), std::string::npos) << section;
    for (size_t i = 1; i <= analysis.timeline.size(); ++i)
        EXPECT_NE(md.find("\n[^" + std::to_string(i) + "]: "), std::string::npos) << i;
}

INSTANTIATE_TEST_SUITE_P(GoldenInputs, EachInput, ::testing::ValuesIn(golden_inputs()),
                         [](const ::testing::TestParamInfo<GoldenInput>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace storylens::testing
