// status_title.hpp — what the status line's first words say: the document on screen, the one being read, or
// that there is none. One clear thing before the first analysis ("Reading seed.txt…"), never two.
#pragma once
#include <string>
#include <vector>

#include "app/app_state.hpp"

namespace storylens::ui {

struct StatusTitle {
    std::string document;  // the document on screen ("No document" when there is none and none is being read)
    std::string reading;   // "Reading NAME…" while the host analyses a document (App::begin_reading), else ""
};

StatusTitle status_title(const AppState& s);
// The two parts as one line, as a reader (or a test) sees them.
std::string status_title_text(const StatusTitle& title);

// The analysis's warnings and errors the status line shows under its first line, in order. The core's warning
// about a guessed publication date speaks to the command line ("pass --dct ..."); in the viewer the date field
// asks for the date itself and its tooltip gives the range and confidence, so that one is not repeated.
std::vector<std::string> status_line_warnings(const Analysis& analysis);

}  // namespace storylens::ui
