// source.hpp — the ingest stage: bytes in (plain text, HTML, CMS JSON), one Source out.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/diagnostic.hpp"
#include "storylens/span.hpp"

namespace storylens {

enum class Format { Auto, Text, Html, Json };
const char* format_name(Format format);
bool parse_format(std::string_view name, Format& out);  // "text" | "html" | "json" | "auto"

struct Dateline {
    bool present = false;
    std::string text;      // "SULAIMANI, Kurdistan Region of Iraq –" as written
    std::string location;  // "SULAIMANI, Kurdistan Region of Iraq"
    std::string date;      // YYYY-MM-DD when the dateline carries one, else empty
    Span span;             // the whole dateline including its dash
};

// Where a piece of Source::text came from in the original input (HTML, JSON) so offsets can be mapped back.
struct SourceMapping {
    Span text;            // range in Source::text
    uint32_t origin = 0;  // byte offset in the original input where that range starts
};

struct Source {
    std::string text;  // the analysed text: valid UTF-8, BOM stripped, CRLF kept as given
    Format format = Format::Text;
    std::string headline;
    std::string byline;
    std::string url;
    std::string published;  // publication date from metadata (YYYY-MM-DD or ISO timestamp), empty if none
    Dateline dateline;
    std::vector<SourceMapping> mapping;  // empty for plain text (offsets equal input offsets after the BOM)
};

// Plain text: validates UTF-8 (each invalid byte becomes U+FFFD and is reported with its input offset),
// strips a BOM, replaces NUL bytes with spaces, detects a leading dateline.
Result<Source> ingest_text(std::string_view bytes);

// Text or not, judged on the bytes before anything is built from them: a known binary format's magic number
// (PNG, JPEG, GIF, PDF, gzip, zip, ELF, ...), a UTF-16 byte order mark, or a large share of NUL bytes (in the
// whole input), control bytes or invalid UTF-8 (in its first 64 KiB). `seen` says what, in words a person can
// act on: "looks like a PNG image", "mostly NUL bytes (20000000 of 20000000)". A text with a few bad bytes is
// text: its bad bytes are reported by ingest_text.
struct InputClass {
    bool text = true;
    std::string seen;  // empty for text
};
InputClass classify_input(std::string_view bytes);

// Classifies the input first (classify_input): binary data gives an empty Source and one Error diagnostic
// "input.binary" naming what was seen. Otherwise detects the format by content when `format` is Auto, then
// dispatches.
Result<Source> ingest(std::string_view bytes, Format format = Format::Auto);
Format detect_format(std::string_view bytes);

// Implemented by the integration stage (HTML tokenizer + main-content extraction, CMS JSON).
Result<Source> ingest_html(std::string_view bytes);
Result<Source> ingest_json(std::string_view bytes);

// Finds a leading dateline ("CITY, Region –", "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -").
Dateline detect_dateline(std::string_view text);

}  // namespace storylens
