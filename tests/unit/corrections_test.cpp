// corrections_test.cpp — the corrections file (docs/corrections.md): parsing, each operation, and the round trip
// a journalist relies on: corrections made on one analysis land on the same items of a later analysis made
// with a changed engine rule, or are reported as orphaned.
#include <gtest/gtest.h>

#include <algorithm>

#include "storylens/analysis.hpp"
#include "storylens/corrections.hpp"
#include "storylens/export.hpp"
#include "unit/test_support.hpp"

namespace {

using namespace storylens;

Analysis seed(const std::string& prefix = "") {
    AnalyzeOptions options;
    options.dct = "2025-04-05";
    return analyze(prefix + storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt")), options);
}

int claim_with_cue(const Analysis& a, const std::string& cue, size_t nth = 0) {
    for (const Claim& c : a.claims)
        if (c.cue.text == cue && nth-- == 0) return static_cast<int>(c.id);
    return -1;
}

int entity_named(const Analysis& a, const std::string& name) {
    for (const Entity& e : a.entities)
        if (e.name == name) return static_cast<int>(e.id);
    return -1;
}

Correction make(CorrectionOp op, ItemKey item, std::string value = "") {
    Correction c;
    c.op = op;
    c.item = std::move(item);
    c.value = std::move(value);
    return c;
}

Correction verdict_on(ItemKey item) {
    Correction c = make(CorrectionOp::Verdict, std::move(item));
    c.verdict.rating = "Accurate";
    c.verdict.has_value = true;
    c.verdict.value = 5;
    c.verdict.url = "https://factcheck.example/syria-report";
    c.verdict.reviewer = "Example Fact Desk";
    c.verdict.date = "2025-04-06";
    return c;
}

TEST(Corrections, FileRoundTrips) {
    const Analysis a = seed();
    Corrections list;
    list.list.push_back(make(CorrectionOp::Source, claim_key(a, 0), "Amnesty International"));
    list.list.push_back(make(CorrectionOp::Merge, {ItemKind::Entity, "Assad", -1}, "Bashar al-Assad"));
    list.list.push_back(make(CorrectionOp::Note, event_key(a, 1), "check the date with the ministry"));
    list.list.push_back(verdict_on(claim_key(a, 2)));
    const std::string text = corrections_to_json(list);
    const Result<Corrections> back = parse_corrections(text);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back.diagnostics.empty());
    EXPECT_EQ(corrections_to_json(back.value), text);
}

TEST(Corrections, BadFilesAreDiagnosedNotThrown) {
    const struct {
        const char* text;
        const char* code;
    } cases[] = {
        {"", "corrections.invalid"},
        {"[1,2]", "corrections.invalid"},
        {"{\"schema\": \"other/1\", \"corrections\": []}", "corrections.schema"},
        {"{\"schema\": \"storylens.corrections/1\", \"corrections\": [{\"op\": \"paint\", \"claim\": \"x\"}]}",
         "corrections.skipped"},
        {"{\"schema\": \"storylens.corrections/1\", \"corrections\": [{\"op\": \"date\", \"claim\": \"x\", \"date\": \"2020\"}]}",
         "corrections.skipped"},
        {"{\"schema\": \"storylens.corrections/1\", \"corrections\": [{\"op\": \"verdict\", \"claim\": \"x\"}]}",
         "corrections.skipped"},
    };
    for (const auto& row : cases) {
        SCOPED_TRACE(row.text);
        const Result<Corrections> r = parse_corrections(row.text);
        ASSERT_FALSE(r.diagnostics.empty());
        EXPECT_EQ(r.diagnostics.front().code, row.code);
        EXPECT_TRUE(r.value.list.empty());
    }
}

TEST(Corrections, EachOperationApplies) {
    Analysis a = seed();
    const int complained = claim_with_cue(a, "complained");
    const int urging = claim_with_cue(a, "urging");
    ASSERT_GE(complained, 0);
    ASSERT_GE(urging, 0);
    const std::string urging_text = a.claims[urging].content.text;
    const size_t claims = a.claims.size(), entities = a.entities.size();
    ASSERT_GE(entity_named(a, "Amnesty International"), 0);
    ASSERT_FALSE(a.events.empty());
    const uint32_t redated = a.timeline.back();

    Corrections list;
    list.list.push_back(make(CorrectionOp::Source, claim_key(a, complained), "Amnesty International"));
    list.list.push_back(make(CorrectionOp::Source, claim_key(a, 0), "a ministry spokesman"));
    list.list.push_back(make(CorrectionOp::Date, event_key(a, redated), "1970-02-03"));
    list.list.push_back(make(CorrectionOp::Note, claim_key(a, complained), "statement seen by our reporter"));
    list.list.push_back(verdict_on(claim_key(a, complained)));
    list.list.push_back(make(CorrectionOp::Delete, claim_key(a, urging)));
    list.list.push_back(make(CorrectionOp::Merge, {ItemKind::Entity, "SOHR", -1}, "Amnesty International"));
    const std::vector<CorrectionOutcome> outcomes = apply_corrections(a, list);
    for (const CorrectionOutcome& o : outcomes) EXPECT_TRUE(o.applied) << o.message;

    EXPECT_EQ(a.claims.size(), claims - 1);
    for (const Claim& c : a.claims) EXPECT_NE(c.content.text, urging_text);
    const int now = claim_with_cue(a, "complained");
    ASSERT_GE(now, 0);
    EXPECT_EQ(claim_source_name(a, a.claims[now]), "Amnesty International");
    EXPECT_EQ(claim_source_name(a, a.claims[0]), "a ministry spokesman");
    EXPECT_EQ(a.checkworthy.size(), a.claims.size());
    ASSERT_EQ(a.verdicts.size(), 1u);
    EXPECT_EQ(a.verdicts[0].claim, static_cast<uint32_t>(now));
    EXPECT_TRUE(claim_reviewed(a, now));
    ASSERT_EQ(a.notes.size(), 1u);
    EXPECT_EQ(a.notes[0].id, static_cast<uint32_t>(now));
    // the redated event leads the timeline now, with a day interval
    ASSERT_FALSE(a.timeline.empty());
    const Event& first = a.events[a.timeline.front()];
    EXPECT_EQ(first.interval.start, "1970-02-03");
    EXPECT_EQ(first.interval.precision, "day");
    // SOHR merged away: one entity less, its name an alias of the kept one
    EXPECT_EQ(a.entities.size(), entities - 1);
    const int amnesty = entity_named(a, "Amnesty International");
    ASSERT_GE(amnesty, 0);
    const auto& aliases = a.entities[amnesty].aliases;
    EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Syrian Observatory for Human Rights"), aliases.end());
    for (const Claim& c : a.claims) EXPECT_LT(c.source_entity, static_cast<int32_t>(a.entities.size()));
    // every export still writes
    for (const ExportFormat& f : export_formats()) EXPECT_FALSE(f.write(a).empty()) << f.name;
}

// Corrections keyed on analysis A, applied to analysis B of the same article made after an engine change:
// every offset moved (a line added before the text), a claim rule draws content spans one word shorter at
// the end, and another rule no longer finds one claim at all.
TEST(Corrections, SurviveAChangedRuleOrAreReportedOrphaned) {
    const Analysis before = seed();
    const int complained = claim_with_cue(before, "complained");
    const int adding = claim_with_cue(before, "adding");
    const int added = claim_with_cue(before, "added");
    ASSERT_GE(complained, 0);
    ASSERT_GE(adding, 0);
    ASSERT_GE(added, 0);
    Corrections list;
    list.list.push_back(make(CorrectionOp::Source, claim_key(before, complained), "Amnesty International"));
    list.list.push_back(verdict_on(claim_key(before, adding)));
    list.list.push_back(make(CorrectionOp::Note, claim_key(before, added), "lost by the new rule"));
    const Result<Corrections> file = parse_corrections(corrections_to_json(list));
    ASSERT_TRUE(file.ok());

    Analysis after = seed("Updated at 10:00.\n\n");
    const std::string lost = after.claims[claim_with_cue(after, "added")].content.text;
    for (Claim& c : after.claims) {  // the changed rule: content ends one word earlier
        const size_t cut = c.content.text.find_last_of(' ');
        if (cut != std::string::npos && cut > 20) {
            c.content.span.end = c.content.span.start + static_cast<uint32_t>(cut);
            c.content.text.resize(cut);
        }
    }
    after.claims.erase(after.claims.begin() + claim_with_cue(after, "added"));  // the rule that found it is gone
    for (size_t i = 0; i < after.claims.size(); ++i) after.claims[i].id = static_cast<uint32_t>(i);
    after.checkworthy = rank_check_worthiness(after);

    const std::vector<CorrectionOutcome> outcomes = apply_corrections(after, file.value);
    ASSERT_EQ(outcomes.size(), 3u);
    EXPECT_TRUE(outcomes[0].applied) << outcomes[0].message;
    EXPECT_TRUE(outcomes[1].applied) << outcomes[1].message;
    EXPECT_FALSE(outcomes[2].applied);
    EXPECT_NE(outcomes[2].message.find("orphaned"), std::string::npos);
    EXPECT_TRUE(std::any_of(after.diagnostics.begin(), after.diagnostics.end(),
                            [](const Diagnostic& d) { return d.code == "corrections.orphaned"; }));
    // they landed on the same claims, not merely on some claim
    const int now_complained = claim_with_cue(after, "complained");
    const int now_adding = claim_with_cue(after, "adding");
    ASSERT_GE(now_complained, 0);
    ASSERT_GE(now_adding, 0);
    EXPECT_EQ(claim_source_name(after, after.claims[now_complained]), "Amnesty International");
    ASSERT_EQ(after.verdicts.size(), 1u);
    EXPECT_EQ(after.verdicts[0].claim, static_cast<uint32_t>(now_adding));
    EXPECT_TRUE(after.notes.empty());
    for (const Claim& c : after.claims) EXPECT_NE(c.content.text, lost);
}

}  // namespace
