// ingest.cpp — format detection by content and dispatch to the format's reader.
#include <cctype>

#include <nlohmann/json.hpp>

#include "ingest/language_check.hpp"
#include "storylens/source.hpp"

namespace storylens {

const char* format_name(Format format) {
    switch (format) {
        case Format::Auto: return "auto";
        case Format::Text: return "text";
        case Format::Html: return "html";
        case Format::Json: return "json";
    }
    return "text";
}

bool parse_format(std::string_view name, Format& out) {
    for (Format f : {Format::Auto, Format::Text, Format::Html, Format::Json})
        if (name == format_name(f)) { out = f; return true; }
    return false;
}

namespace {

constexpr size_t kSniffBytes = 1024;

bool starts_with_tag(std::string_view bytes, size_t at, std::string_view lower_name) {
    if (at + 1 + lower_name.size() > bytes.size() || bytes[at] != '<') return false;
    for (size_t k = 0; k < lower_name.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(bytes[at + 1 + k])) != lower_name[k]) return false;
    const size_t after = at + 1 + lower_name.size();
    if (after == bytes.size()) return true;
    const char c = bytes[after];
    return c == '>' || c == '/' || std::isspace(static_cast<unsigned char>(c));
}

}  // namespace

Format detect_format(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    size_t i = 0;
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
    if (i >= bytes.size()) return Format::Text;
    // JSON: an object that parses (accept() validates without building anything).
    if (bytes[i] == '{') return nlohmann::json::accept(bytes.begin(), bytes.end()) ? Format::Json : Format::Text;
    if (starts_with_tag(bytes, i, "!doctype") || starts_with_tag(bytes, i, "html") || bytes.compare(i, 4, "<!--") == 0)
        return Format::Html;
    // A block tag early on: "<p>", "<div class=...>", "<article>" in the first kilobyte.
    const std::string_view head = bytes.substr(i, kSniffBytes);
    for (size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1))
        for (std::string_view tag : {"p", "div", "article", "body", "head", "main", "section"})
            if (starts_with_tag(head, at, tag)) return Format::Html;
    return Format::Text;
}

Result<Source> ingest(std::string_view bytes, Format format) {
    const InputClass input = classify_input(bytes);
    if (!input.text) {
        Result<Source> refused;
        refused.diagnostics.push_back({Level::Error, "input.binary", "the input is not text: " + input.seen, -1});
        return refused;
    }
    if (format == Format::Auto) format = detect_format(bytes);
    Result<Source> result = format == Format::Html   ? ingest_html(bytes)
                            : format == Format::Json ? ingest_json(bytes)
                                                     : ingest_text(bytes);
    check_language(result.value.text, result.diagnostics);
    return result;
}

}  // namespace storylens
