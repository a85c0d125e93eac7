// entities_test_support.hpp — helpers of the entity rule tables: analyze a text at a publication date, find an
// entity by name, list what was found (for a failing row's message).
#pragma once
#include <string>

#include "storylens/analysis.hpp"

namespace storylens::entities_test {

// The rows from PolNeAR train are US news of 2015-2016; a date of that time dates them as their papers did.
constexpr const char* kPolnearDate = "2016-03-01";

inline Analysis run(const std::string& text, const char* dct = kPolnearDate) {
    AnalyzeOptions options;
    options.dct = dct;
    return analyze(text, options);
}

inline const Entity* find(const Analysis& a, const std::string& name) {
    for (const Entity& e : a.entities)
        if (e.name == name) return &e;
    return nullptr;
}

// " [Name TYPE x2]" per entity, the mention count after the x.
inline std::string listed(const Analysis& a) {
    std::string out;
    for (const Entity& e : a.entities)
        out += " [" + e.name + " " + entity_type_name(e.type) + " x" + std::to_string(e.mentions.size()) + "]";
    return out;
}

}  // namespace storylens::entities_test
