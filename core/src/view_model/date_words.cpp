// date_words.cpp — the view-model's readable dates: the same words the Markdown and TimelineJS exports use.
#include "export/export_text.hpp"
#include "storylens/view_model.hpp"

namespace storylens::view {

std::string event_date_words(const Event& event) { return export_text::event_date_words(event); }

std::string publication_date_words(const Dct& dct) { return export_text::publication_words(dct); }

bool date_is_provisional(const Analysis& a, const Event& e) {
    if (a.dct.origin != DctOrigin::Inferred || a.dct.confidence >= export_text::kConfidentDctPercent) return false;
    if (e.when.timex < 0 || static_cast<size_t>(e.when.timex) >= a.timexes.size()) return false;
    const Timex& t = a.timexes[static_cast<size_t>(e.when.timex)];
    if (t.value.size() < 4) return false;
    return t.span.of(a.source.text).find(t.value.substr(0, 4)) == std::string_view::npos;
}

}  // namespace storylens::view
