// event_label.cpp — the words a timeline shows for an event, and a time expression's value read aloud. Both read
// dates through export_text, so the timeline, the hovers, the outline and the exports say a date the same way.
#include "export/export_text.hpp"
#include "storylens/view_model.hpp"

namespace storylens::view {

namespace {

// About six words of a sentence: enough to tell two ungisted events of one day apart on the timeline.
constexpr size_t kSentenceStartBytes = 40;

}  // namespace

std::string timex_date_words(const std::string& value, const std::string& mod) {
    if (value == "PRESENT_REF") return "the present";
    if (value == "PAST_REF") return "the past";
    if (value == "FUTURE_REF") return "the future";
    std::string words = export_text::human_date(value, mod);
    if (words.empty()) words = export_text::duration_words(value, mod);
    return words.empty() ? value : words;
}

std::string event_label(const Analysis& a, const Event& e) {
    if (!e.text.empty()) return e.text;
    std::string when = event_date_words(e);
    if (when.empty()) {  // "the present"; a value with no words ("XXXX-WXX-5") says nothing to a reader
        const std::string words = timex_date_words(e.when.value, e.when.mod);
        if (words != e.when.value) when = words;
    }
    const std::string words = export_text::cut_on_word(export_text::sentence_text(a, e.sentence), kSentenceStartBytes);
    if (when.empty() && words.empty()) return "event in sentence " + std::to_string(e.sentence + 1);
    if (when.empty()) return words;
    if (words.empty()) return when;
    return when + ": " + words;
}

}  // namespace storylens::view
