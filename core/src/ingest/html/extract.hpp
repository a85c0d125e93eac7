// extract.hpp — main-content extraction: the article's blocks as paragraphs, mapped back to HTML offsets.
#pragma once
#include <string>
#include <vector>

#include "ingest/html/clean_input.hpp"
#include "ingest/html/tree.hpp"
#include "storylens/source.hpp"

namespace storylens::html {

struct Extraction {
    std::string text;                    // paragraphs separated by "\n\n"; <br> as "\n"
    std::vector<SourceMapping> mapping;  // one entry per text run, origins in the original input
    int root = 0;                        // the element the text came from
    std::string root_rule;               // "<article>", "<main>", "densest paragraphs (div.story)", "whole page"
    std::string title_heading;           // the leading <h1> taken out of the text (it is the headline)
    size_t furniture_blocks = 0;         // furniture subtrees with text left out
    std::vector<std::string> furniture_examples;  // a few of them, described ("nav", "div.share-bar")
    size_t non_content_elements = 0;     // script, style, template... skipped
    size_t outside_bytes = 0;            // page text outside the chosen root
    size_t page_bytes = 0;               // all page text (non-space bytes outside scripts and the like)
};

Extraction extract_main_content(const Tree& tree, const CleanInput& input);

// Removes the first paragraph when it reads exactly `paragraph` (a headline repeated in a <b> or <font>), so the
// text starts with the story; mappings shift along. Returns whether it did.
bool drop_leading_paragraph(Extraction& extraction, std::string_view paragraph);

// Collapsed text of an element's subtree (raw text excluded), for metadata such as <h1> or a byline;
// `inline_only` leaves out block descendants (an unclosed "<h1>Title<p>Story" is titled "Title").
std::string element_text(const Tree& tree, int element, bool inline_only = false);

}  // namespace storylens::html
