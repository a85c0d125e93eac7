// claims_forms_test.cpp — table-driven checks of attribution forms added for PolNeAR (issue 14): each row is a
// real PolNeAR train sentence or one of our own, and the claim it must give (source, cue, kind, content).
#include <gtest/gtest.h>

#include "storylens/analysis.hpp"

namespace {

using storylens::Analysis;

struct FormCase {
    const char* text;
    const char* source;   // source text as written
    const char* cue;
    const char* kind;
    const char* content;  // the whole content, exactly
};

template <size_t N>
void expect_forms(const FormCase (&cases)[N]) {
    for (const FormCase& c : cases) {
        storylens::AnalyzeOptions options;
        options.dct = "2016-01-05";
        const Analysis a = storylens::analyze(c.text, options);
        bool found = false;
        for (const auto& claim : a.claims) {
            if (claim.source.text != c.source || claim.cue.text != c.cue) continue;
            found = true;
            EXPECT_STREQ(storylens::claim_kind_name(claim.kind), c.kind) << c.text;
            EXPECT_EQ(claim.content.text, c.content) << c.text;
        }
        EXPECT_TRUE(found) << c.text;
    }
}

TEST(ClaimForms, ATagEndingInAColonAfterAShortPhraseIntroducesTheNextQuotationTable) {
    const FormCase cases[] = {
        // PolNeAR train (breitbart)
        {"That is, when the CNBC moderators yielded to the snaky temptation of snark\u2014and Lordy, do we know how "
         "tempting that can be!\u2014 Cruz called them on it:\n\n"
         "\u201cThe questions asked in this debate illustrate why the American people don\u2019t trust the media.\u201d",
         "Cruz", "called", "direct",
         "\u201cThe questions asked in this debate illustrate why the American people don\u2019t trust the media.\u201d"},
        // our own
        {"The storm had passed by noon. The mayor told reporters:\n\n\"We will rebuild the harbor.\"", "The mayor",
         "told", "direct", "\"We will rebuild the harbor.\""},
    };
    expect_forms(cases);
}

}  // namespace
