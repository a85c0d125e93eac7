// snapshot_corruption_test.cpp — read_snapshot on damaged bytes: every row must give its "snapshot.*" Error naming
// the field and an empty Analysis; truncations and byte flips must never crash or yield a value that re-encodes
// differently. Rows are built by editing the hand-built Analysis or by patching bytes found through its markers.
#include <cstring>
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

using testing::hand_built;

std::string edited(const std::function<void(Analysis&)>& edit) {
    Analysis a = hand_built();
    edit(a);
    return write_snapshot(a);
}

// Offset of the u32 length in front of the string `marker` in a hand-built snapshot.
size_t length_of(const std::string& bytes, const std::string& marker) {
    const size_t at = bytes.find(marker);
    EXPECT_NE(at, std::string::npos) << marker;
    return at == std::string::npos ? 0 : at - 4;
}

void put_u32(std::string& bytes, size_t at, uint32_t v) {
    for (int k = 0; k < 4; ++k) bytes[at + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
}

std::string patched(const std::function<void(std::string&)>& patch) {
    std::string bytes = write_snapshot(hand_built());
    patch(bytes);
    return bytes;
}

bool is_empty(const Analysis& a) {
    return a.source.text.empty() && a.document.tokens.empty() && a.document.sentences.empty() && a.timexes.empty() &&
           a.entities.empty() && a.claims.empty() && a.events.empty() && a.timeline.empty() && a.diagnostics.empty();
}

TEST(SnapshotCorruption, TheUndamagedSampleReads) {
    const Result<Analysis> r = read_snapshot(write_snapshot(hand_built()));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.value.source.text, hand_built().source.text);
}

TEST(SnapshotCorruption, EachDamageGivesItsDiagnostic) {
    const std::string text = hand_built().source.text;
    const auto past_end = static_cast<uint32_t>(text.size() + 1);
    const struct {
        const char* name;
        std::string bytes;
        const char* code;
        const char* field;  // the message must name it
    } cases[] = {
        {"empty input", "", "snapshot.magic", "magic"},
        {"wrong magic", patched([](std::string& b) { b[0] = 'X'; }), "snapshot.magic", "magic"},
        {"JSON instead", "{\"schema\":\"storylens.analysis/1\"}", "snapshot.magic", "magic"},
        {"future version", patched([](std::string& b) { b[snapshot::kMagicSize] = snapshot::kVersion + 1; }),
         "snapshot.version", "version"},
        {"trailing byte", patched([](std::string& b) { b.push_back('\0'); }), "snapshot.trailing", "bytes follow"},
        {"huge count", patched([](std::string& b) { put_u32(b, length_of(b, "ALIASMARK") - 4, 0xFFFFFFFFu); }),
         "snapshot.count", "entity.aliases"},
        {"string past the end", patched([](std::string& b) { put_u32(b, length_of(b, "HEADLINEMARK"), 0x7FFFFFFFu); }),
         "snapshot.truncated", "source.headline"},
        {"entity type byte", patched([](std::string& b) { b[length_of(b, "NAMEMARK") + 4 + 8] = 9; }),
         "snapshot.enum", "entity.type"},
        {"bool byte", patched([](std::string& b) { b[length_of(b, "PUBLISHEDMARK") + 4 + 13] = 2; }),
         "snapshot.enum", "source.dateline.present"},
        {"format enum", edited([](Analysis& a) { a.source.format = static_cast<Format>(4); }), "snapshot.enum",
         "source.format"},
        {"token kind enum", edited([](Analysis& a) { a.document.tokens[0].kind = static_cast<TokenKind>(6); }),
         "snapshot.enum", "token.kind"},
        {"dct origin enum", edited([](Analysis& a) { a.dct.origin = static_cast<DctOrigin>(200); }), "snapshot.enum",
         "dct.origin"},
        {"claim kind enum", edited([](Analysis& a) { a.claims[1].kind = static_cast<ClaimKind>(3); }),
         "snapshot.enum", "claim.kind"},
        {"level enum", edited([](Analysis& a) { a.diagnostics[0].level = static_cast<Level>(3); }), "snapshot.enum",
         "diagnostic.level"},
        {"text not UTF-8", edited([](Analysis& a) { a.source.text[1] = '\xFF'; }), "snapshot.utf8", "source.text"},
        {"timex span past the text", edited([&](Analysis& a) { a.timexes[0].span.end = past_end; }),
         "snapshot.span", "timex.span"},
        {"span inside a UTF-8 character", edited([](Analysis& a) { a.document.tokens[3].span.start += 1; }),
         "snapshot.span", "token.span"},
        {"span ends before it starts", edited([](Analysis& a) { a.events[0].span = {10, 5}; }), "snapshot.span",
         "event.span"},
        {"mapping past the text", edited([&](Analysis& a) { a.source.mapping[1].text.end = past_end; }),
         "snapshot.span", "source.mapping.text"},
        {"dateline past the text", edited([&](Analysis& a) { a.source.dateline.span.start = past_end; }),
         "snapshot.span", "source.dateline.span"},
        {"claim content past the text", edited([&](Analysis& a) { a.claims[0].content.span.end = past_end; }),
         "snapshot.span", "claim.content"},
        {"relation span past the text", edited([&](Analysis& a) { a.relations[0].span.end = past_end; }),
         "snapshot.span", "relation.span"},
        {"claim source entity", edited([](Analysis& a) { a.claims[0].source_entity = 2; }), "snapshot.id",
         "claim.source_entity"},
        {"claim addressee entity", edited([](Analysis& a) { a.claims[0].addressee_entity = 7; }), "snapshot.id",
         "claim.addressee_entity"},
        {"claim parent", edited([](Analysis& a) { a.claims[1].parent = 2; }), "snapshot.id", "claim.parent"},
        {"claim when timex", edited([](Analysis& a) { a.claims[0].when_timex = 5; }), "snapshot.id",
         "claim.when_timex"},
        {"claim id not its index", edited([](Analysis& a) { a.claims[1].id = 5; }), "snapshot.id", "claim.id"},
        {"event participant", edited([](Analysis& a) { a.events[0].participants = {0, 5}; }), "snapshot.id",
         "event.participants"},
        {"event when timex", edited([](Analysis& a) { a.events[0].when.timex = 2; }), "snapshot.id",
         "event.when.timex"},
        {"event reported by", edited([](Analysis& a) { a.events[0].reported_by = 2; }), "snapshot.id",
         "event.reported_by"},
        {"event sentence", edited([](Analysis& a) { a.events[1].sentence = 2; }), "snapshot.id", "event.sentence"},
        {"timeline entry", edited([](Analysis& a) { a.timeline = {0, 2}; }), "snapshot.id", "timeline"},
        {"relation before", edited([](Analysis& a) { a.relations[0].before = 9; }), "snapshot.id", "relation.before"},
        {"relation after", edited([](Analysis& a) { a.relations[0].after = 2; }), "snapshot.id", "relation.after"},
        {"timex anchor", edited([](Analysis& a) { a.timexes[1].anchor = 2; }), "snapshot.id", "timex.anchor"},
        {"timex anchor below -1", edited([](Analysis& a) { a.timexes[1].anchor = -2; }), "snapshot.id",
         "timex.anchor"},
        {"timex sentence", edited([](Analysis& a) { a.timexes[0].sentence = 2; }), "snapshot.id", "timex.sentence"},
        {"entity organization", edited([](Analysis& a) { a.entities[1].organization = 2; }), "snapshot.id",
         "entity.organization"},
        {"entity mention sentence", edited([](Analysis& a) { a.entities[0].mentions[0].sentence = 2; }),
         "snapshot.id", "entity.mentions.sentence"},
        {"figure sentence", edited([](Analysis& a) { a.figures[0].sentence = 2; }), "snapshot.id", "figure.sentence"},
        {"claim figure sentence", edited([](Analysis& a) { a.claims[0].figures[0].sentence = 3; }), "snapshot.id",
         "figure.sentence"},
        {"sentence paragraph", edited([](Analysis& a) { a.document.sentences[1].paragraph = 1; }), "snapshot.id",
         "sentence.paragraph"},
        {"sentence token range", edited([](Analysis& a) { a.document.sentences[1].token_count = 2; }), "snapshot.id",
         "sentence.first_token"},
        {"sentence token range overflow", edited([](Analysis& a) { a.document.sentences[0].first_token = 0xFFFFFFFFu; }),
         "snapshot.id", "sentence.first_token"},
        {"diagnostic start", edited([](Analysis& a) { a.diagnostics[0].start = -7; }), "snapshot.offset",
         "diagnostic.start"},
    };
    for (const auto& c : cases) {
        const Result<Analysis> r = read_snapshot(c.bytes);
        EXPECT_FALSE(r.ok()) << c.name;
        EXPECT_TRUE(is_empty(r.value)) << c.name;
        ASSERT_EQ(r.diagnostics.size(), 1u) << c.name;
        EXPECT_EQ(r.diagnostics[0].level, Level::Error) << c.name;
        EXPECT_EQ(r.diagnostics[0].code, c.code) << c.name << ": " << r.diagnostics[0].message;
        EXPECT_NE(r.diagnostics[0].message.find(c.field), std::string::npos) << c.name << ": " << r.diagnostics[0].message;
    }
}

