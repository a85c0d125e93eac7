// ingest.cpp — format detection by content and dispatch to the format's reader.
#include <cctype>

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

Format detect_format(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    size_t i = 0;
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
    if (i >= bytes.size()) return Format::Text;
    if (bytes[i] == '{') return Format::Json;
    if (bytes[i] == '<') {
        // "<!doctype", "<html", "<article", "<p>", "<!--": markup. A lone "<" followed by a space is text.
        if (i + 1 < bytes.size() && (std::isalpha(static_cast<unsigned char>(bytes[i + 1])) || bytes[i + 1] == '!'))
            return Format::Html;
    }
    return Format::Text;
}

Result<Source> ingest(std::string_view bytes, Format format) {
    if (format == Format::Auto) format = detect_format(bytes);
    switch (format) {
        case Format::Html: return ingest_html(bytes);
        case Format::Json: return ingest_json(bytes);
        default: return ingest_text(bytes);
    }
}

}  // namespace storylens
