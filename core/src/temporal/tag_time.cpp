// tag_time.cpp — the temporal stage: picks the DCT, then tags sentence by sentence, carrying the narrative's
// reference day through each paragraph so "a day later" counts from the last day the text named.
#include <algorithm>
#include <climits>

#include "lexicon/lexicon.hpp"
#include "storylens/temporal.hpp"
#include "temporal/calendar.hpp"
#include "temporal/recognizer.hpp"
#include "text/token_view.hpp"

namespace storylens {

const char* dct_origin_name(DctOrigin origin) {
    switch (origin) {
        case DctOrigin::None: return "none";
        case DctOrigin::Given: return "given";
        case DctOrigin::Metadata: return "metadata";
        case DctOrigin::Inferred: return "inferred";
    }
    return "none";
}

namespace {

struct Tagged {
    std::vector<temporal::Found> found;
    std::vector<uint32_t> sentence_of;  // parallel to found
};

Tagged tag_all(std::string_view text, const Document& doc, const temporal::Context& base) {
    Tagged out;
    temporal::Context ctx = base;
    uint32_t paragraph = UINT32_MAX;
    for (const Sentence& s : doc.sentences) {
        if (s.paragraph != paragraph) {
            paragraph = s.paragraph;
            ctx.has_reference = false, ctx.reference_year = 0, ctx.reference_month = 0;
        }
        const size_t before = out.found.size();
        temporal::recognize(text, doc, s.first_token, s.token_count, ctx, out.found);
        for (size_t i = before; i < out.found.size(); ++i) {
            out.sentence_of.push_back(s.id);
            temporal::advance_reference(ctx, out.found[i]);
        }
    }
    return out;
}

// Quarterly results compare each figure with the same quarter a year before: an article that speaks of a
// quarter and of earnings words reads "a year ago" as that quarter.
bool reports_earnings(std::string_view text, const Document& doc) {
    bool quarter = false, money = false;
    for (const Token& t : doc.tokens) {
        if (t.kind != TokenKind::Word) continue;
        const std::string w = text::lowered(t.span.of(text));
        if (w == "quarter" || (w.size() > 8 && w.compare(w.size() - 8, 8, "-quarter") == 0)) quarter = true;
        if (lexicon::contains(lexicon::TableId::temporal_earnings_words, w)) money = true;
        if (quarter && money) return true;
    }
    return false;
}

// The first 10 characters of a metadata timestamp, when they form a real date.
bool metadata_day(const std::string& published, calendar::Date& out) {
    return published.size() >= 10 && calendar::parse_iso_date(std::string_view(published).substr(0, 10), out);
}

}  // namespace

const Timex* timex_containing(const std::vector<Timex>& timexes, Span span) {
    auto it = std::upper_bound(timexes.begin(), timexes.end(), span.start,
                               [](uint32_t pos, const Timex& t) { return pos < t.span.start; });
    if (it == timexes.begin()) return nullptr;
    --it;
    return it->span.contains(span) ? &*it : nullptr;
}

Result<TemporalResult> tag_time(const Source& source, const Document& document, const TemporalInput& input) {
    Result<TemporalResult> r;
    temporal::Context ctx;
    calendar::Date d;
    if (!input.given_dct.empty() && calendar::parse_iso_date(input.given_dct, d)) {
        r.value.dct = {calendar::format_day(d), DctOrigin::Given};
    } else if (metadata_day(source.published, d)) {
        r.value.dct = {calendar::format_day(d), DctOrigin::Metadata};
    } else if (calendar::parse_iso_date(source.dateline.date, d)) {
        r.value.dct = {calendar::format_day(d), DctOrigin::Metadata};
    }
    if (r.value.dct.origin == DctOrigin::None) {
        // No date given: the latest full date the text writes out is the best evidence of when it was written.
        const Tagged probe = tag_all(source.text, document, ctx);
        long latest = LONG_MIN;
        for (const temporal::Found& f : probe.found)
            if (f.explicit_day)
                latest = std::max(latest, calendar::days_from_civil(f.day.year, f.day.month, f.day.day));
        if (latest != LONG_MIN) {
            d = calendar::civil_from_days(latest);
            r.value.dct = {calendar::format_day(d), DctOrigin::Inferred};
            r.diagnostics.push_back({Level::Info, "dct.inferred",
                                     "no publication date was given; using " + r.value.dct.value +
                                         ", the latest full date in the text",
                                     -1});
        } else if (!probe.found.empty()) {
            r.diagnostics.push_back({Level::Info, "dct.unknown",
                                     "no publication date was given or found; relative dates stay unresolved "
                                     "(pass --dct YYYY-MM-DD to resolve them)",
                                     -1});
        }
    }
    if (r.value.dct.origin != DctOrigin::None) ctx.has_dct = true, ctx.dct = d;
    ctx.earnings = reports_earnings(source.text, document);

    Tagged tagged = tag_all(source.text, document, ctx);
    int32_t reference_id = -1;
    uint32_t paragraph = UINT32_MAX;
    r.value.timexes.reserve(tagged.found.size());  // exactly: a doubled buffer of timexes is 1.5x the peak
    for (size_t i = 0; i < tagged.found.size(); ++i) {
        temporal::Found& f = tagged.found[i];
        Timex t;
        t.id = static_cast<uint32_t>(r.value.timexes.size());
        t.span = f.span;
        t.type = std::move(f.type);
        t.value = std::move(f.value);
        t.mod = std::move(f.mod);
        t.sentence = tagged.sentence_of[i];
        const uint32_t p = document.sentences[t.sentence].paragraph;
        if (p != paragraph) paragraph = p, reference_id = -1;
        t.anchor = f.relative ? reference_id : -1;
        if (f.resolved_day || f.point_year) reference_id = static_cast<int32_t>(t.id);
        r.value.timexes.push_back(std::move(t));
    }
    return r;
}

}  // namespace storylens
