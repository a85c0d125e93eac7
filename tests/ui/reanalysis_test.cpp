// reanalysis_test.cpp — a new publication date re-analyses the document inline, or through a host's analyzer (the
// page's worker core) whose result arrives later; stale or failed results never replace what is on screen; a
// document being read elsewhere shows "Reading" until its analysis arrives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/status_title.hpp"
#include "headless.hpp"
#include "test_support.hpp"

namespace {

using storylens::AnalyzeOptions;
using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;

const char* const kArticle =
    "LONDON - The minister said on Monday that talks would resume next week. Unions said on Tuesday they would "
    "strike in March.";

AnalyzeOptions dated(const char* dct) {
    AnalyzeOptions options;
    options.dct = dct;
    return options;
}

std::string dct_of(App& app) { return ui_state(app)["dct"]["value"].get<std::string>(); }

TEST(Reanalysis, InlineWithoutAnAnalyzer) {
    Headless ui;
    App app;
    ASSERT_TRUE(app.load(kArticle, dated("2025-04-05"), "brief"));
    EXPECT_TRUE(app.set_publication_date("2024-01-10"));
    ui.frame(app);
    EXPECT_EQ(dct_of(app), "2024-01-10");
    EXPECT_EQ(ui_state(app)["dct"]["origin"], "given");
}

TEST(Reanalysis, BadDatesAndReadyMadeAnalysesAreRefused) {
    Headless ui;
    App app;
    ASSERT_TRUE(app.load(kArticle, dated("2025-04-05"), "brief"));
    EXPECT_FALSE(app.set_publication_date("2025-02-30"));
    EXPECT_NE(ui_state(app)["error"].get<std::string>().find("YYYY-MM-DD"), std::string::npos);
    EXPECT_EQ(dct_of(app), "2025-04-05");

    App ready_made;
    ASSERT_TRUE(ready_made.show(storylens::analyze(kArticle, dated("2025-04-05")), "made elsewhere"));
    EXPECT_FALSE(ready_made.set_publication_date("2024-01-10"));
    EXPECT_EQ(dct_of(ready_made), "2025-04-05");
}

TEST(Reanalysis, ThroughTheHostsAnalyzer) {
    Headless ui;
    App app;
    std::string asked_bytes, asked_dct;
    uint32_t asked_job = 0;
    app.set_analyzer([&](uint32_t job, const std::string& bytes, const AnalyzeOptions& options) {
        asked_job = job;
        asked_bytes = bytes;
        asked_dct = options.dct;
        return true;
    });
    ASSERT_TRUE(app.show(storylens::analyze(kArticle, dated("2025-04-05")), "brief", kArticle, dated("2025-04-05")));
    app.apply_fragment("sel=claim:1&view=claims");
    ASSERT_TRUE(app.set_publication_date("2024-01-10"));
    EXPECT_EQ(asked_bytes, kArticle);
    EXPECT_EQ(asked_dct, "2024-01-10");
    ui.frame(app);
    EXPECT_EQ(dct_of(app), "2025-04-05");                 // the old analysis stays until the result comes
    EXPECT_FALSE(app.set_publication_date("2023-01-01"));  // one re-analysis at a time

    const uint64_t before = app.generation();
    app.show_reanalysis(asked_job, storylens::analyze(asked_bytes, dated("2024-01-10")));
    ui.frame(app);
    EXPECT_EQ(dct_of(app), "2024-01-10");
    EXPECT_GT(app.generation(), before);
    EXPECT_EQ(ui_state(app)["selection"]["kind"], "claim");  // a re-analysis keeps the view and the selection
    EXPECT_EQ(ui_state(app)["view"], "claims");
}

// The app decides when to re-analyse and the host's analyzer where: a refused job is not run inline behind the
// host's back (the page links no analysis), the document stays and the status line says why.
TEST(Reanalysis, RefusedJobsKeepTheDocument) {
    Headless ui;
    App app;
    int asked = 0;
    app.set_analyzer([&](uint32_t, const std::string&, const AnalyzeOptions&) { return ++asked, false; });
    ASSERT_TRUE(app.load(kArticle, dated("2025-04-05"), "brief"));
    ASSERT_TRUE(app.set_publication_date("2024-01-10"));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(dct_of(app), "2025-04-05");
    EXPECT_FALSE(ui_state(app)["dct"]["reanalysing"].get<bool>());
    EXPECT_NE(ui_state(app)["error"].get<std::string>().find("could not re-analyse"), std::string::npos);
}

// The page's way in: "Reading NAME…" with the text shown until the analysis made elsewhere arrives.
TEST(Reanalysis, ReadingUntilTheAnalysisArrives) {
    Headless ui;
    App app;
    EXPECT_FALSE(app.begin_reading(kArticle, "brief.txt"));
    ui.frame(app);
    EXPECT_EQ(ui_state(app)["reading"], "brief.txt");
    EXPECT_EQ(ui_state(app)["sentences"], 0);
    EXPECT_TRUE(ui_state(app)["article"]["shown"].get<bool>());
    ASSERT_TRUE(app.show(storylens::analyze(kArticle, dated("2025-04-05")), "brief.txt", kArticle, dated("2025-04-05")));
    ui.frame(app);
    EXPECT_EQ(ui_state(app)["reading"], "");
    EXPECT_GT(ui_state(app)["sentences"].get<int>(), 0);
    // an unusable answer ends the reading too, and says why
    EXPECT_FALSE(app.begin_reading("Talks resumed on Monday.", "other.txt"));
    EXPECT_FALSE(app.show(storylens::analyze("", dated("2025-04-05")), "other.txt"));
    EXPECT_EQ(ui_state(app)["reading"], "");
    EXPECT_EQ(ui_state(app)["document"], "brief.txt");
}

// The status line's first words say one thing: nothing yet, the reading, the document, or the document and the
// next one being read (never "No document Reading seed.txt…").
TEST(Reanalysis, StatusLineSaysOneClearThing) {
    struct Row {
        const char* step;
        const char* status;
    };
    Headless ui;
    App app;
    const Row rows[] = {
        {"nothing", "No document"},
        {"reading seed.txt", "Reading seed.txt\xE2\x80\xA6"},
        {"shown", "seed.txt"},
        {"reading other.txt", "seed.txt Reading other.txt\xE2\x80\xA6"},
    };
    for (const Row& row : rows) {
        const std::string step = row.step;
        if (step == "reading seed.txt") {
            EXPECT_FALSE(app.begin_reading(kArticle, "seed.txt"));
        }
        if (step == "shown") {
            ASSERT_TRUE(app.show(storylens::analyze(kArticle, dated("2025-04-05")), "seed.txt", kArticle,
                                 dated("2025-04-05")));
        }
        if (step == "reading other.txt") {
            EXPECT_FALSE(app.begin_reading("Talks resumed on Monday.", "other.txt"));
        }
        ui.frame(app);
        EXPECT_EQ(ui_state(app)["status"], row.status) << row.step;
    }
}

TEST(Reanalysis, StaleAndFailedResultsChangeNothing) {
    Headless ui;
    App app;
    uint32_t job = 0;
    app.set_analyzer([&](uint32_t asked, const std::string&, const AnalyzeOptions&) { return job = asked, true; });
    ASSERT_TRUE(app.load(kArticle, dated("2025-04-05"), "brief"));
    ASSERT_TRUE(app.set_publication_date("2024-01-10"));
    const uint32_t old_job = job;
    // Another document opens while the worker is busy: the late result belongs to the old one.
    ASSERT_TRUE(app.load("Talks resumed on Monday.", dated("2025-04-05"), "other"));
    app.show_reanalysis(old_job, storylens::analyze(kArticle, dated("2024-01-10")));
    EXPECT_EQ(ui_state(app)["document"], "other");
    EXPECT_EQ(dct_of(app), "2025-04-05");

    ASSERT_TRUE(app.set_publication_date("2024-01-10"));
    // the old job's answer arriving while the new document's own re-analysis runs is still the old one's
    app.show_reanalysis(old_job, storylens::analyze(kArticle, dated("2024-01-10")));
    app.fail_reanalysis(old_job, "the old job stopped");
    EXPECT_EQ(ui_state(app)["document"], "other");
    EXPECT_TRUE(ui_state(app)["dct"]["reanalysing"].get<bool>());
    app.fail_reanalysis(job, "the worker stopped");
    ui.frame(app);
    EXPECT_NE(ui_state(app)["error"].get<std::string>().find("the worker stopped"), std::string::npos);
    EXPECT_EQ(dct_of(app), "2025-04-05");
    EXPECT_TRUE(app.set_publication_date("2024-01-10"));  // and the date can be changed again

    app.show_reanalysis(job, storylens::analyze("", dated("2024-01-10")));  // an unusable result
    EXPECT_NE(ui_state(app)["error"].get<std::string>().find("could not re-analyse"), std::string::npos);
    EXPECT_EQ(ui_state(app)["document"], "other");
    EXPECT_EQ(dct_of(app), "2025-04-05");
}

// A document being read ends the re-analysis of the one on screen: should the new one prove unusable, the date box
// does not wait for an answer that no longer counts (the worker dropped that job for the new one).
TEST(Reanalysis, ReadingAnotherDocumentAbandonsTheJob) {
    Headless ui;
    App app;
    uint32_t job = 0;
    app.set_analyzer([&](uint32_t asked, const std::string&, const AnalyzeOptions&) { return job = asked, true; });
    ASSERT_TRUE(app.show(storylens::analyze(kArticle, dated("2025-04-05")), "brief", kArticle, dated("2025-04-05")));
    ASSERT_TRUE(app.set_publication_date("2024-01-10"));
    EXPECT_FALSE(app.begin_reading("", "empty.txt"));
    EXPECT_FALSE(app.show(storylens::analyze("", dated("2025-04-05")), "empty.txt"));
    EXPECT_FALSE(ui_state(app)["dct"]["reanalysing"].get<bool>());
    app.show_reanalysis(job, storylens::analyze(kArticle, dated("2024-01-10")));  // the dropped job's late answer
    EXPECT_EQ(dct_of(app), "2025-04-05");
    EXPECT_TRUE(app.set_publication_date("2024-01-10"));  // the date can be changed again at once
    EXPECT_NE(job, 0u);
}

}  // namespace

