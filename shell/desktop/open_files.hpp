// open_files.hpp — what the desktop app does with the files it is given (command line, dropped on the window):
// one file is shown as the document, several are analysed one by one and linked into a story, as the web page
// does with several dropped or picked files.
#pragma once
#include <string>
#include <vector>

#include "app/app.hpp"

namespace storylens::desktop {

// The web page's convention for plain-text articles: "seed.txt" may have "seed.meta.json" beside it holding
// {"published": "YYYY-MM-DD"}, which plain text cannot carry. "" when there is none or it holds no valid date.
std::string sidecar_published(const std::string& file);

// Opens `files` in `app`: one as the document, two or more as a story (each dated by `dct` when given, else its
// sidecar, else its own metadata). A file that cannot be read or analysed is left out and named in `problems`;
// false when nothing could be shown (what was on screen stays).
bool open_files(ui::App& app, const std::vector<std::string>& files, const std::string& dct,
                std::vector<std::string>& problems);

}  // namespace storylens::desktop
