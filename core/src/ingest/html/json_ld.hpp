// json_ld.hpp — schema.org fields from <script type="application/ld+json"> blocks.
#pragma once
#include <string>
#include <string_view>

#include "storylens/diagnostic.hpp"

namespace storylens::html {

struct JsonLdFields {
    std::string date_published;
    std::string headline;
    std::string name;    // the object's "name", which some sites use for the headline and "headline" for a summary
    std::string author;  // the first author's name
    std::string url;
};

// Reads one JSON-LD block: an object, an array of objects or an object with "@graph". The first object that has
// a datePublished wins; invalid JSON adds a Warning and leaves `fields` as it was.
void read_json_ld(std::string_view json_text, uint32_t origin, JsonLdFields& fields, Diagnostics& diagnostics);

}  // namespace storylens::html
