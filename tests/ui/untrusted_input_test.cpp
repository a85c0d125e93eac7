// untrusted_input_test.cpp — text from outside the viewer (a link's fragment, a host's message) made safe: broken
// percent-escapes kept as written and noted, invalid UTF-8 replaced, and the state JSON the page reads never fails.
#include <gtest/gtest.h>

#include <string>

#include "app/app.hpp"
#include "app/untrusted_input.hpp"
#include "headless.hpp"
#include "test_support.hpp"

namespace {

using storylens::testing::Headless;
using storylens::testing::ui_state;
using storylens::ui::App;

struct DecodeRow {
    const char* written;
    const char* decoded;
    int broken_escapes;
};

TEST(UntrustedInput, FragmentValuesDecodeOrStayAsWritten) {
    const DecodeRow rows[] = {
        {"assad", "assad", 0},
        {"caf%C3%A9+au+lait", "caf\xC3\xA9 au lait", 0},
        {"%C3", "%C3", 1},                      // a truncated two-byte sequence (the reported link)
        {"%FF", "%FF", 1},                      // a byte that is never UTF-8
        {"%E2%82", "%E2%82", 2},                // three-byte sequence cut after two
        {"%ED%A0%80", "%ED%A0%80", 3},          // an encoded UTF-16 surrogate
        {"%zz%4%", "%zz%4%", 0},                // malformed escapes are plain text
        {"%F0%9F%93%B0x%C3", "\xF0\x9F\x93\xB0x%C3", 1},
    };
    for (const DecodeRow& row : rows) {
        const storylens::ui::DecodedValue v = storylens::ui::decode_fragment_value(row.written);
        EXPECT_EQ(v.text, row.decoded) << row.written;
        EXPECT_EQ(v.broken_escapes, row.broken_escapes) << row.written;
    }
}

TEST(UntrustedInput, InvalidBytesBecomeReplacementCharacters) {
    const storylens::ui::WellFormedText t = storylens::ui::well_formed_utf8("a\xC3" "b\xED\xA0\x80" "c\xC3\xA9");
    EXPECT_EQ(t.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "c\xC3\xA9");
    EXPECT_EQ(t.replaced, 4);
    int id = -1;
    std::string kind;
    EXPECT_FALSE(storylens::ui::parse_selection("claim:-1", kind, id));
    EXPECT_FALSE(storylens::ui::parse_selection("claim:99999999999", kind, id));
    EXPECT_TRUE(storylens::ui::parse_selection("claim:3", kind, id));
    EXPECT_EQ(kind, "claim");
    EXPECT_EQ(id, 3);
}

TEST(UntrustedInput, ABrokenLinkOpensTheViewAndSaysSo) {
    Headless ui;
    App app;
    ASSERT_TRUE(app.load("LONDON - The minister said on Monday that talks would resume.", {}, "brief"));
    app.apply_fragment("view=claims&q=%C3");
    ui.frame(app);
    const auto state = ui_state(app);  // the state JSON is written despite the odd query
    EXPECT_EQ(state["view"], "claims");
    EXPECT_EQ(state["search"]["query"], "%C3");
    EXPECT_NE(state["error"].get<std::string>().find("kept as written"), std::string::npos);
    EXPECT_FALSE(app.fragment().empty());
    // a name with invalid UTF-8 (a host that did not check) is shown, and written to JSON, as U+FFFD
    ASSERT_TRUE(app.load("PARIS - Talks resumed on Monday.", {}, "bad\xC3name"));
    EXPECT_EQ(ui_state(app)["document"], "bad\xEF\xBF\xBDname");
}

}  // namespace
