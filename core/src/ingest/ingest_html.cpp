// ingest_html.cpp — PLACEHOLDER until the HTML tokenizer lands: treats the bytes as text and says so.
#include "storylens/source.hpp"

namespace storylens {

Result<Source> ingest_html(std::string_view bytes) {
    Result<Source> r = ingest_text(bytes);
    r.value.format = Format::Html;
    r.diagnostics.push_back({Level::Warning, "html.unsupported", "HTML input is read as plain text", -1});
    return r;
}

}  // namespace storylens
