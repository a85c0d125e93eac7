// claimreview_export.cpp — schema.org ClaimReview JSON-LD, one per reviewed claim (a verdict from corrections);
// claims without a verdict are left out and claimreview_status() says how many.
#include <cctype>

#include <nlohmann/json.hpp>

#include "export/export_text.hpp"
#include "temporal/calendar.hpp"
#include "storylens/export.hpp"

namespace storylens {

namespace {

using nlohmann::json;

// A TIMEX3 value that is an ISO 8601 calendar date (YYYY, YYYY-MM or YYYY-MM-DD, maybe with a time part),
// cut to its date: schema.org's datePublished takes exactly those.
// A reviewer's date as typed in the corrections file (YYYY, YYYY-MM, YYYY-MM-DD...): its calendar part.
std::string iso_date_part(const std::string& value) {
    auto digit = [&](size_t i) { return i < value.size() && std::isdigit(static_cast<unsigned char>(value[i])); };
    if (!(digit(0) && digit(1) && digit(2) && digit(3))) return "";
    if (value.size() == 4) return value;
    if (value[4] != '-' || !digit(5) || !digit(6)) return "";
    if (value.size() == 7) return value;
    if (value.size() >= 10 && value[7] == '-' && digit(8) && digit(9)) return value.substr(0, 10);
    return "";
}

// The calendar part of a typed time: its year, month or day, empty when it is no known point.
std::string iso_date_part(const TimeValue& v) {
    if (v.kind != TimeKind::Point || !v.anchored) return "";
    const calendar::Date d = calendar::civil_from_days(v.first_day);
    if (d.year < 0) return "";  // schema.org dates hold no year BC
    if (v.granularity == Granularity::Year) return calendar::format_year(d.year);
    if (v.granularity == Granularity::Month) return calendar::format_month(d.year, d.month);
    if (v.granularity <= Granularity::Day) return calendar::format_day(d);  // a day, or a time on it
    return "";
}

json author(const Analysis& a, const Claim& c) {
    const bool resolved = c.source_entity >= 0 && static_cast<size_t>(c.source_entity) < a.entities.size();
    // Only a known person is a Person; organizations, groups, places speaking for their government and
    // unresolved sources ("the report", "witnesses") are written as Organization, schema.org's other choice.
    const bool person = resolved && a.entities[c.source_entity].type == EntityType::Person;
    return {{"@type", person ? "Person" : "Organization"}, {"name", export_text::claim_source_name(a, c)}};
}

const Verdict* verdict_of(const Analysis& a, uint32_t claim) {
    for (const Verdict& v : a.verdicts)
        if (v.claim == claim) return &v;
    return nullptr;
}

// Google's required ClaimReview fields: a rating (words or a number), the review's URL and its author.
bool complete(const Verdict* v) {
    return v && (!v->rating.empty() || v->has_value) && !v->reviewer.empty() &&
           (v->url.rfind("https://", 0) == 0 || v->url.rfind("http://", 0) == 0);
}

json rating(const Verdict& v) {
    json r = {{"@type", "Rating"}};
    if (!v.rating.empty()) r["alternateName"] = v.rating;
    if (v.has_value) {
        r["ratingValue"] = v.value;
        r["bestRating"] = v.best;
        r["worstRating"] = v.worst;
    }
    return r;
}

// The content without the quote marks around it (a summary is not a quotation) or a trailing comma.
std::string unquoted(std::string s) {
    for (bool changed = true; changed;) {
        changed = false;
        for (const char* mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", ","}) {
            const size_t n = std::char_traits<char>::length(mark);
            if (s.size() >= n && s.compare(0, n, mark) == 0 && *mark != ',') s.erase(0, n), changed = true;
            if (s.size() >= n && s.compare(s.size() - n, n, mark) == 0) s.erase(s.size() - n), changed = true;
        }
    }
    return s;
}

// Google asks for a claimReviewed under 75 characters: the content cut on a word, the whole of it is the
// Claim's text.
constexpr size_t kClaimReviewedBytes = 74;

}  // namespace

bool claim_reviewed(const Analysis& a, uint32_t claim) { return complete(verdict_of(a, claim)); }

std::string claimreview_status(const Analysis& a) {
    size_t reviewed = 0;
    for (const Claim& c : a.claims) reviewed += claim_reviewed(a, c.id) ? 1 : 0;
    if (reviewed == a.claims.size()) return "";
    return std::to_string(reviewed) + " of " + std::to_string(a.claims.size()) +
           " claims reviewed: ClaimReview holds only claims with a verdict (rating, review URL, reviewer)";
}

std::string to_claimreview(const Analysis& a) {
    json reviews = json::array();
    const std::string headline = export_text::headline(a);
    for (const Claim& c : a.claims) {
        const Verdict* v = verdict_of(a, c.id);
        if (!complete(v)) continue;  // an unreviewed claim has no rating, URL or reviewer to give
        std::string said_on;
        if (c.when_timex >= 0 && static_cast<size_t>(c.when_timex) < a.timexes.size())
            said_on = iso_date_part(a.timexes[c.when_timex].time);
        if (said_on.empty()) said_on = a.dct.value;
        json appearance = {{"@type", "CreativeWork"}, {"headline", headline}};
        if (!a.source.url.empty()) appearance["url"] = a.source.url;
        const std::string content = export_text::squash_space(c.content.text);
        json claim = {{"@type", "Claim"}, {"author", author(a, c)}, {"appearance", appearance}, {"text", content}};
        if (!said_on.empty()) claim["datePublished"] = said_on;
        json review = {{"@context", "https://schema.org"},
                       {"@type", "ClaimReview"},
                       {"claimReviewed", export_text::cut_on_word(unquoted(content), kClaimReviewedBytes)},
                       {"itemReviewed", claim},
                       {"author", {{"@type", "Organization"}, {"name", v->reviewer}}},
                       {"reviewRating", rating(*v)},
                       {"url", v->url}};
        if (!iso_date_part(v->date).empty()) review["datePublished"] = iso_date_part(v->date);
        reviews.push_back(std::move(review));
    }
    // Hosts paste this into <script type="application/ld+json">: article text must not close that block.
    return script_safe_json(reviews.dump(2, ' ', false, json::error_handler_t::replace)) + "\n";
}

}  // namespace storylens
