// snapshot_format.hpp — the snapshot wire format: magic, version, record sizes and little-endian put/get helpers.
// Layout (docs/snapshot.md): "SLSNAP", u16 version, then source, paragraphs, tokens, sentences, dct, timexes,
// entities, claims, figures, events, timeline, relations, diagnostics, and nothing after. Integers are fixed-width
// little-endian, strings are u32 length + bytes, a list is u32 count + records, an enum or bool is one byte.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "storylens/analysis.hpp"

namespace storylens::snapshot {

inline constexpr char kMagic[] = {'S', 'L', 'S', 'N', 'A', 'P'};
inline constexpr size_t kMagicSize = sizeof(kMagic);
inline constexpr uint16_t kVersion = 3;  // 2: claims carry `anonymous`; 3: source.dct carries its range, confidence and evidence

// How many values each enum has on the wire (the byte must be below this).
inline constexpr uint8_t kFormatCount = static_cast<uint8_t>(Format::Json) + 1;
inline constexpr uint8_t kTokenKindCount = static_cast<uint8_t>(TokenKind::Punctuation) + 1;
inline constexpr uint8_t kDctOriginCount = static_cast<uint8_t>(DctOrigin::Inferred) + 1;
inline constexpr uint8_t kEntityTypeCount = static_cast<uint8_t>(EntityType::Group) + 1;
inline constexpr uint8_t kClaimKindCount = static_cast<uint8_t>(ClaimKind::Mixed) + 1;
inline constexpr uint8_t kLevelCount = static_cast<uint8_t>(Level::Error) + 1;

// The smallest encoding of one record of each list (all strings and nested lists empty). The reader checks
// count * size <= bytes left before reserving, so a forged count cannot make it allocate; snapshot_test checks
// each size against what the writer produces.
namespace wire {
inline constexpr size_t kU8 = 1, kU32 = 4, kI32 = 4, kI64 = 8, kString = 4, kCount = 4, kSpan = 8;
inline constexpr size_t kTextSpan = kString + kSpan;
inline constexpr size_t kMapping = kSpan + kU32;
inline constexpr size_t kParagraph = kU32 + kSpan;
inline constexpr size_t kToken = kSpan + kU8;
inline constexpr size_t kSentence = kU32 + kSpan + 3 * kU32;
inline constexpr size_t kDctEvidence = 3 * kString + kSpan + kU8;
inline constexpr size_t kTimex = kU32 + kSpan + 3 * kString + kU32 + kI32;
inline constexpr size_t kAlias = kString;
inline constexpr size_t kMention = kSpan + kU32;
inline constexpr size_t kEntity = kU32 + kString + kU8 + kCount + kCount + kString + kI32;
inline constexpr size_t kFigure = kTextSpan + 3 * kString + kU32;
inline constexpr size_t kClaim = kU32 + kTextSpan + kI32 + 2 * kTextSpan + kU8 + kI32 + kU32 + kI32 + kTextSpan +
                                 kI32 + kCount + kTextSpan + kU8;
inline constexpr size_t kParticipant = kU32;
inline constexpr size_t kEventMention = kSpan;
inline constexpr size_t kEvent = 2 * kU32 + kSpan + kString + (2 * kString + kI32) + 3 * kString + kCount + kI32 +
                                 kCount;
inline constexpr size_t kTimelineEntry = kU32;
inline constexpr size_t kRelation = 2 * kU32 + kString + kSpan;
inline constexpr size_t kDiagnostic = kU8 + 2 * kString + kI64;
}  // namespace wire

// Appends values; byte by byte so the output does not depend on the host's endianness.
class ByteWriter {
public:
    explicit ByteWriter(std::string& out) : out_(out) {}
    void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void u16(uint16_t v) {
        const char b[2] = {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
        out_.append(b, 2);
    }
    void u32(uint32_t v) {
        const char b[4] = {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF),
                           static_cast<char>((v >> 16) & 0xFF), static_cast<char>(v >> 24)};
        out_.append(b, 4);
    }
    void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
    void i64(int64_t v) {
        const uint64_t u = static_cast<uint64_t>(v);
        u32(static_cast<uint32_t>(u & 0xFFFFFFFFu));
        u32(static_cast<uint32_t>(u >> 32));
    }
    void count(size_t n) { u32(static_cast<uint32_t>(n)); }
    void string(std::string_view s) {
        count(s.size());
        out_.append(s.data(), s.size());
    }
    void span(Span s) {
        u32(s.start);
        u32(s.end);
    }
    void raw(const char* data, size_t size) { out_.append(data, size); }

private:
    std::string& out_;
};

inline uint32_t load_u32(const unsigned char* p) {
    return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) | (static_cast<uint32_t>(p[2]) << 16) |
           (static_cast<uint32_t>(p[3]) << 24);
}
inline Span load_span(const unsigned char* p) { return Span{load_u32(p), load_u32(p + 4)}; }

