// claim_case_table.hpp — the row shape and check shared by the claim tables (claims_content_test.cpp,
// claims_forms_test.cpp, ...): each row's text must give a claim with that source and cue, of that kind and content;
// or no claim at a cue word.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "storylens/analysis.hpp"

namespace storylens::test {

struct ClaimCase {
    const char* text;
    const char* source;   // source text as written
    const char* cue;
    const char* kind;
    const char* content;  // the whole content, exactly
};

// Each row's claim (same source text and cue) has exactly this content and kind; `dct` is the publication date.
template <size_t N>
void expect_claim_cases(const ClaimCase (&cases)[N], const std::string& dct) {
    for (const ClaimCase& c : cases) {
        AnalyzeOptions options;
        options.dct = dct;
        const Analysis a = analyze(c.text, options);
        bool found = false;
        for (const auto& claim : a.claims) {
            if (claim.source.text != c.source || claim.cue.text != c.cue) continue;
            found = true;
            EXPECT_STREQ(claim_kind_name(claim.kind), c.kind) << c.text;
            EXPECT_EQ(claim.content.text, c.content) << c.text;
        }
        EXPECT_TRUE(found) << c.text;
    }
}

// No claim in any of `texts` has `cue` as its cue (other claims in them may stand).
template <size_t N>
void expect_no_claim_with_cue(const char* const (&texts)[N], const std::string& cue, const std::string& dct) {
    for (const char* text : texts) {
        AnalyzeOptions options;
        options.dct = dct;
        for (const auto& claim : analyze(text, options).claims) EXPECT_NE(claim.cue.text, cue) << text;
    }
}

}  // namespace storylens::test
