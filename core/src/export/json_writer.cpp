// json_writer.cpp — see json_writer.hpp. Layout and escaping follow nlohmann::json's serializer exactly, so the
// bytes are those dump() writes (the golden files check it).
#include "export/json_writer.hpp"

#include <algorithm>
#include <charconv>

#include <nlohmann/json.hpp>

namespace storylens::json_out {

namespace {

// Length of the well-formed UTF-8 sequence at text[i] (Unicode table 3-7: no overlongs, surrogates or code
// points past U+10FFFF), 0 when it is not one.
size_t utf8_sequence(std::string_view text, size_t i) {
    const auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const auto in = [&](size_t k, unsigned lo, unsigned hi) { return k < text.size() && at(k) >= lo && at(k) <= hi; };
    const unsigned lead = at(i);
    if (lead >= 0xC2 && lead <= 0xDF) return in(i + 1, 0x80, 0xBF) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned lo = lead == 0xE0 ? 0xA0 : 0x80, hi = lead == 0xED ? 0x9F : 0xBF;
        return in(i + 1, lo, hi) && in(i + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned lo = lead == 0xF0 ? 0x90 : 0x80, hi = lead == 0xF4 ? 0x8F : 0xBF;
        return in(i + 1, lo, hi) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

// The escape nlohmann writes for an ASCII byte, or nullptr when the byte goes out as it is.
const char* escape_of(unsigned char c, char (&scratch)[7]) {
    switch (c) {
        case '\b': return "\\b";
        case '\t': return "\\t";
        case '\n': return "\\n";
        case '\f': return "\\f";
        case '\r': return "\\r";
        case '"': return "\\\"";
        case '\\': return "\\\\";
        default: break;
    }
    if (c > 0x1F) return nullptr;
    static const char hex[] = "0123456789abcdef";
    scratch[0] = '\\', scratch[1] = 'u', scratch[2] = '0', scratch[3] = '0';
    scratch[4] = hex[c >> 4], scratch[5] = hex[c & 15], scratch[6] = 0;
    return scratch;
}

}  // namespace

Writer::Writer(const ByteSink& sink, int indent) : sink_(&sink), indent_(indent) { buffer_.reserve(kBufferSize + 64); }

Writer::Writer(std::string& out, int indent) : indent_(indent), out_(&out), limit_(std::string::npos) {}

bool Writer::flush() {
    if (!sink_) return true;
    if (!buffer_.empty() && ok_) ok_ = (*sink_)(buffer_);
    buffer_.clear();
    return ok_;
}

void Writer::put(std::string_view bytes) {
    if (sink_ && buffer_.size() + bytes.size() > kBufferSize) {
        flush();
        if (bytes.size() > kBufferSize) {  // a long run goes to the sink without a copy
            if (ok_) ok_ = (*sink_)(bytes);
            return;
        }
    }
    out_->append(bytes);
}

void Writer::newline_and_indent(size_t depth) {
    static constexpr std::string_view kSpaces = "\n                                                                ";
    size_t width = depth * static_cast<size_t>(indent_) + 1;
    put(kSpaces.substr(0, std::min(width, kSpaces.size())));
    for (width = width > kSpaces.size() ? width - kSpaces.size() : 0; width > 0; --width) put(' ');
}

void Writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_items_.empty()) return;  // the document itself
    if (has_items_.back()) put(',');
    has_items_.back() = true;
    if (indent_ >= 0) newline_and_indent(has_items_.size());
}

void Writer::begin_object() {
    before_value();
    put('{');
    has_items_.push_back(false);
}

void Writer::end_container(char close) {
    const bool items = has_items_.back();
    has_items_.pop_back();
    if (items && indent_ >= 0) newline_and_indent(has_items_.size());
    put(close);
}

void Writer::begin_array() {
    before_value();
    put('[');
    has_items_.push_back(false);
}

void Writer::key(std::string_view name) {
    if (has_items_.back()) put(',');
    has_items_.back() = true;
    if (indent_ >= 0) newline_and_indent(has_items_.size());
    put('"');
    put(name);
    put(indent_ >= 0 ? std::string_view("\": ") : std::string_view("\":"));
    after_key_ = true;
}

void Writer::string(std::string_view text) {
    before_value();
    put('"');
    escaped(text);
    put('"');
}

// Copies runs of bytes that need no escape; well-formed UTF-8 goes out as it is (ensure_ascii off). From the
// first byte that is not well-formed UTF-8 on, nlohmann's own serializer writes the rest (with U+FFFD for
// what is invalid): its decoder is at a code point boundary there, so the bytes are the same as dump()'s.
void Writer::escaped(std::string_view text) {
    size_t run = 0, i = 0;
    char scratch[7];
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const size_t length = utf8_sequence(text, i);
            if (length == 0) {
                put(text.substr(run, i - run));
                const std::string rest =
                    nlohmann::json(std::string(text.substr(i))).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                put(std::string_view(rest).substr(1, rest.size() - 2));  // without its quotes
                return;
            }
            i += length;
            continue;
        }
        if (const char* escape = escape_of(c, scratch)) {
            put(text.substr(run, i - run));
            put(escape);
            run = i + 1;
        }
        ++i;
    }
    put(text.substr(run));
}

void Writer::number(int64_t n) {
    before_value();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    put(std::string_view(digits, static_cast<size_t>(end - digits)));
}

void Writer::number(uint64_t n) {
    before_value();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    put(std::string_view(digits, static_cast<size_t>(end - digits)));
}

void Writer::null() {
    before_value();
    put("null");
}

void Writer::boolean(bool v) {
    before_value();
    put(v ? std::string_view("true") : std::string_view("false"));
}

void Writer::raw(std::string_view bytes) { put(bytes); }

}  // namespace storylens::json_out