// Reads values from untrusted bytes. The first problem is kept (code + message naming the field) and every read
// after it returns zero, so callers check failed() once per record rather than after every field.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes)
        : at_(reinterpret_cast<const unsigned char*>(bytes.data())), begin_(at_), end_(at_ + bytes.size()) {}

    bool failed() const { return failed_; }
    size_t remaining() const { return static_cast<size_t>(end_ - at_); }
    size_t offset() const { return static_cast<size_t>(at_ - begin_); }
    const std::string& error_code() const { return code_; }
    const std::string& error_message() const { return message_; }

    // Kept out of line: the read paths stay small enough to inline, and failing is rare.
    [[gnu::noinline, gnu::cold]] void fail(const char* code, std::string message) {
        if (failed_) return;
        failed_ = true;
        code_ = code;
        message_ = std::move(message) + " (snapshot byte " + std::to_string(offset()) + ")";
        at_ = end_;
    }

    uint8_t u8(const char* field) {
        if (!has(1, field)) return 0;
        return *at_++;
    }
    uint16_t u16(const char* field) {
        if (!has(2, field)) return 0;
        const uint16_t v = static_cast<uint16_t>(at_[0] | (at_[1] << 8));
        at_ += 2;
        return v;
    }
    uint32_t u32(const char* field) {
        if (!has(4, field)) return 0;
        const uint32_t v = load_u32(at_);
        at_ += 4;
        return v;
    }
    int32_t i32(const char* field) { return static_cast<int32_t>(u32(field)); }
    int64_t i64(const char* field) {
        const uint64_t low = u32(field);
        const uint64_t high = u32(field);
        return static_cast<int64_t>(low | (high << 32));
    }
    Span span(const char* field) {
        Span s;
        s.start = u32(field);
        s.end = u32(field);
        return s;
    }
    bool boolean(const char* field) {
        const uint8_t v = u8(field);
        if (v > 1) fail("snapshot.enum", std::string(field) + " is " + std::to_string(v) + ", not 0 or 1");
        return v == 1;
    }
    // An enum byte that must be below `count`.
    uint8_t enum_byte(const char* field, uint8_t count) {
        const uint8_t v = u8(field);
        if (v >= count)
            fail("snapshot.enum", std::string(field) + " is " + std::to_string(v) + ", past its " +
                                      std::to_string(count) + " values");
        return v < count ? v : 0;
    }
    // A list length, refused when `count` records of at least `record_size` bytes cannot fit in what is left.
    uint32_t count(const char* field, size_t record_size) {
        const uint32_t n = u32(field);
        if (failed_) return 0;
        if (static_cast<uint64_t>(n) * record_size > remaining()) {
            fail("snapshot.count", std::string(field) + " count " + std::to_string(n) + " needs at least " +
                                       std::to_string(static_cast<uint64_t>(n) * record_size) + " bytes, " +
                                       std::to_string(remaining()) + " left");
            return 0;
        }
        return n;
    }
    void string(const char* field, std::string& out) {
        const uint32_t n = u32(field);
        if (!has(n, field)) return;
        out.assign(reinterpret_cast<const char*>(at_), n);
        at_ += n;
    }
    // `n` bytes to decode with load_u32 ..., or nullptr when fewer are left. Fixed-size records are read this way:
    // one bounds check for a whole list rather than one per field.
    const unsigned char* take(size_t n, const char* field) {
        if (!has(n, field)) return nullptr;
        const unsigned char* p = at_;
        at_ += n;
        return p;
    }
    // Bytes that must match `expected` exactly (the magic).
    bool expect(const char* expected, size_t size) {
        if (remaining() < size) return false;
        for (size_t i = 0; i < size; ++i)
            if (at_[i] != static_cast<unsigned char>(expected[i])) return false;
        at_ += size;
        return true;
    }

private:
    bool has(size_t n, const char* field) {
        if (n <= remaining()) return true;
        fail_truncated(field);
        return false;
    }
    [[gnu::noinline, gnu::cold]] void fail_truncated(const char* field) {
        fail("snapshot.truncated", std::string("the snapshot ends inside ") + field);
    }

    const unsigned char* at_;
    const unsigned char* begin_;
    const unsigned char* end_;
    bool failed_ = false;
    std::string code_;
    std::string message_;
};

}  // namespace storylens::snapshot
