// tag_time.cpp — the temporal stage: picks the DCT, then tags sentence by sentence, carrying the narrative's
// reference day through each paragraph so "a day later" counts from the last day the text named. The story's year
// and month go on across paragraphs ("In March, ... \n\n The following month, ..."): wire copy is written in
// one-sentence paragraphs, and a day named long before is a weaker anchor than the month it lies in.
#include <algorithm>
#include <climits>
#include <string>

#include "lexicon/lexicon.hpp"
#include "storylens/temporal.hpp"
#include "temporal/calendar.hpp"
#include "temporal/dct_inference.hpp"
#include "temporal/recognizer.hpp"
#include "temporal/tag_time.hpp"
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

Tagged tag_all(const text::TokenStream& tokens, const temporal::Context& base) {
    const Document& doc = tokens.document();
    Tagged out;
    temporal::Context ctx = base;
    uint32_t paragraph = UINT32_MAX;
    for (const Sentence& s : doc.sentences) {
        if (s.paragraph != paragraph) {
            paragraph = s.paragraph;
            ctx.has_reference = false;
            // a bare year named paragraphs back ("since 1985") is no anchor for "a year earlier"; a month is
            if (!ctx.reference_month) ctx.reference_year = 0;
        }
        const size_t before = out.found.size();
        temporal::recognize(tokens, s.first_token, s.token_count, ctx, out.found);
        for (size_t i = before; i < out.found.size(); ++i) {
            out.sentence_of.push_back(s.id);
            temporal::advance_reference(ctx, out.found[i]);
        }
    }
    return out;
}

// Quarterly results compare each figure with the same quarter a year before: an article that speaks of a
// quarter and of earnings words reads "a year ago" as that quarter.
bool reports_earnings(const text::TokenStream& tokens) {
    bool quarter = false, money = false;
    const std::vector<Token>& all = tokens.document().tokens;
    for (uint32_t i = 0; i < all.size(); ++i) {
        if (all[i].kind != TokenKind::Word) continue;
        const text::Tok t{all[i].span.of(tokens.text()), tokens.lower(i), all[i].kind, all[i].span, i};
        const std::string_view w = t.lower;
        if (w == "quarter" || (w.size() > 8 && w.compare(w.size() - 8, 8, "-quarter") == 0)) quarter = true;
        if (text::in_table(tokens, t, lexicon::TableId::temporal_earnings_words)) money = true;
        if (quarter && money) return true;
    }
    return false;
}

// The first 10 characters of a metadata timestamp, when they form a real date.
bool metadata_day(const std::string& published, calendar::Date& out) {
    return published.size() >= 10 && calendar::parse_iso_date(std::string_view(published).substr(0, 10), out);
}

std::string range_text(const Dct& dct) {
    if (!dct.earliest.empty() && !dct.latest.empty()) return "between " + dct.earliest + " and " + dct.latest;
    if (!dct.earliest.empty()) return "on or after " + dct.earliest;
    if (!dct.latest.empty()) return "on or before " + dct.latest;
    return "";
}

// An inferred date is said with its range and confidence; below kConfidentDct the reader is asked for the date.
void report_inferred_dct(const Dct& dct, bool has_time_words, std::vector<Diagnostic>& out) {
    const std::string range = range_text(dct);
    if (!dct.value.empty()) {
        const bool confident = dct.confidence >= temporal::kConfidentDct;
        out.push_back({confident ? Level::Info : Level::Warning, confident ? "dct.inferred" : "dct.low_confidence",
                       "no publication date was given; the text points to " + dct.value +
                           (confident ? "" : ", a guess") + " (" + range + ", confidence " +
                           std::to_string(dct.confidence) + " %)" +
                           (confident ? "" : ": relative dates are provisional, pass --dct YYYY-MM-DD to fix them"),
                       -1});
    } else if (has_time_words) {
        out.push_back({Level::Info, "dct.unknown",
                       "no publication date was given or found" + (range.empty() ? "" : "; the text was written " + range) +
                           "; relative dates stay unresolved (pass --dct YYYY-MM-DD to resolve them)",
                       -1});
    }
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
    return tag_time(source, text::TokenStream::build(source.text, document), input);
}

Result<TemporalResult> tag_time(const Source& source, const text::TokenStream& tokens, const TemporalInput& input) {
    const Document& document = tokens.document();
    Result<TemporalResult> r;
    temporal::Context ctx;
    calendar::Date d;
    Tagged probe;
    bool probed = false;
    if (!input.given_dct.empty() && calendar::parse_iso_date(input.given_dct, d)) {
        r.value.dct = temporal::known_dct(d, DctOrigin::Given, "given", 100);
    } else if (metadata_day(source.published, d)) {
        r.value.dct = temporal::known_dct(d, DctOrigin::Metadata, "metadata", 95);
    } else if (calendar::parse_iso_date(source.dateline.date, d)) {
        r.value.dct = temporal::known_dct(d, DctOrigin::Metadata, "dateline", 95, source.dateline.span);
    } else {
        // No date given: the text's own clues bound when it was written (dct_inference.hpp).
        probe = tag_all(tokens, ctx);
        probed = true;
        r.value.dct = temporal::infer_dct(source.text, document, probe.found);
        report_inferred_dct(r.value.dct, !probe.found.empty(), r.diagnostics);
        if (!r.value.dct.value.empty()) calendar::parse_iso_date(r.value.dct.value, d);
    }
    if (r.value.dct.origin != DctOrigin::None) ctx.has_dct = true, ctx.dct = d;
    ctx.earnings = reports_earnings(tokens);

    // Without a DCT the earnings reading has nothing to anchor (it needs a DCT), so the probe is already the
    // final tagging: recognise once. With an inferred DCT the values are re-resolved against it.
    Tagged tagged = probed && !ctx.has_dct ? std::move(probe) : tag_all(tokens, ctx);
    int32_t reference_id = -1;
    r.value.timexes.reserve(tagged.found.size());  // exactly: a doubled buffer of timexes is 1.5x the peak
    for (size_t i = 0; i < tagged.found.size(); ++i) {
        temporal::Found& f = tagged.found[i];
        Timex t;
        t.id = static_cast<uint32_t>(r.value.timexes.size());
        t.span = f.span;
        t.type = std::move(f.type);
        t.time = temporal::typed_time_from_recognizer_strings(f);
        // A value no calendar holds ("two years ago" written in year 1: year -1, which the recognizers spell
        // "-001") is no time a reader could use, and no TIMEX3 value an export could write: not a time expression.
        if (t.time.empty()) continue;
        t.sentence = tagged.sentence_of[i];
        // a relative value in a new paragraph counted from the story's year or month, which the last reference
        // timex set: the anchor crosses the paragraph with them
        t.anchor = f.relative ? reference_id : -1;
        if (f.resolved_day || f.point_year) reference_id = static_cast<int32_t>(t.id);
        r.value.timexes.push_back(std::move(t));
    }
    return r;
}

}  // namespace storylens
