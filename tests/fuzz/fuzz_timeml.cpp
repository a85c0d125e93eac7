// fuzz_timeml.cpp — storylens::read_timeml on arbitrary bytes: never crashes, text is valid UTF-8, every gold
// span lies inside the text.
#include "fuzz_support.hpp"
#include "storylens/timeml.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace storylens;
    if (size > fuzz::kMaxInput) return 0;
    const Result<TimemlDocument> r = read_timeml(fuzz::bytes(data, size));
    const TimemlDocument& d = r.value;
    fuzz::check(fuzz::valid_utf8(d.text), "TimemlDocument::text is valid UTF-8");
    for (const GoldTimex& t : d.timexes) fuzz::check(fuzz::inside(t.span, d.text), "timex span inside the text");
    for (const GoldEvent& e : d.events) fuzz::check(fuzz::inside(e.span, d.text), "event span inside the text");
    fuzz::check(r.diagnostics.size() <= 64, "diagnostics are capped");
    return 0;
}
