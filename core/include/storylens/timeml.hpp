// timeml.hpp — reading TimeML 1.2 documents (.tml, TempEval-3 style) and scoring timexes against their gold tags.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/diagnostic.hpp"
#include "storylens/span.hpp"
#include "storylens/temporal.hpp"

namespace storylens {

struct GoldTimex {
    std::string tid;
    Span span;  // byte offsets into TimemlDocument::text
    std::string type, value, mod;
};

struct GoldEvent {
    std::string eid;
    Span span;
    std::string event_class;  // OCCURRENCE, REPORTING, STATE ...
};

struct TimemlDocument {
    std::string docid;
    std::string dct;   // the DCT's TIMEX3 value as written ("1998-01-08", "1998-01-08T18:30:00")
    std::string text;  // the TEXT element's content: tags stripped, entities decoded, line ends as \n, valid UTF-8
    std::vector<GoldTimex> timexes;  // in document order (the DCT is not among them)
    std::vector<GoldEvent> events;
};

// Never throws. Malformed markup is recovered from and reported as `timeml.malformed` warnings (so a clean
// document has no diagnostics); a document without a TEXT element is an error (`timeml.no_text`).
Result<TimemlDocument> read_timeml(std::string_view xml);

// The DCT as YYYY-MM-DD when it starts with a real date, else empty.
std::string timeml_dct_date(const TimemlDocument& document);

// TempEval-3 task A figures, micro-averaged over documents: strict = same extent, relaxed = overlapping extent
// (each gold and system timex matched once, greedily in text order), type/value = relaxed matches that also
// agree on TIMEX3 type/value. F1 is 2·matches / (gold + system).
struct TimexScore {
    size_t documents = 0, gold = 0, system = 0;
    size_t strict = 0, relaxed = 0, type = 0, value = 0;
    double precision(size_t matches) const { return system ? double(matches) / double(system) : 0.0; }
    double recall(size_t matches) const { return gold ? double(matches) / double(gold) : 0.0; }
    double f1(size_t matches) const { return gold + system ? 2.0 * double(matches) / double(gold + system) : 0.0; }
};

// Adds one document: `system` spans must be byte offsets into the same text the gold spans refer to.
void add_timex_score(TimexScore& score, const std::vector<GoldTimex>& gold, const std::vector<Timex>& system);

}  // namespace storylens
