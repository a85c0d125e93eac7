// snapshot_test.cpp — write_snapshot/read_snapshot: lossless round trips on every sample text, record sizes, and a
// table of corrupt snapshots that must each give their "snapshot.*" error (never a crash, never a partial value).
// STORYLENS_UPDATE_SNAPSHOT_CORPUS=1 rewrites the fuzz seeds in tests/fuzz/corpus/fuzz_snapshot (hand_built.snap is
// also this test's golden file: it changes only when the wire format does, and then kVersion must be bumped).
#include <cstdlib>
#include <filesystem>
#include <algorithm>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "snapshot/snapshot_format.hpp"
#include "storylens/export.hpp"
#include "storylens/snapshot.hpp"
#include "unit/snapshot_samples.hpp"
#include "unit/test_support.hpp"

namespace storylens {
namespace {

namespace fs = std::filesystem;
namespace wire = snapshot::wire;
using testing::hand_built;

bool updating_corpus() {
    const char* v = std::getenv("STORYLENS_UPDATE_SNAPSHOT_CORPUS");
    return v && *v && std::string(v) != "0";
}

std::string corpus_path(const std::string& name) {
    return testing::source_path("tests/fuzz/corpus/fuzz_snapshot/" + name);
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// Every field to_json leaves out must survive too.
void expect_same_unexported_fields(const Analysis& got, const Analysis& want, const std::string& name) {
    ASSERT_EQ(got.document.tokens.size(), want.document.tokens.size()) << name;
    for (size_t i = 0; i < want.document.tokens.size(); ++i) {
        EXPECT_EQ(got.document.tokens[i].span, want.document.tokens[i].span) << name << " token " << i;
        EXPECT_EQ(got.document.tokens[i].kind, want.document.tokens[i].kind) << name << " token " << i;
    }
    ASSERT_EQ(got.document.sentences.size(), want.document.sentences.size()) << name;
    for (size_t i = 0; i < want.document.sentences.size(); ++i) {
        EXPECT_EQ(got.document.sentences[i].first_token, want.document.sentences[i].first_token) << name << i;
        EXPECT_EQ(got.document.sentences[i].token_count, want.document.sentences[i].token_count) << name << i;
    }
    ASSERT_EQ(got.source.mapping.size(), want.source.mapping.size()) << name;
    for (size_t i = 0; i < want.source.mapping.size(); ++i) {
        EXPECT_EQ(got.source.mapping[i].text, want.source.mapping[i].text) << name << " mapping " << i;
        EXPECT_EQ(got.source.mapping[i].origin, want.source.mapping[i].origin) << name << " mapping " << i;
    }
    EXPECT_EQ(got.source.dateline.present, want.source.dateline.present) << name;
    EXPECT_EQ(got.source.dateline.span, want.source.dateline.span) << name;
}

void expect_round_trip(const Analysis& a, const std::string& name) {
    const std::string bytes = write_snapshot(a);
    const Result<Analysis> back = read_snapshot(bytes);
    ASSERT_TRUE(back.ok()) << name << ": " << (back.diagnostics.empty() ? "" : back.diagnostics[0].message);
    EXPECT_TRUE(back.diagnostics.empty()) << name;
    EXPECT_EQ(to_json(back.value), to_json(a)) << name;
    EXPECT_EQ(write_snapshot(back.value), bytes) << name;
    expect_same_unexported_fields(back.value, a, name);
}

std::vector<fs::path> sample_texts() {
    std::vector<fs::path> files;
    for (const char* dir : {"assets/articles", "tests/attribution", "tests/chronology", "tests/data/html"})
        for (const auto& entry : fs::directory_iterator(testing::source_path(dir))) {
            const std::string ext = entry.path().extension().string();
            if (ext == ".txt" || ext == ".html") files.push_back(entry.path());
        }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(Snapshot, RoundTripsEverySampleText) {
    const std::vector<fs::path> files = sample_texts();
    ASSERT_GE(files.size(), 30u);
    for (const fs::path& file : files) {
        const Analysis a = analyze(testing::read_file(file.string()), AnalyzeOptions{"2025-04-05"});
        expect_round_trip(a, file.filename().string());
    }
}

TEST(Snapshot, RoundTripsAHandBuiltAnalysisAndAnEmptyOne) {
    Analysis built = hand_built();
    built.checkworthy = rank_check_worthiness(built);  // what any analysis carries; the reader recomputes it
    expect_round_trip(built, "hand_built");
    expect_round_trip(Analysis{}, "empty");
    expect_round_trip(analyze(""), "analyze(\"\")");
}

// The hand-built snapshot is a golden file: a change to the bytes is a wire-format change (bump kVersion).
TEST(Snapshot, HandBuiltBytesMatchTheSeedCorpusFile) {
    const std::string bytes = write_snapshot(hand_built());
    if (updating_corpus()) {
        write_file(corpus_path("hand_built.snap"), bytes);
        for (const char* name : {"tests/chronology/protest.txt", "tests/attribution/nested_report.txt",
                                 "tests/data/html/wire_article.html"}) {
            const std::string stem = fs::path(name).stem().string();
            write_file(corpus_path(stem + ".snap"), write_snapshot(analyze(testing::read_file(testing::source_path(name)))));
        }
        GTEST_SKIP() << "STORYLENS_UPDATE_SNAPSHOT_CORPUS is set: the seed snapshots were rewritten";
    }
    const std::string golden = testing::read_file(corpus_path("hand_built.snap"));
    const auto differ = std::mismatch(golden.begin(), golden.end(), bytes.begin(), bytes.end());
    EXPECT_TRUE(golden == bytes) << "hand_built.snap (" << golden.size() << " bytes) and the writer (" << bytes.size()
                                 << " bytes) differ from byte " << (differ.first - golden.begin())
                                 << ": the wire format changed; bump snapshot::kVersion, then rewrite the seeds "
                                    "with STORYLENS_UPDATE_SNAPSHOT_CORPUS=1";
}

// The reader's count check relies on these minimum record sizes; each must be what the writer really emits for
// an all-empty record, or valid snapshots would be refused (size too big) or forged counts let through (too small).
TEST(Snapshot, MinimumRecordSizesMatchTheWriter) {
    using Edit = std::function<void(Analysis&)>;
    const struct {
        const char* record;
        Edit base;
        Edit add;
        size_t expected;
    } cases[] = {
        {"mapping", {}, [](Analysis& a) { a.source.mapping.emplace_back(); }, wire::kMapping},
        {"paragraph", {}, [](Analysis& a) { a.document.paragraphs.emplace_back(); }, wire::kParagraph},
        {"token", {}, [](Analysis& a) { a.document.tokens.emplace_back(); }, wire::kToken},
        {"sentence", {}, [](Analysis& a) { a.document.sentences.emplace_back(); }, wire::kSentence},
        {"dct evidence", {}, [](Analysis& a) { a.dct.evidence.emplace_back(); }, wire::kDctEvidence},
        {"timex", {}, [](Analysis& a) { a.timexes.emplace_back(); }, wire::kTimex},
        {"entity", {}, [](Analysis& a) { a.entities.emplace_back(); }, wire::kEntity},
        {"alias", [](Analysis& a) { a.entities.emplace_back(); },
         [](Analysis& a) { a.entities[0].aliases.emplace_back(); }, wire::kAlias},
        {"mention", [](Analysis& a) { a.entities.emplace_back(); },
         [](Analysis& a) { a.entities[0].mentions.emplace_back(); }, wire::kMention},
        {"claim", {}, [](Analysis& a) { a.claims.emplace_back(); }, wire::kClaim},
        {"claim figure", [](Analysis& a) { a.claims.emplace_back(); },
         [](Analysis& a) { a.claims[0].figures.emplace_back(); }, wire::kFigure},
        {"figure", {}, [](Analysis& a) { a.figures.emplace_back(); }, wire::kFigure},
        {"event", {}, [](Analysis& a) { a.events.emplace_back(); }, wire::kEvent},
        {"participant", [](Analysis& a) { a.events.emplace_back(); },
         [](Analysis& a) { a.events[0].participants.push_back(0); }, wire::kParticipant},
        {"event mention", [](Analysis& a) { a.events.emplace_back(); },
         [](Analysis& a) { a.events[0].mentions.emplace_back(); }, wire::kEventMention},
        {"timeline entry", {}, [](Analysis& a) { a.timeline.push_back(0); }, wire::kTimelineEntry},
        {"relation", {}, [](Analysis& a) { a.relations.emplace_back(); }, wire::kRelation},
        {"diagnostic", {}, [](Analysis& a) { a.diagnostics.emplace_back(); }, wire::kDiagnostic},
    };
    for (const auto& c : cases) {
        Analysis a;
        if (c.base) c.base(a);
        const size_t before = write_snapshot(a).size();
        c.add(a);
        EXPECT_EQ(write_snapshot(a).size() - before, c.expected) << c.record;
    }
}

}  // namespace
}  // namespace storylens
