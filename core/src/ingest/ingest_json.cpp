// ingest_json.cpp — CMS JSON in (docs/cms-json.md): metadata fields plus a plain-text or HTML body.
#include <nlohmann/json.hpp>

#include "ingest/json/cms_shapes.hpp"
#include "ingest/json/parse_object.hpp"
#include "ingest/json/string_offsets.hpp"
#include "ingest/published_date.hpp"
#include "storylens/source.hpp"

namespace storylens {

namespace {

using nlohmann::json;

const char* type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "a number";
        default: return "something else";
    }
}

// The string at `key`, "" when absent or null; any other type is an Error naming the key.
std::string string_field(const json& object, const char* key, Diagnostics& diagnostics) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return "";
    if (it->is_string()) return it->get<std::string>();
    diagnostics.push_back({Level::Error, "json.type",
        std::string("CMS JSON: \"") + key + "\" must be a string, not " + type_name(*it), -1});
    return "";
}

bool blank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

bool looks_like_html(std::string_view body) {
    size_t i = 0;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) ++i;
    return i < body.size() && body[i] == '<';
}

// The place in a dateline as written: "LONDON (Reuters) –" -> "LONDON".
std::string dateline_location(std::string location) {
    const auto trim = [&] {
        while (!location.empty() && (location.back() == ' ' || location.back() == ',')) location.pop_back();
    };
    trim();
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "--", "-"})
        if (location.size() >= dash.size() && location.compare(location.size() - dash.size(), dash.size(), dash) == 0) {
            location.resize(location.size() - dash.size());
            break;
        }
    trim();
    if (const size_t paren = location.find(" ("); paren != std::string::npos) location.resize(paren);
    return location;
}

// The dateline the CMS states: its text as given; the span where the text starts with a dateline.
Dateline given_dateline(const std::string& written, const Source& source) {
    Dateline d = detect_dateline(source.text);  // its span, when the body repeats the dateline
    d.present = true;
    d.text = written;
    d.location = dateline_location(written);
    return d;
}

void clamp_mapping(Source& source) {
    const uint32_t size = static_cast<uint32_t>(source.text.size());
    for (SourceMapping& m : source.mapping) {
        m.text.start = std::min(m.text.start, size);
        m.text.end = std::min(std::max(m.text.end, m.text.start), size);
    }
}

}  // namespace

Result<Source> ingest_json(std::string_view bytes) {
    Result<Source> result;
    result.value.format = Format::Json;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    const json_offsets::ParsedJson parsed = json_offsets::parse_json(bytes);
    if (!parsed.ok) {
        result.diagnostics.push_back({Level::Error, "json.invalid",
            "CMS JSON: not valid JSON at byte " + std::to_string(parsed.error_byte) + " (" + parsed.error + ")", -1});
        return result;
    }
    if (!parsed.value.is_object()) {
        result.diagnostics.push_back({Level::Error, "json.type",
            std::string("CMS JSON: the document must be an object, not ") + type_name(parsed.value), -1});
        return result;
    }
    const json& doc = parsed.value;
    Diagnostics& diagnostics = result.diagnostics;
    const json_offsets::CmsFields cms = json_offsets::read_cms_shape(doc);
    const bool shaped = !cms.shape.empty();
    const std::string headline = shaped ? cms.headline : string_field(doc, "headline", diagnostics);
    const std::string published = shaped ? cms.published : string_field(doc, "published", diagnostics);
    const std::string byline = shaped ? cms.byline : string_field(doc, "byline", diagnostics);
    const std::string dateline = shaped ? "" : string_field(doc, "dateline", diagnostics);
    const std::string url = shaped ? cms.url : string_field(doc, "url", diagnostics);
    const std::string body_format = shaped ? "html" : string_field(doc, "body_format", diagnostics);
    const std::string body = shaped ? cms.body : string_field(doc, "body", diagnostics);
    if (shaped)
        diagnostics.push_back({Level::Info, "json.shape",
            "CMS JSON: read as a " + std::string(cms.shape == "wordpress" ? "WordPress REST post" : "Arc XP ANS story") +
                " (offsets into its body point at the start of the object)", -1});
    if (!body_format.empty() && body_format != "html" && body_format != "text")
        diagnostics.push_back({Level::Warning, "json.body_format",
            "CMS JSON: \"body_format\" '" + body_format.substr(0, 40) + "' is neither html nor text; judged by content", -1});
    if (blank(body)) {
        diagnostics.push_back({Level::Error, "json.no_body",
            shaped ? "CMS JSON: the " + cms.shape + " object has no body text (content.rendered or text content_elements)"
                   : "CMS JSON: no body (\"body\", a WordPress \"content.rendered\" or Arc \"content_elements\", is missing or empty)",
            -1});
        return result;
    }

    const bool html = body_format == "html" || (body_format != "text" && looks_like_html(body));
    Result<Source> inner = html ? ingest_html(body) : ingest_text(body);
    diagnostics.insert(diagnostics.end(), inner.diagnostics.begin(), inner.diagnostics.end());
    Source& source = result.value;
    source = std::move(inner.value);
    source.format = Format::Json;

    // Offsets back into the JSON bytes: through the body's HTML mapping (if any) and the string's escapes.
    const int64_t body_start = json_offsets::find_top_level_string(bytes, "body");
    const std::vector<SourceMapping> runs =
        body_start < 0 ? std::vector<SourceMapping>{} : json_offsets::string_runs(bytes, static_cast<size_t>(body_start));
    const uint32_t fallback = body_start < 0 ? 0 : static_cast<uint32_t>(body_start);
    if (html) {
        for (SourceMapping& m : source.mapping) m.origin = json_offsets::input_offset(runs, m.origin, fallback);
    } else if (source.text.size() == body.size()) {  // ingest_text kept every offset (no BOM removed)
        source.mapping = runs;
    }
    clamp_mapping(source);

    // The CMS's own fields win over what the HTML body said about itself.
    if (!headline.empty()) source.headline = headline;
    if (!byline.empty()) source.byline = byline;
    if (!url.empty()) source.url = url;
    if (!published.empty()) {
        const std::string normalized = normalize_published(published);
        if (normalized.empty())
            diagnostics.push_back({Level::Warning, "json.date_unreadable",
                "CMS JSON: \"published\" '" + published.substr(0, 60) + "' is not a date", -1});
        else
            source.published = normalized;
    }
    if (!blank(dateline)) source.dateline = given_dateline(dateline, source);
    return result;
}

}  // namespace storylens
