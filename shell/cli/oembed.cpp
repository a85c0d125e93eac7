// oembed.cpp — see oembed.hpp.
#include "cli/oembed.hpp"

#include <cctype>

#include <nlohmann/json.hpp>

#include "storylens/export.hpp"

namespace storylens::cli {

std::string url_encode_component(const std::string& s) {
    static const char* const hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || std::string_view("-_.!~*'()").find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

bool is_web_url(const std::string& s) {
    for (const char* scheme : {"http://", "https://"}) {
        const std::string prefix(scheme);
        if (s.size() > prefix.size() && s.compare(0, prefix.size(), prefix) == 0) {
            const char host = s[prefix.size()];
            // No white space or control characters: they only come from copy-paste accidents. Quotes and
            // angle brackets are harmless here: the URL is percent-encoded and the iframe HTML-escaped.
            if (host == '/' || host == '?' || host == '#') return false;
            for (unsigned char c : s)
                if (c <= ' ' || c == 0x7F) return false;
            return true;
        }
    }
    return false;
}

std::string oembed_json(const OembedRequest& r) {
    std::string base = r.viewer;
    while (!base.empty() && base.back() == '/') base.pop_back();
    const std::string title = r.title.empty() ? "Storylens: " + r.url : r.title;
    const std::string src = base + "/embed.html?src=" + url_encode_component(r.url);
    const std::string html = "<iframe src=\"" + storylens::escape_html(src) + "\" width=\"" + std::to_string(r.width) +
                             "\" height=\"" + std::to_string(r.height) + "\" title=\"" + storylens::escape_html(title) +
                             "\" style=\"border:0\" loading=\"lazy\" allowfullscreen></iframe>";
    const nlohmann::json out = {{"version", "1.0"},       {"type", "rich"},    {"provider_name", "Storylens"},
                                {"provider_url", base + "/"}, {"html", html},           {"width", r.width},  {"height", r.height},
                                {"title", title}};
    return storylens::script_safe_json(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) + "\n";
}

}  // namespace storylens::cli
