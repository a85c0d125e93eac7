// export_escaping_test.cpp — hostile article text through every export that embeds it in a container: each
// container must still parse as what it is and carry the text as text. One table of hostile texts, one check
// per format (ClaimReview JSON-LD and TimelineJS JSON in a <script> block, Markdown, CSV).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "export/export_text.hpp"
#include "storylens/analysis.hpp"
#include "storylens/export.hpp"

namespace storylens {
namespace {

using nlohmann::json;

// Texts a page could carry; each is put inside a quotation that the analysis attributes and dates.
const std::vector<std::string>& hostile_texts() {
    static const std::vector<std::string> texts = {
        "</script><script>alert(1)</script> we will act",
        "</SCRIPT ><img src=x onerror=alert(1)> we will act",
        "<!-- <script> we will act",
        "we will act \xE2\x80\xA8 now \xE2\x80\xA9 and then",
        "=HYPERLINK(\"http://evil.example\",\"click\") we will act",
        "*bold* _it_ [link](javascript:alert(1)) `code` # | ~ & $x$ we will act",
        "a, \"quoted\" and\r\nbroken line we will act",
    };
    return texts;
}

Analysis analyse_quote(const std::string& hostile) {
    const std::string article = "\xE2\x80\x9C" + hostile +
                                ",\xE2\x80\x9D Minister Amira Haddad told reporters on 6 March 2025. The council "
                                "approved the plan on 7 March 2025, officials said.";
    return analyze(article, AnalyzeOptions{"2025-04-05", Format::Text});
}

// An HTML tokenizer's view of a <script> block: the first "</script" (any case) closes it, and "<!--" inside
// switches it to an escaped state where a "<script" makes the close ambiguous. Neither may come from the text.
bool closes_script_early(const std::string& payload) {
    std::string lower;
    for (char c : payload) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos;
}

bool has_raw_line_separator(const std::string& s) {
    return s.find("\xE2\x80\xA8") != std::string::npos || s.find("\xE2\x80\xA9") != std::string::npos;
}

TEST(ExportEscaping, ClaimReviewStaysInsideItsScriptBlock) {
    for (const std::string& hostile : hostile_texts()) {
        SCOPED_TRACE(hostile);
        Analysis a = analyse_quote(hostile);
        ASSERT_FALSE(a.claims.empty()) << "the hostile quotation is found as a claim";
        for (const Claim& c : a.claims)  // reviewed, or the export leaves the claim out
            a.verdicts.push_back({c.id, hostile, false, 0, 5, 1, "https://factcheck.example/r", hostile, "2025-04-06"});
        const std::string out = to_claimreview(a);
        EXPECT_FALSE(closes_script_early(out)) << out;
        EXPECT_FALSE(has_raw_line_separator(out)) << out;
        const json parsed = json::parse(out, nullptr, false);
        ASSERT_FALSE(parsed.is_discarded()) << "not JSON: " << out;
        ASSERT_EQ(parsed.size(), a.claims.size());
        for (size_t i = 0; i < a.claims.size(); ++i) {  // the text survives as text, unchanged once parsed
            EXPECT_EQ(parsed[i]["itemReviewed"]["text"], export_text::squash_space(a.claims[i].content.text));
            EXPECT_EQ(parsed[i]["reviewRating"]["alternateName"], hostile);
            EXPECT_EQ(parsed[i]["author"]["name"], hostile);
        }
    }
}

TEST(ExportEscaping, ScriptSafeJsonParsesToTheSameValue) {
    for (const std::string& hostile : hostile_texts()) {
        const json value = {{"text", hostile}, {"list", {hostile, "</", "<!--", "<\\/"}}};
        const std::string safe = script_safe_json(value.dump());
        EXPECT_FALSE(closes_script_early(safe)) << safe;
        EXPECT_FALSE(has_raw_line_separator(safe)) << safe;
        EXPECT_EQ(json::parse(safe), value) << safe;
    }
}

TEST(ExportEscaping, TimelineJsTextIsHtmlEscapedAndScriptSafe) {
    for (const std::string& hostile : hostile_texts()) {
        SCOPED_TRACE(hostile);
        const Analysis a = analyse_quote(hostile);
        const std::string out = to_timelinejs(a);
        EXPECT_FALSE(closes_script_early(out)) << out;
        EXPECT_FALSE(has_raw_line_separator(out)) << out;
        const json parsed = json::parse(out, nullptr, false);
        ASSERT_FALSE(parsed.is_discarded()) << "not JSON: " << out;
        ASSERT_FALSE(parsed["events"].empty());
        // TimelineJS shows these fields as HTML: the only markup in them is the exporter's own <p>.
        for (const json& slide : parsed["events"]) {
            std::string shown = slide["text"]["headline"].get<std::string>() + slide["group"].get<std::string>();
            std::string body = slide["text"]["text"].get<std::string>();
            ASSERT_EQ(body.rfind("<p>", 0), 0u);
            ASSERT_GE(body.size(), 7u);
            shown += body.substr(3, body.size() - 7);
            EXPECT_EQ(shown.find('<'), std::string::npos) << shown;
            EXPECT_EQ(shown.find('>'), std::string::npos) << shown;
        }
    }
}

// Where `raw` stands in `out` with no backslash before it (an escaped "\\<script" is text, not markup).
bool unescaped(const std::string& out, const std::string& raw) {
    for (size_t at = out.find(raw); at != std::string::npos; at = out.find(raw, at + 1))
        if (at == 0 || out[at - 1] != '\\') return true;
    return false;
}

TEST(ExportEscaping, MarkdownShowsTheTextAsText) {
    for (const std::string& hostile : hostile_texts()) {
        SCOPED_TRACE(hostile);
        const std::string out = to_markdown(analyse_quote(hostile));
        // Every character that would start markup in article text is backslash-escaped; the brief's own markup
        // (headings, list items, **dates**, `kind`, footnotes) is outside article text.
        for (const char* raw : {"<script", "<img", "<!--", "](javascript", "*bold*", "_it_", "`code`", "$x$"})
            EXPECT_FALSE(unescaped(out, raw)) << raw << " unescaped in\n" << out;
        EXPECT_EQ(out.find('\r'), std::string::npos) << "a line break from the text";
        EXPECT_FALSE(has_raw_line_separator(out));
    }
}

// RFC 4180 records: fields split on commas outside quotes, "" an escaped quote, CRLF ends a record.
std::vector<std::vector<std::string>> parse_csv(const std::string& csv) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') rows.back().back() += '"', ++i;
            else if (c == '"') quoted = false;
            else rows.back().back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            rows.emplace_back(1);
            ++i;
        } else {
            rows.back().back() += c;
        }
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

TEST(ExportEscaping, CsvColumnsStayConstantAndNoFieldIsAFormula) {
    for (const std::string& hostile : hostile_texts()) {
        SCOPED_TRACE(hostile);
        const Analysis a = analyse_quote(hostile);
        for (const std::string& csv : {to_claims_csv(a), to_events_csv(a)}) {
            const auto rows = parse_csv(csv);
            ASSERT_GE(rows.size(), 2u) << csv;
            for (const auto& row : rows) {
                EXPECT_EQ(row.size(), rows[0].size()) << csv;
                for (const std::string& field : row)
                    EXPECT_TRUE(field.empty() || std::string("=+-@\t\r").find(field[0]) == std::string::npos)
                        << "formula: " << field;
            }
        }
    }
}

}  // namespace
}  // namespace storylens
