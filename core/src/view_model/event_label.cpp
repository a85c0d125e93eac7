// event_label.cpp — the words a timeline shows for an event, and a time expression's value read aloud. Both read
// dates through export_text, so the timeline, the hovers, the outline and the exports say a date the same way.
#include "export/export_text.hpp"
#include "storylens/view_model.hpp"

namespace storylens::view {

namespace {

// About six words of a sentence: enough to tell two ungisted events of one day apart on the timeline.
constexpr size_t kSentenceStartBytes = 40;

}  // namespace

std::string timex_date_words(const TimeValue& value) {
    if (value.kind == TimeKind::Reference)
        return value.ref == RefKind::Present ? "the present" : value.ref == RefKind::Past ? "the past" : "the future";
    std::string words = export_text::human_date(value);
    if (words.empty()) words = export_text::duration_words(value);
    return words.empty() ? timex3_value(value) : words;  // no words: the value as TimeML writes it
}

std::string event_label(const Analysis& a, const Event& e) {
    if (!e.text.empty()) return e.text;
    std::string when = event_date_words(e);
    if (when.empty()) {  // "the present"; a value with no words ("XXXX-WXX-5") says nothing to a reader
        const std::string words = timex_date_words(e.when.time);
        if (words != timex3_value(e.when.time)) when = words;
    }
    const std::string words = export_text::cut_on_word(export_text::sentence_text(a, e.sentence), kSentenceStartBytes);
    if (when.empty() && words.empty()) return "event in sentence " + std::to_string(e.sentence + 1);
    if (when.empty()) return words;
    if (words.empty()) return when;
    return when + ": " + words;
}

}  // namespace storylens::view
