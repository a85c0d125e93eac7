// boilerplate.hpp — which elements are page furniture (navigation, share bars, captions...) and which hold no text.
#pragma once
#include <string>
#include <string_view>

#include "ingest/html/tree.hpp"

namespace storylens::html {

enum class Furniture {
    None,
    ByTag,    // nav, header, footer, aside, form, figure, figcaption; ARIA landmarks; hidden elements
    ByName,   // class or id words: share, social, related, newsletter, promo, advert, cookie, comment, caption...
};

Furniture furniture_kind(const Element& element);

// A block's whole text that is furniture wherever it stands: "Reuse this content", "Order Reprints", "More
// about:", "39 minutes ago" (core/lexicon/boilerplate_phrases.tsv, relative_time_units.tsv).
bool is_boilerplate_phrase(std::string_view text);

// Elements whose content is never article text: script, style, template, noscript, form controls, media, head.
bool is_non_content(std::string_view tag);

// Elements that start and end a paragraph of the output text.
bool is_block(std::string_view tag);

// "nav", "div.share-bar", "aside#related" for diagnostics.
std::string describe(const Element& element);

}  // namespace storylens::html
