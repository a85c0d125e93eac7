// json_ld.cpp — JSON-LD (schema.org NewsArticle and kin) with nlohmann::json, never throwing.
#include "ingest/html/json_ld.hpp"

#include <nlohmann/json.hpp>

namespace storylens::html {

namespace {

using nlohmann::json;

std::string string_field(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_object()) {  // {"@type": "Person", "name": ...} or {"@id": url}
        for (const char* inner : {"name", "@value", "@id"}) {
            const auto v = it->find(inner);
            if (v != it->end() && v->is_string()) return v->get<std::string>();
        }
    }
    if (it->is_array() && !it->empty()) {  // several authors: the first one
        const json& first = it->front();
        if (first.is_string()) return first.get<std::string>();
        if (first.is_object()) {
            const auto v = first.find("name");
            if (v != first.end() && v->is_string()) return v->get<std::string>();
        }
    }
    return "";
}

void read_object(const json& object, JsonLdFields& fields) {
    if (!object.is_object()) return;
    if (!fields.date_published.empty()) return;  // an earlier object already dated the article
    const std::string date = string_field(object, "datePublished");
    if (date.empty()) {
        if (fields.headline.empty()) fields.headline = string_field(object, "headline");
        return;
    }
    fields.date_published = date;
    if (const std::string h = string_field(object, "headline"); !h.empty()) fields.headline = h;
    if (const std::string a = string_field(object, "author"); !a.empty()) fields.author = a;
    if (const std::string u = string_field(object, "url"); !u.empty()) fields.url = u;
}

}  // namespace

void read_json_ld(std::string_view json_text, uint32_t origin, JsonLdFields& fields, Diagnostics& diagnostics) {
    const json root = json::parse(json_text.begin(), json_text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        diagnostics.push_back({Level::Warning, "html.jsonld_invalid",
            "a JSON-LD block at input byte " + std::to_string(origin) + " is not valid JSON and was ignored", -1});
        return;
    }
    const auto read_with_graph = [&](const json& node) {
        read_object(node, fields);
        if (!node.is_object()) return;
        const auto graph = node.find("@graph");
        if (graph != node.end() && graph->is_array())
            for (const json& item : *graph) read_object(item, fields);
    };
    if (root.is_array()) {
        for (const json& item : root) read_with_graph(item);
    } else {
        read_with_graph(root);
    }
}

}  // namespace storylens::html
