// status_title.cpp — the status line's first words (app/status_title.hpp).
#include "app/status_title.hpp"

namespace storylens::ui {

StatusTitle status_title(const AppState& s) {
    StatusTitle title;
    if (!s.reading_name.empty()) title.reading = "Reading " + s.reading_name + "\xE2\x80\xA6";
    // Nothing on screen yet: the reading says it all, "No document" only when nothing is coming.
    if (!s.name.empty()) title.document = s.name;
    else if (title.reading.empty()) title.document = "No document";
    return title;
}

std::string status_title_text(const StatusTitle& title) {
    if (title.document.empty()) return title.reading;
    if (title.reading.empty()) return title.document;
    return title.document + " " + title.reading;
}

std::vector<std::string> status_line_warnings(const Analysis& analysis) {
    std::vector<std::string> out;
    for (const Diagnostic& d : analysis.diagnostics)
        if (d.level != Level::Info && d.code != "dct.low_confidence") out.push_back(d.message);
    return out;
}

}  // namespace storylens::ui
