// classify_input_test.cpp — text or binary, judged before analysis: one row per kind of input, with what the
// classification must say it saw. Binary rows are the starts of real files of each format; text rows include
// the hard cases that must stay text (a few bad bytes, Latin-1 leftovers, words that begin like a signature).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storylens/analysis.hpp"
#include "storylens/source.hpp"

namespace storylens {
namespace {

std::string bytes(const char* data, size_t size) { return std::string(data, size); }

std::string random_bytes(size_t size) {
    std::string out(size, ' ');
    uint32_t x = 88172645u;  // xorshift32: the same bytes on every run
    for (char& c : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x >> 24);
    }
    return out;
}

std::string article() {
    std::string out;
    while (out.size() < 10000) out += "The council said on Tuesday that it would spend \xC2\xA3" "4m on roads. ";
    return out;
}

struct Row {
    const char* name;
    std::string input;
    bool text;
    const char* seen;  // substring of InputClass::seen; empty for text
};

TEST(ClassifyInput, Table) {
    std::string elf = bytes("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0", 20);
    elf += std::string(4000, '\0');
    std::string text_then_nuls = article() + std::string(200000, '\0');
    std::string few_bad = article();
    few_bad[100] = '\xFF';
    few_bad[5000] = '\xC0';
    std::string latin1 = "Le pr\xE9sident a d\xE9" "clar\xE9 mardi que la r\xE9" "forme \xE9tait n\xE9" "cessaire. ";
    std::string latin1_text;
    while (latin1_text.size() < 2000) latin1_text += latin1;
    std::string utf16 = bytes("\xFF\xFEH\0e\0l\0l\0o\0", 12);
    std::string tar(600, '\0');
    tar.replace(0, 8, "file.txt");
    tar.replace(257, 5, "ustar");
    std::string controls;
    while (controls.size() < 3000) controls += "ab\x01\x02\x03\x04\x05\x06\x07\x08" "cd";
    std::string all_invalid;
    while (all_invalid.size() < 100000) all_invalid += "\xC0\xFF\xFE";

    const std::vector<Row> rows = {
        {"PNG", bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06", 26), false, "looks like a PNG image"},
        {"JPEG", bytes("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01", 13), false, "looks like a JPEG image"},
        {"GIF", "GIF89a\x01\0\x01\0", false, "looks like a GIF image"},
        {"PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", false, "looks like a PDF"},
        {"gzip", bytes("\x1F\x8B\x08\0\0\0\0\0\0\x03\xCBH\xCD\xC9\xC9\x07\0", 17), false, "looks like a gzip stream"},
        {"zip", bytes("PK\x03\x04\x14\0\0\0\x08\0", 10), false, "looks like a zip archive"},
        {"ELF", elf, false, "looks like an ELF executable"},
        {"tar", tar, false, "looks like a tar archive"},
        {"WebP", bytes("RIFF\x24\0\0\0WEBPVP8 ", 16), false, "looks like a WebP image"},
        {"UTF-16 text", utf16, false, "UTF-16"},
        {"20 MB of NUL bytes", std::string(20u << 20, '\0'), false, "mostly NUL bytes"},
        {"a text head on a NUL body", text_then_nuls, false, "mostly NUL bytes"},
        {"random bytes", random_bytes(1u << 16), false, "control bytes"},
        {"control bytes", controls, false, "control bytes"},
        {"all invalid UTF-8", all_invalid, false, "mostly invalid UTF-8"},
        {"an article", article(), true, ""},
        {"an article with two bad bytes", few_bad, true, ""},
        {"Latin-1 French", latin1_text, true, ""},
        {"a word that starts like bzip2", "BZh is not a word, but BZhangs might be a name.", true, ""},
        {"ID3 in a sentence", "ID3 tags hold the title of a song, the report said.", true, ""},
        {"WAVE at byte 8 without RIFF", "Ten big WAVE riders came, the club said.", true, ""},
        {"empty", "", true, ""},
        {"a short line of bad bytes", "A \xC0\xAF and \xED\xA0\x80 here.", true, ""},
        {"form feeds and tabs", "Page one.\f\tPage two.\v\r\n", true, ""},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.name);
        const InputClass got = classify_input(row.input);
        EXPECT_EQ(got.text, row.text) << got.seen;
        if (row.text) {
            EXPECT_TRUE(got.seen.empty()) << got.seen;
        } else {
            EXPECT_NE(got.seen.find(row.seen), std::string::npos) << got.seen;
        }
    }
}

// The refusal is a value: ingest gives an empty Source with one Error diagnostic, and analysis builds nothing.
TEST(ClassifyInput, IngestRefusesBinaryWithOneError) {
    const Result<Source> png = ingest(bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), Format::Text);
    ASSERT_EQ(png.diagnostics.size(), 1u);
    EXPECT_EQ(png.diagnostics[0].level, Level::Error);
    EXPECT_EQ(png.diagnostics[0].code, "input.binary");
    EXPECT_EQ(png.diagnostics[0].message, "the input is not text: looks like a PNG image");
    EXPECT_TRUE(png.value.text.empty());

    const Analysis a = analyze(std::string(1u << 20, '\0'));
    EXPECT_TRUE(a.document.sentences.empty());
    EXPECT_TRUE(has_error(a.diagnostics));
}

}  // namespace
}  // namespace storylens
