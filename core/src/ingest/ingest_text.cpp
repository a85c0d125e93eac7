// ingest_text.cpp — plain text in: UTF-8 validation, BOM, NUL bytes, dateline.
#include <string>

#include "ingest/utf8.hpp"
#include "storylens/source.hpp"

namespace storylens {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr size_t kMaxReportedInvalid = 20;                  // then one summary line

}  // namespace

Result<Source> ingest_text(std::string_view bytes) {
    Result<Source> result;
    Source& source = result.value;
    source.format = Format::Text;
    size_t skip = 0;
    if (bytes.substr(0, kBom.size()) == kBom) skip = kBom.size();

    std::string& text = source.text;
    text.reserve(bytes.size() - skip);
    size_t invalid = 0, nuls = 0;
    for (size_t i = skip; i < bytes.size();) {
        const unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b == 0) {
            if (nuls++ == 0)
                result.diagnostics.push_back({Level::Warning, "input.nul",
                    "NUL bytes were replaced by spaces (first at input byte " + std::to_string(i) + ")",
                    static_cast<int64_t>(text.size())});
            text.push_back(' ');
            ++i;
            continue;
        }
        if (b < 0x80) { text.push_back(static_cast<char>(b)); ++i; continue; }
        const int length = utf8::valid_sequence_length(bytes, i);
        if (length > 0) { text.append(bytes.substr(i, length)); i += length; continue; }
        if (invalid++ < kMaxReportedInvalid)
            result.diagnostics.push_back({Level::Warning, "utf8.invalid",
                "invalid UTF-8 byte 0x" + std::string(1, "0123456789ABCDEF"[b >> 4]) +
                    std::string(1, "0123456789ABCDEF"[b & 15]) + " at input byte " + std::to_string(i) +
                    " replaced by U+FFFD",
                static_cast<int64_t>(text.size())});
        text.append(kReplacement);
        ++i;
    }
    if (invalid > kMaxReportedInvalid)
        result.diagnostics.push_back({Level::Warning, "utf8.invalid",
            std::to_string(invalid) + " invalid UTF-8 bytes in all were replaced by U+FFFD", -1});
    if (nuls > 1)
        result.diagnostics.push_back({Level::Warning, "input.nul",
            std::to_string(nuls) + " NUL bytes in all were replaced by spaces", -1});
    if (skip) result.diagnostics.push_back({Level::Info, "input.bom", "a UTF-8 byte order mark was removed", 0});

    bool blank = true;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') { blank = false; break; }
    if (blank)
        result.diagnostics.push_back({Level::Warning, "input.empty",
            text.empty() ? "the input is empty" : "the input holds only white space", -1});

    source.dateline = detect_dateline(text);
    return result;
}

}  // namespace storylens
