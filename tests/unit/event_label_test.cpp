// event_label_test.cpp — the words the viewer shows for an event with no gist, and a time expression's value read
// aloud (view::event_label, view::timex_date_words), one table each.
#include <gtest/gtest.h>

#include "unit/time_support.hpp"
#include "storylens/view_model.hpp"

namespace {

using namespace storylens;

TEST(EventLabel, TimexValuesReadAsWords) {
    const struct {
        const char* value;
        const char* mod;
        const char* expected;
    } rows[] = {
        {"2025-04-05", "", "Saturday 5 April 2025"},
        {"2025-03", "", "March 2025"},
        {"2025-03", "START", "Early March 2025"},
        {"2011", "", "2011"},
        {"2025-W10", "", "Week 10 of 2025"},
        {"PRESENT_REF", "", "the present"},
        {"PAST_REF", "", "the past"},
        {"P3D", "", "3 days"},
        {"P50Y", "APPROX", "about 50 years"},
        {"XXXX-WXX-5", "", "XXXX-WXX-5"},
        {"", "", ""},
    };
    for (const auto& r : rows) EXPECT_EQ(view::timex_date_words(timex3(r.value, r.mod)), r.expected) << r.value << " " << r.mod;
}

// One sentence of text, the event in it dated `value`, its gist `gist`.
std::string label_of(const std::string& sentence, const std::string& gist, const std::string& value,
                     const Interval& interval = {}) {
    Analysis a;
    a.source.text = sentence;
    Sentence s;
    s.span = {0, static_cast<uint32_t>(sentence.size())};
    a.document.sentences.push_back(s);
    Event e;
    e.text = gist;
    e.when.time = timex3(value);
    e.interval = interval;
    return view::event_label(a, e);
}

TEST(EventLabel, AnEventWithoutAGistGetsItsDateAndItsSentencesFirstWords) {
    const struct {
        const char* sentence;
        const char* gist;
        const char* value;
        Interval interval;
        const char* expected;
    } rows[] = {
        // a gist stays as it is
        {"Violent clashes broke out in early March.", "clashes broke out", "2025-03", {}, "clashes broke out"},
        // from the seed's shape: a quoted date, no gist
        {"\"On 6 March 2025, armed groups launched attacks,\" the report read.", "", "2025-03-06",
         {"2025-03-06", "2025-03-06", "day"},
         "Thursday 6 March 2025: \"On 6 March 2025, armed groups launched\xE2\x80\xA6"},
        // a short sentence whole
        {"Talks resumed on Monday.", "", "2025-04-07", {"2025-04-07", "2025-04-07", "day"},
         "Monday 7 April 2025: Talks resumed on Monday."},
        // no words for the date (and none at all): the sentence alone
        {"It happened again on a Friday.", "", "XXXX-WXX-5", {}, "It happened again on a Friday."},
        {"It happened again.", "", "", {}, "It happened again."},
        // nothing at all: still a label to click
        {"", "", "", {}, "event in sentence 1"},
    };
    for (const auto& r : rows) EXPECT_EQ(label_of(r.sentence, r.gist, r.value, r.interval), r.expected) << r.sentence;
}

}  // namespace
