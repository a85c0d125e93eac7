// corrections_sidecar.hpp — the desktop app keeps an article's corrections (docs/corrections.md) in the file the
// CLI's --corrections reads: NAME.corrections.json beside the article (seed.txt -> seed.corrections.json).
#pragma once
#include <string>

#include "app/check_state.hpp"

namespace storylens::desktop {

// The file for the article at `article_path`: the stem's (seed.corrections.json) or, when only that exists, the
// whole name's (seed.txt.corrections.json).
std::string corrections_sidecar_path(const std::string& article_path);

// Reads the sidecar when the article is opened, rewrites it after each correction made in the Check view.
// Documents other than that article (none yet) are not kept.
ui::CorrectionsStore corrections_sidecar(const std::string& article_path);

}  // namespace storylens::desktop
