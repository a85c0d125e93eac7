// ingest_json.cpp — PLACEHOLDER until the CMS JSON reader lands.
#include "storylens/source.hpp"

namespace storylens {

Result<Source> ingest_json(std::string_view bytes) {
    Result<Source> r = ingest_text(bytes);
    r.value.format = Format::Json;
    r.diagnostics.push_back({Level::Warning, "json.unsupported", "CMS JSON input is read as plain text", -1});
    return r;
}

}  // namespace storylens
