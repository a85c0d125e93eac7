// timeml_roundtrip_test.cpp — a TimeML document read, written back with its gold timexes by the TimeML exporter,
// and read again keeps its text, DCT and every TIMEX3 (span, type, value, mod) unchanged.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "storylens/analysis.hpp"
#include "storylens/export.hpp"
#include "storylens/timeml.hpp"
#include "unit/test_support.hpp"

namespace storylens {
namespace {

// The exporter writes an Analysis: one holding only the document's text, DCT and gold timexes is enough.
std::string write_back(const TimemlDocument& document) {
    Analysis analysis;
    analysis.source.text = document.text;
    analysis.source.url = document.docid;
    analysis.dct.value = document.dct;
    for (const GoldTimex& gold : document.timexes) {
        Timex timex;
        timex.id = static_cast<uint32_t>(analysis.timexes.size());
        timex.span = gold.span;
        timex.type = gold.type;
        timex.time = timex3(gold.value, gold.mod, gold.type == "SET");
        analysis.timexes.push_back(timex);
    }
    return to_timeml(analysis);
}

void expect_round_trip(const std::string& path) {
    SCOPED_TRACE(path);
    const Result<TimemlDocument> first = read_timeml(testing::read_file(path));
    ASSERT_TRUE(first.ok());
    ASSERT_FALSE(first.value.text.empty());
    const std::string written = write_back(first.value);
    const Result<TimemlDocument> second = read_timeml(written);
    EXPECT_TRUE(second.diagnostics.empty()) << written;
    const TimemlDocument& a = first.value;
    const TimemlDocument& b = second.value;
    EXPECT_EQ(b.text, a.text);
    EXPECT_EQ(b.dct, a.dct);
    ASSERT_EQ(b.timexes.size(), a.timexes.size());
    for (size_t i = 0; i < a.timexes.size(); ++i) {
        SCOPED_TRACE(a.timexes[i].tid);
        EXPECT_EQ(b.timexes[i].span.start, a.timexes[i].span.start);
        EXPECT_EQ(b.timexes[i].span.end, a.timexes[i].span.end);
        EXPECT_EQ(b.timexes[i].type, a.timexes[i].type);
        EXPECT_EQ(b.timexes[i].value, a.timexes[i].value);
        EXPECT_EQ(b.timexes[i].mod, a.timexes[i].mod);
    }
}

std::vector<std::string> tml_files(const std::filesystem::path& directory) {
    std::vector<std::string> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error))
        if (entry.path().extension() == ".tml") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

TEST(TimemlRoundTrip, RepoDocumentsKeepTextDctAndTimexes) {
    const std::vector<std::string> files = tml_files(testing::source_path("tests/data/timeml"));
    ASSERT_GE(files.size(), 2u);
    for (const std::string& file : files) expect_round_trip(file);
}

TEST(TimemlRoundTrip, RepoDocumentsHaveTheTimexesTheyWereWrittenWith) {
    // Guards the round trip against a reader that drops tags: both sides would agree on nothing.
    const Result<TimemlDocument> r =
        read_timeml(testing::read_file(testing::source_path("tests/data/timeml/harbour_strike.tml")));
    ASSERT_EQ(r.value.timexes.size(), 7u);
    EXPECT_EQ(r.value.timexes[2].mod, "MORE_THAN");
    EXPECT_EQ(r.value.timexes[5].type, "SET");
    EXPECT_NE(r.value.text.find("Dock workers & crane operators"), std::string::npos);
}

// Set STORYLENS_TE3_DIR to a folder of TempEval-3 .tml files to run the round trip over real data.
TEST(TimemlRoundTrip, DirectoryFromEnvironment) {
    const char* directory = std::getenv("STORYLENS_TE3_DIR");
    if (!directory || !*directory) GTEST_SKIP() << "STORYLENS_TE3_DIR not set";
    const std::vector<std::string> files = tml_files(directory);
    ASSERT_FALSE(files.empty()) << directory;
    for (const std::string& file : files) expect_round_trip(file);
}

}  // namespace
}  // namespace storylens
