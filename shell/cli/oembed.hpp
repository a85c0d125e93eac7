// oembed.hpp — the oEmbed "rich" response for embedding the Storylens viewer on an article (no I/O here).
#pragma once
#include <string>

namespace storylens::cli {

struct OembedRequest {
    std::string url;     // the article the viewer opens (?src=)
    std::string viewer;  // base URL of the viewer; embed.html is served under it
    int width = 800, height = 600;
    std::string title;   // empty: "Storylens: " + url
};

// encodeURIComponent: everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) becomes %XX (UTF-8 bytes).
std::string url_encode_component(const std::string& s);
// True for an absolute http:// or https:// URL with a host.
bool is_web_url(const std::string& s);
// The oEmbed JSON (one line, newline-terminated); the iframe's attributes are HTML-escaped.
std::string oembed_json(const OembedRequest& request);

}  // namespace storylens::cli
