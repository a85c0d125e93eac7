// article_mirror.hpp — the article as the DOM mirrors it for screen readers (storylens-a11y.js): paragraphs of
// sentences, each a list of runs, a marked run saying what it resolved to (mark_description.hpp).
#pragma once
#include <nlohmann/json.hpp>

#include "storylens/analysis.hpp"

namespace storylens::ui {

// [[{"id": sentence, "runs": [{"text": "...", "mark": "time"|"entity"|"source"|"cue"|"claim", "note": "..."}]}]]
// One array per paragraph; a run without "mark" is plain text. Linear in the text and the marks.
// The mirror stops after kMirrorMaxBytes of text, with a last paragraph (sentence id -1) saying where the rest is:
// building and parsing the whole of a 2 MB article in one task held the page for about a second.
inline constexpr uint32_t kMirrorMaxBytes = 256 * 1024;
nlohmann::json article_mirror_json(const Analysis& a);

}  // namespace storylens::ui
