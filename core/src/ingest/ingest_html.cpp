// ingest_html.cpp — HTML in: clean the bytes, build the element tree, extract the article and its metadata.
#include <string>

#include "ingest/html/clean_input.hpp"
#include "ingest/html/extract.hpp"
#include "ingest/html/metadata.hpp"
#include "ingest/html/tree.hpp"
#include "storylens/source.hpp"

namespace storylens {

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

Diagnostic content_summary(const html::Extraction& x) {
    std::string message = "HTML: main content from " + x.root_rule;
    if (!x.title_heading.empty()) message += "; its leading <h1> is the headline and not part of the text";
    message += "; " + plural(x.furniture_blocks, "boilerplate block", "boilerplate blocks") + " left out";
    if (!x.furniture_examples.empty())
        message += " (" + join(x.furniture_examples) + (x.furniture_blocks > x.furniture_examples.size() ? ", ..." : "") + ")";
    if (x.non_content_elements > 0)
        message += "; " + plural(x.non_content_elements, "script/style/form element", "script/style/form elements") + " skipped";
    if (x.outside_bytes > 0)
        message += "; " + std::to_string(x.outside_bytes) + " bytes of page text outside it left out";
    return {Level::Info, "html.content", message, -1};
}

// Says why nothing was kept: no input, no text in the markup at all, or text that is all page furniture.
Diagnostic no_article(std::string_view bytes, const html::Extraction& x) {
    if (bytes.empty()) return {Level::Warning, "input.empty", "the input is empty", -1};
    if (x.page_bytes == 0)
        return {Level::Warning, "input.empty", "the HTML holds no text outside its markup, scripts and styles", -1};
    std::string message = "no article found: all " + std::to_string(x.page_bytes) +
                          " bytes of the page's text are in navigation, sidebars or other page furniture";
    if (!x.furniture_examples.empty()) message += " (" + join(x.furniture_examples) + ")";
    return {Level::Warning, "html.no_article", message, -1};
}

}  // namespace

Result<Source> ingest_html(std::string_view bytes) {
    Result<Source> result;
    Source& source = result.value;
    source.format = Format::Html;
    const html::CleanInput input(bytes, result.diagnostics);
    const html::Tree tree = html::build_tree(input.text());
    if (tree.flattened > 0)  // the cap that keeps deep nesting linear: say what it changed
        result.diagnostics.push_back({Level::Warning, "html.deep_nesting",
            std::to_string(tree.flattened) + " elements nested deeper than " + std::to_string(html::kMaxDepth) +
                " levels were read as siblings, not children (first at input byte " +
                std::to_string(input.origin(tree.first_flattened)) + ")", -1});
    html::Extraction extraction = html::extract_main_content(tree, input);
    const html::PageMetadata metadata = html::read_metadata(tree, extraction.root, result.diagnostics);

    // A first paragraph that repeats the headline (or the <title> before its " | Site" part) is the headline.
    const std::string_view title = metadata.title;
    const size_t site_part = title.find_first_of("|-\xE2");
    const std::string_view title_head = site_part == std::string_view::npos ? title : title.substr(0, site_part);
    for (std::string_view repeat : {std::string_view(metadata.headline), title, title_head.substr(0, title_head.find_last_not_of(' ') + 1)})
        if (html::drop_leading_paragraph(extraction, repeat)) {
            result.diagnostics.push_back({Level::Info, "html.headline_repeat",
                "the first paragraph repeats the headline and was left out of the text", -1});
            break;
        }
    source.text = std::move(extraction.text);
    source.mapping = std::move(extraction.mapping);
    source.headline = metadata.headline.empty() ? extraction.title_heading : metadata.headline;
    source.published = metadata.published;
    source.byline = metadata.byline;
    source.url = metadata.url;
    result.diagnostics.push_back(content_summary(extraction));
    if (!metadata.published_from.empty())
        result.diagnostics.push_back({Level::Info, "html.published",
            "publication date " + metadata.published + " from " + metadata.published_from, -1});
    if (source.text.empty()) result.diagnostics.push_back(no_article(bytes, extraction));
    source.dateline = detect_dateline(source.text);
    return result;
}

}  // namespace storylens
