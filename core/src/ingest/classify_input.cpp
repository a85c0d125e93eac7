// classify_input.cpp — text or not, judged before anything is built from the bytes: the magic number of a known
// binary format, then the share of NUL, control and invalid UTF-8 bytes. Only counting, no allocation beyond
// the message, so 20 MB of NUL bytes cost one pass.
#include <algorithm>
#include <string>

#include "ingest/utf8.hpp"
#include "storylens/source.hpp"

namespace storylens {

namespace {

constexpr size_t kSampleBytes = 64 * 1024;  // control and UTF-8 statistics are judged on the first 64 KiB
constexpr size_t kFewBadBytes = 64;         // fewer control or invalid bytes than this is a text with a few bad bytes

struct Magic {
    size_t offset;
    std::string_view bytes;
    const char* what;
};

// Signatures of common binary formats (from each format's specification; the offsets are where they stand).
constexpr Magic kMagics[] = {
    {0, "\x89PNG\r\n\x1a\n", "a PNG image"},
    {0, "\xFF\xD8\xFF", "a JPEG image"},
    {0, "GIF87a", "a GIF image"},
    {0, "GIF89a", "a GIF image"},
    {0, "%PDF-", "a PDF document"},
    {0, "\x1F\x8B", "a gzip stream"},
    {0, "PK\x03\x04", "a zip archive (or an Office/EPUB document)"},
    {0, "PK\x05\x06", "an empty zip archive"},
    {0, "\x7F" "ELF", "an ELF executable"},
    {0, "BZh", "a bzip2 stream"},
    {0, "\xFD" "7zXZ", "an xz stream"},
    {0, "7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
    {0, "\x28\xB5\x2F\xFD", "a zstd stream"},
    {0, "Rar!\x1A\x07", "a RAR archive"},
    {0, std::string_view("\0asm", 4), "a WebAssembly module"},
    {0, "\xCA\xFE\xBA\xBE", "a Java class or Mach-O file"},
    {0, "\xCF\xFA\xED\xFE", "a Mach-O executable"},
    {0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Office (OLE) document"},
    {0, std::string_view("SQLite format 3\0", 16), "an SQLite database"},
    {0, "OggS", "an Ogg media file"},
    {0, "ID3", "an MP3 file"},
    {0, "fLaC", "a FLAC audio file"},
    {0, "\x1A\x45\xDF\xA3", "a Matroska/WebM video"},
    {0, "wOFF", "a WOFF font"},
    {0, "wOF2", "a WOFF2 font"},
    {4, "ftyp", "an MP4/QuickTime media file"},
    {8, "WEBP", "a WebP image"},
    {8, "WAVE", "a WAV audio file"},
    {8, "AVI ", "an AVI video"},
    {257, "ustar", "a tar archive"},
};

bool at(std::string_view bytes, size_t offset, std::string_view what) {
    return bytes.size() >= offset + what.size() && bytes.compare(offset, what.size(), what) == 0;
}

InputClass binary(std::string seen) { return {false, std::move(seen)}; }

}  // namespace

InputClass classify_input(std::string_view bytes) {
    // UTF-16 is text, but not UTF-8: its BOM says so before its NUL bytes would.
    if (at(bytes, 0, "\xFF\xFE") || at(bytes, 0, "\xFE\xFF")) return binary("looks like UTF-16 text (convert it to UTF-8)");
    for (const Magic& m : kMagics)
        if (at(bytes, m.offset, m.bytes)) {
            // RIFF containers name their kind at byte 8; the others stand alone.
            if (m.offset == 8 && !at(bytes, 0, "RIFF")) continue;
            // "BZh" and "ID3" are also the start of words; the byte after tells a real header.
            if (m.bytes == "BZh" && !(bytes.size() > 3 && bytes[3] >= '1' && bytes[3] <= '9')) continue;
            if (m.bytes == "ID3" && !(bytes.size() > 3 && static_cast<unsigned char>(bytes[3]) < 0x10)) continue;
            return binary(std::string("looks like ") + m.what);
        }
    if (bytes.empty()) return {};

    // NUL bytes anywhere: counted over the whole input (cheap), so a text head cannot hide a NUL body.
    const size_t nuls = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\0'));
    if (nuls * 2 > bytes.size()) return binary("mostly NUL bytes (" + std::to_string(nuls) + " of " +
                                               std::to_string(bytes.size()) + ")");
    if (nuls * 10 > bytes.size()) return binary("holds many NUL bytes (" + std::to_string(nuls) + ")");

    const std::string_view sample = bytes.substr(0, kSampleBytes);
    size_t control = 0, invalid = 0;
    for (size_t i = 0; i < sample.size();) {
        const unsigned char b = static_cast<unsigned char>(sample[i]);
        if (b < 0x80) {
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0) || b == 0x7F)
                ++control;
            ++i;
            continue;
        }
        const int length = utf8::valid_sequence_length(sample, i);
        // A sequence cut by the end of the sample is not counted against the input.
        if (length == 0 && sample.size() < bytes.size() && i + 4 > sample.size()) break;
        if (length == 0) ++invalid;
        i += length ? static_cast<size_t>(length) : 1;
    }
    if (control >= kFewBadBytes && control * 20 > sample.size())
        return binary("holds many control bytes (" + std::to_string(control) + " in the first " +
                      std::to_string(sample.size()) + " bytes)");
    if (invalid >= kFewBadBytes && invalid * 4 > sample.size())
        return binary("mostly invalid UTF-8 (" + std::to_string(invalid) + " invalid bytes in the first " +
                      std::to_string(sample.size()) + ")");
    return {};
}

}  // namespace storylens
