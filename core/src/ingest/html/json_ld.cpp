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
    if (it->is_array()) {  // several authors: their names joined ("Stella Kim, Jennifer Jett")
        std::string names;
        for (const json& item : *it) {
            const json* name = &item;
            if (item.is_object()) {
                const auto v = item.find("name");
                if (v == item.end()) continue;
                name = &*v;
            }
            if (name->is_string() && !name->get<std::string>().empty())
                names += (names.empty() ? "" : ", ") + name->get<std::string>();
        }
        return names;
    }
    return "";
}

void read_object(const json& object, JsonLdFields& fields) {
    if (!object.is_object()) return;
    if (!fields.date_published.empty()) return;  // an earlier object already dated the article
    const std::string date = string_field(object, "datePublished");
    if (date.empty()) {
        if (fields.headline.empty()) fields.headline = string_field(object, "headline");
        if (fields.name.empty() && !fields.headline.empty()) fields.name = string_field(object, "name");
        return;
    }
    fields.date_published = date;
    if (const std::string h = string_field(object, "headline"); !h.empty()) {
        fields.headline = h;
        fields.name = string_field(object, "name");
    }
    if (const std::string a = string_field(object, "author"); !a.empty()) fields.author = a;
    if (const std::string u = string_field(object, "url"); !u.empty()) fields.url = u;
}

// Pages wrap the block for old XHTML parsers: "<![CDATA[ {...} ]]>", sometimes behind "//" or "/*".
std::string_view without_cdata(std::string_view t) {
    const auto trim = [](std::string_view& s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
    };
    trim(t);
    for (std::string_view lead : {"//", "/*"})
        if (t.substr(0, lead.size()) == lead && t.substr(lead.size()).find("<![CDATA[") < 4) t.remove_prefix(lead.size());
    trim(t);
    if (t.substr(0, 9) != "<![CDATA[") return t;
    t.remove_prefix(9);
    for (std::string_view tail : {"*/", "]]>", "//", "/*"}) {
        trim(t);
        if (t.size() >= tail.size() && t.substr(t.size() - tail.size()) == tail) t.remove_suffix(tail.size());
    }
    return t;
}

}  // namespace

void read_json_ld(std::string_view json_in, uint32_t origin, JsonLdFields& fields, Diagnostics& diagnostics) {
    const std::string_view json_text = without_cdata(json_in);
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
