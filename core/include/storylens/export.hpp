// export.hpp — formatters, separate from the engine: each turns an Analysis into bytes.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/analysis.hpp"

namespace storylens {

struct ExportFormat {
    const char* name;       // as given to --format
    const char* extension;  // for file names
    const char* mime;
    std::string (*write)(const Analysis&);
};

// Every export format; a golden test iterates this list, so a new format needs a golden file.
const std::vector<ExportFormat>& export_formats();
const ExportFormat* find_export_format(std::string_view name);

// & < > " ' as entities: safe in HTML and XML text and attribute values (TimelineJS, TimeML, oEmbed).
std::string escape_html(std::string_view text);
// JSON text made safe to paste into an HTML <script> block (JSON-LD, an inline TimelineJS or oEmbed object) and
// into a JavaScript string: "</" becomes "<\/" so article text cannot close the block, "<!--" becomes
// "\u003C!--" so it cannot switch the block's parsing, and U+2028/U+2029 become "\u2028"/"\u2029". Each is a
// JSON escape of the same characters, so the JSON parses to the same value; in dumped JSON these characters
// only occur inside strings.
std::string script_safe_json(std::string_view json);

std::string to_json(const Analysis& analysis);       // the documented schema (docs/schema.md), pretty, deterministic
std::string to_json_line(const Analysis& analysis);  // the same on one line, for --jsonl

// Receives output in chunks as it is written; returns false to stop (a full disk). No chunk outlives the call.
using ByteSink = std::function<bool(std::string_view chunk)>;
// The bytes of to_json / to_json_line handed to `sink` in chunks of about 64 KB, never the whole text at once:
// what the CLI uses, so memory does not grow with the output. False when the sink refused a chunk.
bool write_json(const Analysis& analysis, const ByteSink& sink);
bool write_json_line(const Analysis& analysis, const ByteSink& sink);
// The other formats (docs/exports.md).
std::string to_timelinejs(const Analysis& analysis);  // Knight Lab TimelineJS3 JSON
std::string to_timeml(const Analysis& analysis);      // TimeML 1.2 XML with inline TIMEX3 / EVENT tags
std::string to_claimreview(const Analysis& analysis); // schema.org ClaimReview JSON-LD, one per reviewed claim
// A claim is reviewed when its verdict has a rating, an http(s) review URL and a reviewer (Google's required
// ClaimReview fields). The status is empty when every claim is, else says how many are and that the others
// are not in the ClaimReview export.
bool claim_reviewed(const Analysis& analysis, uint32_t claim);
std::string claimreview_status(const Analysis& analysis);
std::string to_claims_csv(const Analysis& analysis);  // RFC 4180 CSV, one row per claim
std::string to_events_csv(const Analysis& analysis);  // RFC 4180 CSV, one row per event
std::string to_markdown(const Analysis& analysis);    // a one-page brief

}  // namespace storylens