TEST(SnapshotCorruption, EveryTruncatedPrefixIsAnError) {
    const std::string small = write_snapshot(hand_built());
    const std::string seed =
        write_snapshot(analyze(testing::read_file(testing::source_path("assets/articles/seed.txt"))));
    for (const std::string* bytes : {&small, &seed}) {
        const size_t step = bytes == &small ? 1 : 37;  // every prefix of the small one, a sample of the large one
        for (size_t n = 0; n < bytes->size(); n += step) {
            const Result<Analysis> r = read_snapshot(std::string_view(*bytes).substr(0, n));
            ASSERT_FALSE(r.ok()) << "prefix " << n;
            EXPECT_TRUE(is_empty(r.value)) << "prefix " << n;
            const std::string& code = r.diagnostics.at(0).code;
            EXPECT_TRUE(code == (n < snapshot::kMagicSize ? "snapshot.magic" : "snapshot.truncated") ||
                        code == "snapshot.count")
                << "prefix " << n << ": " << code;
        }
    }
}

// A cheap in-test fuzz: any accepted mutation must be a consistent Analysis that re-encodes to the same bytes.
TEST(SnapshotCorruption, ByteFlipsNeverCrashAndAcceptedOnesRoundTrip) {
    const std::string original = write_snapshot(hand_built());
    size_t accepted = 0;
    for (size_t i = 0; i < original.size(); ++i) {
        const auto b = static_cast<unsigned char>(original[i]);
        for (const unsigned char replacement : {0x00, 0xFF, b ^ 0x01, b ^ 0x80}) {
            std::string bytes = original;
            bytes[i] = static_cast<char>(replacement);
            const Result<Analysis> r = read_snapshot(bytes);
            if (!r.ok()) continue;
            ++accepted;
            EXPECT_EQ(write_snapshot(r.value), bytes) << "byte " << i;
            EXPECT_FALSE(to_json(r.value).empty());
        }
    }
    EXPECT_GT(accepted, 0u);  // flips inside strings are harmless and must be accepted
}

}  // namespace
}  // namespace storylens
