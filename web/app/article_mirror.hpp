// article_mirror.hpp — the article as the DOM mirrors it for screen readers (storylens-a11y.js): paragraphs of
// sentences, each a list of runs, a marked run saying what it resolved to (mark_description.hpp).
#pragma once
#include <nlohmann/json.hpp>

#include "storylens/analysis.hpp"

namespace storylens::ui {

// [[{"id": sentence, "runs": [{"text": "...", "mark": "time"|"entity"|"source"|"cue"|"claim", "note": "..."}]}]]
// One array per paragraph; a run without "mark" is plain text. Linear in the text and the marks.
nlohmann::json article_mirror_json(const Analysis& a);

}  // namespace storylens::ui
