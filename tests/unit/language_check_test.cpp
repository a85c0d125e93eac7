// language_check_test.cpp — the English function-word check: one sentence each in French, German, Spanish, English.
#include <gtest/gtest.h>

#include "ingest/language_check.hpp"
#include "storylens/source.hpp"

namespace storylens {
namespace {

struct LanguageCase {
    const char* name;
    const char* text;
    bool english;
};

TEST(LanguageCheck, Table) {
    const LanguageCase cases[] = {
        {"French", "Le ministre a d\xC3\xA9" "clar\xC3\xA9 mardi que le plan serait pr\xC3\xAAt d'ici la fin de l'ann\xC3\xA9" "e.",
         false},
        {"German", "Der Minister sagte am Dienstag, dass der Plan bis Ende des Jahres fertig sein werde.", false},
        {"Spanish", "El ministro dijo el martes que el plan estar\xC3\xA1 listo a finales de a\xC3\xB1o.", false},
        {"English",
         "The minister said on Tuesday that the plan would be ready by the end of the year.", true},
        {"English headline-like text with few function words",
         "Port strike ends after 11 days as dockworkers accept pay deal with employers.", true},
        {"too short to judge", "Bonjour tout le monde", true},
    };
    for (const LanguageCase& c : cases) {
        SCOPED_TRACE(c.name);
        const LanguageEstimate e = estimate_english(c.text);
        EXPECT_EQ(e.english, c.english) << e.function_words << " of " << e.words;
        Diagnostics d;
        check_language(c.text, d);
        EXPECT_EQ(d.empty(), c.english);
        if (!d.empty()) {
            EXPECT_EQ(d[0].code, "language.not_english");
            EXPECT_EQ(d[0].level, Level::Warning);
        }
    }
}

TEST(LanguageCheck, IngestReportsIt) {
    const Result<Source> r = ingest("<html><body><article><p>Le gouvernement a annonc\xC3\xA9 hier une nouvelle loi sur "
                                    "les retraites, que les syndicats rejettent.</p></article></body></html>",
                                    Format::Auto);
    bool found = false;
    for (const Diagnostic& d : r.diagnostics) found |= d.code == "language.not_english";
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace storylens
