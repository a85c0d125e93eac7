// xml_scanner.cpp — see xml_scanner.hpp.
#include "timeml/xml_scanner.hpp"

#include <cctype>
#include <cstdint>

#include "ingest/utf8.hpp"

namespace storylens::timeml {

namespace {

constexpr size_t kMaxWarnings = 20;
constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':'; }
bool name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '-' || c == '.';
}
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The value of a character reference body ("#38", "#x26"), or -1 when it is not one.
int64_t character_reference(std::string_view body) {
    if (body.size() < 2 || body[0] != '#') return -1;
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return -1;
    int64_t value = 0;
    for (char c : digits) {
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                      : hex && std::isxdigit(static_cast<unsigned char>(c))
                          ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                          : -1;
        if (d < 0) return -1;
        value = value * (hex ? 16 : 10) + d;
    }
    return value;
}

}  // namespace

const std::string* XmlToken::attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes)
        if (k == key) return &v;
    return nullptr;
}

void XmlScanner::warn(size_t offset, const std::string& message) {
    if (warnings_ == kMaxWarnings)
        diagnostics_.push_back({Level::Warning, "timeml.malformed", "more markup problems were not listed",
                                static_cast<int64_t>(offset)});
    if (warnings_++ >= kMaxWarnings) return;
    diagnostics_.push_back({Level::Warning, "timeml.malformed", message, static_cast<int64_t>(offset)});
}

void XmlScanner::append_raw(std::string& out, std::string_view raw) {
    for (size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c == '\r') {  // XML normalises CR LF and lone CR to LF
            out += '\n';
            i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\0') {  // as the analysis does: NUL reads as a space
            out += ' ';
            ++i;
            continue;
        }
        const int n = utf8::valid_sequence_length(raw, i);
        if (n <= 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        out.append(raw.data() + i, static_cast<size_t>(n));
        i += static_cast<size_t>(n);
    }
}

void XmlScanner::append_text(std::string& out, std::string_view raw) {
    size_t from = 0;
    for (size_t amp = raw.find('&'); amp != std::string_view::npos; amp = raw.find('&', from)) {
        append_raw(out, raw.substr(from, amp - from));
        const size_t semi = raw.find(';', amp);
        const std::string_view body =
            semi == std::string_view::npos || semi - amp > 12 ? std::string_view() : raw.substr(amp + 1, semi - amp - 1);
        const char* named = body == "lt" ? "<" : body == "gt" ? ">" : body == "amp" ? "&"
                          : body == "quot" ? "\"" : body == "apos" ? "'" : nullptr;
        const int64_t cp = named ? -1 : character_reference(body);
        if (named) {
            out += named;
        } else if (cp >= 0) {
            utf8::append(cp == 0 || cp > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(cp), out);  // &#0; is no character
        } else {
            warn(static_cast<size_t>(raw.data() - xml_.data()) + amp, "a bare '&' or unknown entity is kept as text");
            out += '&';
            from = amp + 1;
            continue;
        }
        from = semi + 1;
    }
    append_raw(out, raw.substr(from));
}

bool XmlScanner::skip_past(std::string_view terminator, const char* what) {
    const size_t end = xml_.find(terminator, at_);
    if (end == std::string_view::npos) {
        warn(at_, std::string("an unterminated ") + what + " runs to the end of the input");
        at_ = xml_.size();
        return false;
    }
    at_ = end + terminator.size();
    return true;
}

void XmlScanner::text_until_markup(XmlToken& token) {
    size_t end = xml_.find('<', at_);
    if (end == std::string_view::npos) end = xml_.size();
    token.kind = XmlToken::Kind::Text;
    token.offset = at_;
    append_text(token.text, xml_.substr(at_, end - at_));
    at_ = end;
}

// A tag cut off by the end of the input is dropped: an empty text token ends the scan.
bool XmlScanner::cut_off(XmlToken& token) {
    token = XmlToken{};
    token.offset = at_;
    at_ = xml_.size();
    return true;
}