// A date guessed from the text marks the events that rest on it, in the outline a screen reader reads as on the
// timeline; the reader's date clears the marks (re-dated: the same article again).
TEST(Reanalysis, GuessedDatesAreProvisionalUntilTheReaderGivesTheDate) {
    Headless ui;
    App app;
    const std::string seed = storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt"));
    ASSERT_TRUE(app.load(seed, AnalyzeOptions{}, "seed"));
    ui.frame(app);
    auto provisional_events = [&app] {
        const nlohmann::json outline = nlohmann::json::parse(app.outline_json());
        int n = 0;
        for (const auto& e : outline["events"]) n += e.value("provisional", false);
        return n;
    };
    ASSERT_EQ(ui_state(app)["dct"]["origin"], "inferred");
    EXPECT_GT(provisional_events(), 0);
    EXPECT_TRUE(app.set_publication_date("2025-04-05"));
    ui.frame(app);
    EXPECT_EQ(dct_of(app), "2025-04-05");
    EXPECT_EQ(provisional_events(), 0);
}

// The status line's warnings: the guessed-date warning the core writes for the command line ("pass --dct") is
// left to the date field, which asks for the date itself; every other warning and error is shown as written.
TEST(Reanalysis, TheDateFieldAsksInsteadOfTheCommandLineHint) {
    struct Row {
        const char* code;
        storylens::Level level;
        bool shown;
    };
    const Row rows[] = {
        {"dct.low_confidence", storylens::Level::Warning, false},
        {"dct.inferred", storylens::Level::Info, false},
        {"utf8.invalid", storylens::Level::Warning, true},
        {"input.empty", storylens::Level::Error, true},
    };
    for (const Row& row : rows) {
        storylens::Analysis a;
        a.diagnostics.push_back({row.level, row.code, std::string("message of ") + row.code, -1});
        const std::vector<std::string> shown = storylens::ui::status_line_warnings(a);
        EXPECT_EQ(shown.size(), row.shown ? 1u : 0u) << row.code;
    }

    Headless ui;
    App app;
    const std::string seed = storylens::testing::read_file(storylens::testing::source_path("assets/articles/seed.txt"));
    ASSERT_TRUE(app.load(seed, AnalyzeOptions{}, "seed"));
    ui.frame(app);
    ASSERT_EQ(ui_state(app)["dct"]["origin"], "inferred");
    const nlohmann::json state = ui_state(app);
    for (const auto& warning : state["warnings"]) EXPECT_EQ(warning.get<std::string>().find("--dct"), std::string::npos);
}
