// exports_golden_test.cpp — every export format on every golden input, byte for byte against tests/golden/data.
// Regenerate after an intended change: STORYLENS_UPDATE_GOLDEN=1 build/<dir>/tests/storylens_core_tests
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "golden/golden_inputs.hpp"
#include "storylens/export.hpp"

namespace storylens::testing {
namespace {

bool updating() {
    const char* v = std::getenv("STORYLENS_UPDATE_GOLDEN");
    return v && *v && std::string(v) != "0";
}

std::string golden_path(const GoldenInput& input, const ExportFormat& format) {
    return source_path(std::string("tests/golden/data/") + input.name + "." + format.name + "." + format.extension);
}

bool file_exists(const std::string& path) { return std::ifstream(path, std::ios::binary).good(); }

// The first line where two outputs differ, so a failure says where to look.
std::string first_difference(const std::string& expected, const std::string& actual) {
    size_t line = 1, start = 0;
    for (size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        if (expected[i] != actual[i]) {
            const size_t e_end = expected.find('\n', start), a_end = actual.find('\n', start);
            return "line " + std::to_string(line) + "\n  golden: " + expected.substr(start, e_end - start) +
                   "\n  actual: " + actual.substr(start, a_end - start);
        }
        if (expected[i] == '\n') {
            ++line;
            start = i + 1;
        }
    }
    return "one output is a prefix of the other (golden " + std::to_string(expected.size()) + " bytes, actual " +
           std::to_string(actual.size()) + ")";
}

TEST(ExportsGolden, EveryFormatHasAGoldenFileForEveryInput) {
    if (updating()) GTEST_SKIP() << "STORYLENS_UPDATE_GOLDEN is set: the golden files are being rewritten";
    size_t checked = 0;
    for (const GoldenInput& input : golden_inputs())
        for (const ExportFormat& format : export_formats()) {
            EXPECT_TRUE(file_exists(golden_path(input, format)))
                << "missing golden file " << golden_path(input, format)
                << " (a new format needs one: run with STORYLENS_UPDATE_GOLDEN=1)";
            ++checked;
        }
    EXPECT_EQ(checked, golden_inputs().size() * export_formats().size());
    EXPECT_GE(export_formats().size(), 7u) << "json, timelinejs, timeml, claimreview, claims-csv, events-csv, markdown";
}

TEST(ExportsGolden, OutputsMatchTheGoldenFiles) {
    for (const GoldenInput& input : golden_inputs()) {
        const Analysis analysis = analyze_golden_input(input);
        for (const ExportFormat& format : export_formats()) {
            const std::string actual = format.write(analysis);
            const std::string path = golden_path(input, format);
            if (updating()) {
                std::ofstream(path, std::ios::binary) << actual;
                std::printf("[golden] wrote %s\n", path.c_str());
                continue;
            }
            if (!file_exists(path)) continue;  // reported by EveryFormatHasAGoldenFileForEveryInput
            const std::string expected = read_file(path);
            EXPECT_TRUE(expected == actual)
                << input.name << " as " << format.name << " differs from " << path << " at "
                << first_difference(expected, actual)
                << "\n(if the change is intended: STORYLENS_UPDATE_GOLDEN=1 storylens_core_tests)";
        }
    }
}

TEST(ExportsGolden, OutputIsDeterministic) {
    const Analysis analysis = analyze_golden_input(golden_inputs().front());
    for (const ExportFormat& format : export_formats())
        EXPECT_EQ(format.write(analysis), format.write(analysis)) << format.name;
}

}  // namespace
}  // namespace storylens::testing
