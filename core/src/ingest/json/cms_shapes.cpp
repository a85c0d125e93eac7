// cms_shapes.cpp — WordPress REST and Arc XP ANS objects mapped to the CMS JSON fields, never throwing.
#include "ingest/json/cms_shapes.hpp"

#include "ingest/html/character_references.hpp"

namespace storylens::json_offsets {

namespace {

using nlohmann::json;

const json* member(const json& object, const char* key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

std::string string_at(const json& object, std::initializer_list<const char*> path) {
    const json* node = &object;
    for (const char* key : path)
        if (!(node = member(*node, key))) return "";
    return node->is_string() ? node->get<std::string>() : "";
}

// WordPress writes titles with character references ("Council&#8217;s vote"): the headline is their text.
std::string decode_references(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '&')
            if (const size_t used = html::consume_character_reference(s, i, false, out)) {
                i += used - 1;
                continue;
            }
        out.push_back(s[i]);
    }
    return out;
}

std::string names(const json* list) {
    std::string out;
    if (!list || !list->is_array()) return out;
    for (const json& item : *list)
        if (const std::string name = string_at(item, {"name"}); !name.empty()) out += (out.empty() ? "" : ", ") + name;
    return out;
}

CmsFields wordpress(const json& doc) {
    CmsFields f;
    f.shape = "wordpress";
    f.headline = decode_references(string_at(doc, {"title", "rendered"}));
    f.body = string_at(doc, {"content", "rendered"});
    f.published = string_at(doc, {"date_gmt"});
    if (!f.published.empty()) f.published += "Z";  // date_gmt is UTC written without a zone
    else f.published = string_at(doc, {"date"});
    f.url = string_at(doc, {"link"});
    if (const json* embedded = member(doc, "_embedded")) f.byline = names(member(*embedded, "author"));
    return f;
}

CmsFields arc_ans(const json& doc) {
    CmsFields f;
    f.shape = "arc-ans";
    f.headline = string_at(doc, {"headlines", "basic"});
    for (const json& element : *member(doc, "content_elements")) {
        const std::string type = string_at(element, {"type"});
        const std::string content = string_at(element, {"content"});
        if (content.empty()) continue;
        if (type == "text") f.body += "<p>" + content + "</p>\n";
        else if (type == "header") f.body += "<h2>" + content + "</h2>\n";
    }
    f.published = string_at(doc, {"display_date"});
    if (f.published.empty()) f.published = string_at(doc, {"first_publish_date"});
    if (const json* credits = member(doc, "credits")) f.byline = names(member(*credits, "by"));
    f.url = string_at(doc, {"canonical_url"});
    if (f.url.empty()) f.url = string_at(doc, {"website_url"});
    return f;
}

}  // namespace

CmsFields read_cms_shape(const json& doc) {
    if (member(doc, "body")) return {};
    const json* content = member(doc, "content");
    if (content && member(*content, "rendered")) return wordpress(doc);
    const json* elements = member(doc, "content_elements");
    if (elements && elements->is_array()) return arc_ans(doc);
    return {};
}

}  // namespace storylens::json_offsets
