// claimreview_export.cpp — schema.org ClaimReview JSON-LD drafts, one per claim, for a fact-checker to complete.
#include <cctype>

#include <nlohmann/json.hpp>

#include "export/export_text.hpp"
#include "storylens/export.hpp"

namespace storylens {

namespace {

using nlohmann::json;

constexpr const char* kUnreviewed = "unreviewed draft: no rating, review URL or reviewer yet";

// A TIMEX3 value that is an ISO 8601 calendar date (YYYY, YYYY-MM or YYYY-MM-DD, maybe with a time part),
// cut to its date: schema.org's datePublished takes exactly those.
std::string iso_date_part(const std::string& value) {
    auto digit = [&](size_t i) { return i < value.size() && std::isdigit(static_cast<unsigned char>(value[i])); };
    if (!(digit(0) && digit(1) && digit(2) && digit(3))) return "";
    if (value.size() == 4) return value;
    if (value[4] != '-' || !digit(5) || !digit(6)) return "";
    if (value.size() == 7) return value;
    if (value.size() >= 10 && value[7] == '-' && digit(8) && digit(9)) return value.substr(0, 10);
    return "";
}

json author(const Analysis& a, const Claim& c) {
    const bool resolved = c.source_entity >= 0 && static_cast<size_t>(c.source_entity) < a.entities.size();
    // Only a known person is a Person; organizations, groups, places speaking for their government and
    // unresolved sources ("the report", "witnesses") are written as Organization, schema.org's other choice.
    const bool person = resolved && a.entities[c.source_entity].type == EntityType::Person;
    return {{"@type", person ? "Person" : "Organization"}, {"name", export_text::claim_source_name(a, c)}};
}

}  // namespace

std::string to_claimreview(const Analysis& a) {
    json reviews = json::array();
    const std::string headline = export_text::headline(a);
    for (const Claim& c : a.claims) {
        std::string said_on;
        if (c.when_timex >= 0 && static_cast<size_t>(c.when_timex) < a.timexes.size())
            said_on = iso_date_part(a.timexes[c.when_timex].value);
        if (said_on.empty()) said_on = a.dct.value;
        json appearance = {{"@type", "CreativeWork"}, {"headline", headline}};
        if (!a.source.url.empty()) appearance["url"] = a.source.url;
        json claim = {{"@type", "Claim"}, {"author", author(a, c)}, {"appearance", appearance}};
        if (!said_on.empty()) claim["datePublished"] = said_on;
        // No verdict, review URL or reviewer is known yet: those fields are left out rather than written empty
        // (a JSON-LD processor turns "url": "" into the page's own address), and the review says it is a draft.
        reviews.push_back({{"@context", "https://schema.org"},
                           {"@type", "ClaimReview"},
                           {"claimReviewed", export_text::squash_space(c.content.text)},
                           {"itemReviewed", claim},
                           {"creativeWorkStatus", kUnreviewed}});
    }
    // Hosts paste this into <script type="application/ld+json">: article text must not close that block.
    return script_safe_json(reviews.dump(2, ' ', false, json::error_handler_t::replace)) + "\n";
}

}  // namespace storylens
