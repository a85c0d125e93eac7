// fuzz_exports.cpp — arbitrary text inside an attributed, dated quotation, through every export that embeds
// article text in a container: the container must still parse as what it is. ClaimReview JSON-LD and TimelineJS
// JSON parse and cannot close (or switch) the <script> block a host pastes them into; CSV rows keep the header's
// column count and no field reads as a formula; Markdown carries no unescaped '<'.
#include <cctype>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"

namespace {

using storylens::fuzz::check;

constexpr size_t kMaxText = 64 * 1024;  // the exports are linear; a short text reaches every escaping branch

bool script_safe(const std::string& out) {
    std::string lower;
    lower.reserve(out.size());
    for (char c : out) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find("</script") == std::string::npos && lower.find("<!--") == std::string::npos &&
           out.find("\xE2\x80\xA8") == std::string::npos && out.find("\xE2\x80\xA9") == std::string::npos;
}

void check_json_in_script(const std::string& out, const char* what) {
    check(!nlohmann::json::parse(out, nullptr, false).is_discarded(), what);
    check(script_safe(out), what);
}

// RFC 4180: the number of fields of each record (CRLF outside quotes ends one); false for a formula field.
bool csv_columns_constant(const std::string& csv) {
    std::vector<size_t> widths(1, 1);
    bool quoted = false, field_start = true;
    for (size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (field_start && !quoted && (c == '=' || c == '+' || c == '-' || c == '@')) return false;
        field_start = false;
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') ++i;
            else if (c == '"') quoted = false;
        } else if (c == '"') {
            quoted = true;
            // a quoted field's first character is the one after the quote
            if (i + 1 < csv.size() && std::string_view("=+-@").find(csv[i + 1]) != std::string_view::npos)
                return false;
        } else if (c == ',') {
            ++widths.back();
            field_start = true;
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            ++i;
            if (i + 1 < csv.size()) widths.push_back(1);
            field_start = true;
        } else if (c == '\n' || c == '\r') {
            return false;  // a bare line break outside quotes splits a record for many readers
        }
    }
    for (size_t w : widths)
        if (w != widths[0]) return false;
    return !quoted;
}

// Every '<' in the Markdown brief is escaped: an odd number of backslashes stands before it.
bool markdown_has_no_raw_angle(const std::string& md) {
    for (size_t i = md.find('<'); i != std::string::npos; i = md.find('<', i + 1)) {
        size_t slashes = 0;
        while (slashes < i && md[i - 1 - slashes] == '\\') ++slashes;
        if (slashes % 2 == 0) return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > kMaxText) return 0;
    // The first byte picks the frame, a direct quote or a quoted statement: one frame per input, since the
    // analysis, not the exports, is what an input costs (two frames halved the executions per second).
    const std::string text(storylens::fuzz::bytes(data, size));
    const std::string article =
        size > 0 && (data[0] & 1)
            ? "\xE2\x80\x9C" + text + "\xE2\x80\x9D, the council said on 7 March 2025."
            : "\xE2\x80\x9C" + text + ",\xE2\x80\x9D Minister Amira Haddad told reporters on 6 March 2025.";
    const storylens::Analysis a =
        storylens::analyze(article, storylens::AnalyzeOptions{"2025-04-05", storylens::Format::Text});
    check_json_in_script(storylens::to_claimreview(a), "ClaimReview JSON-LD parses and stays in its script block");
    check_json_in_script(storylens::to_timelinejs(a), "TimelineJS JSON parses and stays in its script block");
    check(csv_columns_constant(storylens::to_claims_csv(a)), "claims CSV has constant columns and no formula");
    check(csv_columns_constant(storylens::to_events_csv(a)), "events CSV has constant columns and no formula");
    check(markdown_has_no_raw_angle(storylens::to_markdown(a)), "Markdown escapes every '<'");
    return 0;
}
