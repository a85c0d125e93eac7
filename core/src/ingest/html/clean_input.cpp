// clean_input.cpp — BOM, NUL and invalid UTF-8 in HTML input, reported with their input offsets like ingest_text.
#include "ingest/html/clean_input.hpp"

#include <algorithm>

#include "ingest/utf8.hpp"

namespace storylens::html {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr size_t kMaxReportedInvalid = 20;

std::string hex_byte(unsigned char b) {
    const char* digits = "0123456789ABCDEF";
    return std::string{digits[b >> 4], digits[b & 15]};
}

}  // namespace

CleanInput::CleanInput(std::string_view bytes, Diagnostics& diagnostics) : original_(bytes) {
    size_t skip = 0;
    if (bytes.substr(0, kBom.size()) == kBom) {
        skip = kBom.size();
        diagnostics.push_back({Level::Info, "input.bom", "a UTF-8 byte order mark was removed", -1});
    }
    // Find the first byte that needs changing; most pages have none and keep a view of the input.
    size_t i = skip;
    while (i < bytes.size()) {
        const int length = bytes[i] == '\0' ? 0 : utf8::valid_sequence_length(bytes, i);
        if (length == 0) break;
        i += static_cast<size_t>(length);
    }
    if (i >= bytes.size()) {
        original_ = bytes.substr(skip);
        if (skip) shifts_.push_back({0, skip});
        return;
    }
    copied_ = true;
    copy_.reserve(bytes.size() + 16);
    copy_.append(bytes.substr(skip, i - skip));
    shifts_.push_back({0, skip});
    size_t invalid = 0, nuls = 0;
    while (i < bytes.size()) {
        const unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b == 0) {
            if (nuls++ == 0)
                diagnostics.push_back({Level::Warning, "input.nul",
                    "NUL bytes were replaced by spaces (first at input byte " + std::to_string(i) + ")", -1});
            copy_.push_back(' ');
            ++i;
            continue;
        }
        const int length = utf8::valid_sequence_length(bytes, i);
        if (length > 0) {
            copy_.append(bytes.substr(i, static_cast<size_t>(length)));
            i += static_cast<size_t>(length);
            continue;
        }
        if (invalid++ < kMaxReportedInvalid)
            diagnostics.push_back({Level::Warning, "utf8.invalid",
                "invalid UTF-8 byte 0x" + hex_byte(b) + " at input byte " + std::to_string(i) +
                    " replaced by U+FFFD", -1});
        copy_.append(kReplacement);
        ++i;
        shifts_.push_back({copy_.size(), i});
    }
    if (invalid > kMaxReportedInvalid)
        diagnostics.push_back({Level::Warning, "utf8.invalid",
            std::to_string(invalid) + " invalid UTF-8 bytes in all were replaced by U+FFFD", -1});
    if (nuls > 1)
        diagnostics.push_back({Level::Warning, "input.nul",
            std::to_string(nuls) + " NUL bytes in all were replaced by spaces", -1});
}

uint32_t CleanInput::origin(size_t offset) const {
    if (shifts_.empty()) return static_cast<uint32_t>(std::min(offset, original_.size()));
    auto after = std::upper_bound(shifts_.begin(), shifts_.end(), offset,
                                  [](size_t value, const Shift& s) { return value < s.clean; });
    if (after == shifts_.begin()) return static_cast<uint32_t>(offset);
    const Shift& s = *(after - 1);
    const size_t input_size = copied_ ? original_.size() : original_.size() + shifts_.front().input;
    return static_cast<uint32_t>(std::min(s.input + (offset - s.clean), input_size));
}

}  // namespace storylens::html
