// formats.cpp — the registry of export formats. Add a format here and a golden file under tests/golden.
#include "storylens/export.hpp"

namespace storylens {

const std::vector<ExportFormat>& export_formats() {
    static const std::vector<ExportFormat> formats = {
        {"json", "json", "application/json", &to_json},
        {"timelinejs", "json", "application/json", &to_timelinejs},
        {"timeml", "tml", "application/xml", &to_timeml},
        {"claimreview", "jsonld", "application/ld+json", &to_claimreview},
        {"claims-csv", "csv", "text/csv", &to_claims_csv},
        {"events-csv", "csv", "text/csv", &to_events_csv},
        {"markdown", "md", "text/markdown", &to_markdown},
    };
    return formats;
}

const ExportFormat* find_export_format(std::string_view name) {
    for (const ExportFormat& f : export_formats())
        if (name == f.name) return &f;
    return nullptr;
}

}  // namespace storylens