bool XmlScanner::tag(XmlToken& token) {
    const size_t start = at_;
    const bool closing = xml_[at_ + 1] == '/';
    size_t i = at_ + (closing ? 2 : 1);
    if (i >= xml_.size() || !name_start(xml_[i])) return false;
    const size_t name_from = i;
    while (i < xml_.size() && name_char(xml_[i])) ++i;
    token.name = std::string(xml_.substr(name_from, i - name_from));
    token.offset = start;
    token.kind = closing ? XmlToken::Kind::Close : XmlToken::Kind::Open;
    while (true) {
        while (i < xml_.size() && space(xml_[i])) ++i;
        if (i >= xml_.size()) {
            warn(start, "the tag <" + token.name + "> is cut off by the end of the input");
            return cut_off(token);
        }
        if (xml_[i] == '>') break;
        if (!closing && xml_[i] == '/' && i + 1 < xml_.size() && xml_[i + 1] == '>') {
            token.kind = XmlToken::Kind::Empty;
            ++i;
            break;
        }
        if (closing || !name_start(xml_[i])) {
            warn(i, "unexpected character in the tag <" + token.name + ">; the rest of the tag is skipped");
            const size_t close = xml_.find('>', i);
            at_ = close == std::string_view::npos ? xml_.size() : close + 1;
            return true;
        }
        const size_t key_from = i;
        while (i < xml_.size() && name_char(xml_[i])) ++i;
        std::string key(xml_.substr(key_from, i - key_from));
        while (i < xml_.size() && space(xml_[i])) ++i;
        if (i >= xml_.size() || xml_[i] != '=') {
            warn(i, "the attribute '" + key + "' has no value");
            continue;
        }
        ++i;
        while (i < xml_.size() && space(xml_[i])) ++i;
        if (i >= xml_.size() || (xml_[i] != '"' && xml_[i] != '\'')) {
            warn(i, "the value of '" + key + "' is not quoted");
            continue;
        }
        const char quote = xml_[i++];
        const size_t value_end = xml_.find(quote, i);
        if (value_end == std::string_view::npos) {
            warn(i, "the value of '" + key + "' is never closed");
            return cut_off(token);
        }
        const std::string_view raw_value = xml_.substr(i, value_end - i);
        if (raw_value.find('<') != std::string_view::npos) warn(i, "a raw '<' in the value of '" + key + "'");
        std::string value;
        append_text(value, raw_value);
        for (char& c : value)
            if (c == '\n' || c == '\t') c = ' ';  // attribute value normalisation
        token.attributes.emplace_back(std::move(key), std::move(value));
        i = value_end + 1;
    }
    at_ = i + 1;
    return true;
}

bool XmlScanner::markup(XmlToken& token) {
    const std::string_view rest = xml_.substr(at_);
    if (rest.rfind("<?", 0) == 0) {
        skip_past("?>", "processing instruction");
        return false;
    }
    if (rest.rfind("<!--", 0) == 0) {
        skip_past("-->", "comment");
        return false;
    }
    if (rest.rfind("<![CDATA[", 0) == 0) {
        const size_t from = at_ + 9;
        token.kind = XmlToken::Kind::Text;
        token.offset = at_;
        at_ = from;
        const bool closed = skip_past("]]>", "CDATA section");
        append_raw(token.text, xml_.substr(from, (closed ? at_ - 3 : at_) - from));
        return true;
    }
    if (rest.rfind("<!", 0) == 0) {  // DOCTYPE, maybe with an internal subset in [ ]
        int depth = 0;
        for (size_t i = at_ + 2; i < xml_.size(); ++i) {
            if (xml_[i] == '[') ++depth;
            else if (xml_[i] == ']') --depth;
            else if (xml_[i] == '>' && depth <= 0) {
                at_ = i + 1;
                return false;
            }
        }
        warn(at_, "an unterminated declaration runs to the end of the input");
        at_ = xml_.size();
        return false;
    }
    if (rest.size() >= 2 && tag(token)) return true;
    // A '<' that starts no markup: keep it as text so nothing of the document is lost.
    warn(at_, "a bare '<' is kept as text");
    token.kind = XmlToken::Kind::Text;
    token.offset = at_;
    token.text = "<";
    ++at_;
    return true;
}

bool XmlScanner::next(XmlToken& token) {
    while (at_ < xml_.size()) {
        token = XmlToken{};
        if (xml_[at_] != '<') {
            text_until_markup(token);
            return true;
        }
        if (markup(token)) return true;
    }
    return false;
}

}  // namespace storylens::timeml
