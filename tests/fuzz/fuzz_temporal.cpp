// fuzz_temporal.cpp — the date normalizer on its own: arbitrary text tagged against an arbitrary (valid) DCT
// taken from the first bytes. Timexes must be sorted, disjoint and inside the text, and every full date they
// name must exist on the calendar ("February 30" must never come out as 2025-02-30).
#include <cctype>
#include <cstdio>

#include "fuzz_support.hpp"
#include "storylens/analysis.hpp"
#include "storylens/temporal.hpp"

namespace {

// Inputs past 1 KB are skipped, as re2's fuzzer caps its own: under ASan and coverage the scanner costs several
// milliseconds per KB, while what a long input exercises (more sentences) short ones reach too; whole articles are
// run by the unit tests. fuzz_temporal.flags keeps libFuzzer's -max_len at the cap.
constexpr size_t kMaxPipelineInput = 1024;

// Three bytes pick a DCT between year 1 and 9999: far dates stress the calendar arithmetic.
std::string dct_from(const uint8_t* data) {
    const int year = 1 + (data[0] << 8 | data[1]) % 9999;
    const int month = 1 + data[2] % 12;
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, 1 + data[2] % 28);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace storylens;
    if (size < 3 || size > kMaxPipelineInput) return 0;
    const Result<Source> source = ingest_text(fuzz::bytes(data + 3, size - 3));
    const Document document = segment(source.value.text, source.value.dateline.present ? source.value.dateline.span.end : 0);
    TemporalInput input;
    input.given_dct = dct_from(data);
    const Result<TemporalResult> tagged = tag_time(source.value, document, input);
    const std::string_view text = source.value.text;
    uint32_t previous_end = 0;
    for (const Timex& t : tagged.value.timexes) {
        fuzz::check(fuzz::inside(t.span, text) && !t.span.empty(), "timex span inside the text");
        fuzz::check(t.span.start >= previous_end, "timexes sorted and disjoint");
        previous_end = t.span.end;
        fuzz::check(!timex3_value(t.time).empty() && !t.type.empty(), "timex value and type");
        const std::string& v = timex3_value(t.time);
        const bool full_date = v.size() >= 10 && v[4] == '-' && v[7] == '-' && std::isdigit(static_cast<unsigned char>(v[0])) &&
                               std::isdigit(static_cast<unsigned char>(v[5])) && std::isdigit(static_cast<unsigned char>(v[8]));
        if (t.type == "DATE" && full_date) fuzz::check(is_valid_iso_date(v.substr(0, 10)), "a full date exists on the calendar");
    }
    return 0;
}
