// json_writer.hpp — JSON written straight to a byte sink, laid out byte for byte as nlohmann::json::dump lays
// it out (indent 2 or one line, ensure_ascii off, invalid UTF-8 replaced), without building a document tree.
// The caller writes the keys of each object in sorted order, as nlohmann's std::map would.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/export.hpp"

namespace storylens::json_out {

class Writer {
public:
    // indent 2: pretty as dump(2); indent -1: one line as dump(-1).
    Writer(const ByteSink& sink, int indent);
    // Appends to `out` directly, with no buffer in between (to_json's string).
    Writer(std::string& out, int indent);
    ~Writer() { flush(); }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    void begin_object();
    void end_object() { end_container('}'); }
    void begin_array();
    void end_array() { end_container(']'); }
    void key(std::string_view name);  // a literal key: no escaping needed
    void string(std::string_view text);
    void string_or_null(std::string_view text) { text.empty() ? null() : string(text); }
    void number(int64_t n);
    void number(uint64_t n);
    void number(uint32_t n) { number(static_cast<uint64_t>(n)); }
    void number(int32_t n) { number(static_cast<int64_t>(n)); }
    void id_or_null(int64_t id) { id < 0 ? null() : number(id); }
    void null();
    void boolean(bool v);
    void raw(std::string_view bytes);  // bytes that go out as they are ("\n" after the document)

    bool flush();              // hands the buffer to the sink; false once the sink refused
    bool ok() const { return ok_; }

private:
    void before_value();
    void end_container(char close);
    void newline_and_indent(size_t depth);
    void put(char c) {
        if (out_->size() >= limit_) flush();
        out_->push_back(c);
    }
    void put(std::string_view bytes);
    void escaped(std::string_view text);

    static constexpr size_t kBufferSize = 64 * 1024;
    const ByteSink* sink_ = nullptr;
    int indent_;
    bool ok_ = true;
    bool after_key_ = false;
    std::string buffer_;
    std::string* out_ = &buffer_;  // where bytes go: the buffer handed to the sink, or the caller's string
    size_t limit_ = kBufferSize;   // flush when out_ holds this many bytes
    std::vector<bool> has_items_;  // one per open container: whether it holds an item yet
};

}  // namespace storylens::json_out
