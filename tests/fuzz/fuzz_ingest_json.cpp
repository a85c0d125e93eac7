// fuzz_ingest_json.cpp — storylens::ingest_json on arbitrary bytes: never crashes, always yields a sane Source.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > storylens::fuzz::kMaxInput) return 0;
    const storylens::Result<storylens::Source> r = storylens::ingest_json(storylens::fuzz::bytes(data, size));
    storylens::fuzz::check_source(r.value);
    return 0;
}
