// metadata.hpp — headline, publication date, author and URL from meta tags, JSON-LD, <time>, <h1> and <title>.
#pragma once
#include <string>

#include "ingest/html/tree.hpp"
#include "storylens/diagnostic.hpp"

namespace storylens::html {

struct PageMetadata {
    std::string headline;
    std::string title;  // <title> as written, which often adds " | Site name"
    std::string published;  // normalised: YYYY-MM-DD or an ISO timestamp
    std::string byline;
    std::string url;
    std::string published_from;  // where the date was found, for the diagnostic ("article:published_time")
};

// `content_root` is the element the article text came from (a <time datetime> inside it dates the article).
PageMetadata read_metadata(const Tree& tree, int content_root, Diagnostics& diagnostics);

}  // namespace storylens::html
