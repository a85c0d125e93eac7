// json_writer_test.cpp — the streaming JSON writer writes the bytes nlohmann::json::dump writes, for the layouts
// and strings the analysis can hold: escapes, control bytes, well-formed and broken UTF-8, empty containers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "export/json_writer.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"
#include "test_support.hpp"

namespace {

using storylens::json_out::Writer;

std::string dumped(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// One string value written both ways.
void expect_same_string(const std::string& text) {
    for (int indent : {2, -1}) {
        std::string out;
        {
            const storylens::ByteSink sink = [&](std::string_view chunk) { return out.append(chunk), true; };
            Writer w(sink, indent);
            w.string(text);
        }
        EXPECT_EQ(out, dumped(nlohmann::json(text), indent));
    }
}

TEST(JsonWriter, StringsAreEscapedAsNlohmannEscapesThem) {
    const std::vector<std::string> rows = {
        "",
        "plain ASCII, with / and ' kept",
        "said \"we will\" \\ back",
        std::string("tab\tnewline\nreturn\rback\bfeed\f nul") + '\0' + "\x01\x1f\x7f end",
        "Brüssel – “quoted” — 日本 😀",                    // well-formed multi-byte
        "bad \xff byte",                                    // a byte that never starts UTF-8
        "cut \xe2\x80",                                     // a sequence cut at the end
        "cut \xe2\x80 in the middle \"and\" more\n",       // cut, then bytes that need escapes
        "overlong \xc0\xaf, surrogate \xed\xa0\x80, too high \xf4\x90\x80\x80",
        "\x80\x80\x80 leading continuations",
        std::string(70000, 'a') + "\"" + std::string(70000, 'b'),  // runs longer than the writer's buffer
    };
    for (const std::string& row : rows) expect_same_string(row);
}

TEST(JsonWriter, LayoutMatchesDumpPrettyAndOnOneLine) {
    nlohmann::json expected = {{"a", nlohmann::json::array()},
                               {"b", nlohmann::json::object()},
                               {"c", {1, -2, 3}},
                               {"d", {{"e", nullptr}, {"f", {{"g", "h"}}}}},
                               {"i", 18446744073709551615ull}};
    for (int indent : {2, -1}) {
        std::string out;
        const storylens::ByteSink sink = [&](std::string_view chunk) { return out.append(chunk), true; };
        Writer w(sink, indent);
        w.begin_object();
        w.key("a"), w.begin_array(), w.end_array();
        w.key("b"), w.begin_object(), w.end_object();
        w.key("c"), w.begin_array(), w.number(int64_t{1}), w.number(int64_t{-2}), w.number(uint32_t{3}), w.end_array();
        w.key("d"), w.begin_object(), w.key("e"), w.null(), w.key("f"), w.begin_object(), w.key("g"), w.string("h"),
            w.end_object(), w.end_object();
        w.key("i"), w.number(uint64_t{18446744073709551615ull});
        w.end_object();
        w.flush();
        EXPECT_EQ(out, dumped(expected, indent));
    }
}

// The whole export re-parsed and dumped by nlohmann gives the same bytes: sorted keys, nlohmann's layout.
TEST(JsonWriter, ExportIsWhatNlohmannWouldWrite) {
    const storylens::Analysis a =
        storylens::analyze(storylens::testing::read_file(storylens::testing::source_path("tests/golden/inputs/claims.txt")), {"2025-04-05"});
    ASSERT_FALSE(a.claims.empty());
    const std::string pretty = storylens::to_json(a), line = storylens::to_json_line(a);
    EXPECT_EQ(pretty, dumped(nlohmann::json::parse(pretty), 2) + "\n");
    EXPECT_EQ(line, dumped(nlohmann::json::parse(line), -1) + "\n");
}

TEST(JsonWriter, StreamsInChunksAndStopsWhenTheSinkRefuses) {
    const storylens::Analysis a = storylens::analyze(std::string(200000, 'x') + ". Said he.\n", {"2025-04-05"});
    std::string joined;
    size_t chunks = 0, largest = 0;
    EXPECT_TRUE(storylens::write_json(a, [&](std::string_view chunk) {
        ++chunks, largest = std::max(largest, chunk.size());
        return joined.append(chunk), true;
    }));
    EXPECT_EQ(joined, storylens::to_json(a));
    EXPECT_GT(chunks, 1u);
    size_t calls = 0;
    EXPECT_FALSE(storylens::write_json(a, [&](std::string_view) { return ++calls, false; }));
    EXPECT_EQ(calls, 1u);
}

}  // namespace
