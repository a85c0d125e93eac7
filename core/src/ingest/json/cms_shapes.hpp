// cms_shapes.hpp — newsroom CMS exports read as Storylens's CMS JSON fields: WordPress REST posts and Arc XP ANS
// stories (docs/cms-json.md).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace storylens::json_offsets {

struct CmsFields {
    std::string shape;  // "wordpress", "arc-ans", or "" when the object is neither
    std::string headline, published, byline, url, body;
    bool body_is_html = true;
};

// WordPress REST (/wp-json/wp/v2/posts/ID): title.rendered, content.rendered, date_gmt or date, link, and
// _embedded.author[].name when embedded. Arc XP ANS: headlines.basic, content_elements (text and header
// elements, in order), display_date or first_publish_date, credits.by[].name, canonical_url or website_url.
CmsFields read_cms_shape(const nlohmann::json& doc);

}  // namespace storylens::json_offsets
