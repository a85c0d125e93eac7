// fuzz_snapshot.cpp — storylens::read_snapshot on arbitrary bytes: never crashes; a snapshot it accepts has every
// offset inside the text and re-encodes to exactly the bytes read (the format has one encoding per Analysis).
// Seeds: tests/fuzz/corpus/fuzz_snapshot/*.snap, written by tests/unit/snapshot_test.cpp when run with
// STORYLENS_UPDATE_SNAPSHOT_CORPUS=1 (hand_built.snap is also that test's golden file).
#include "fuzz_support.hpp"
#include "storylens/export.hpp"
#include "storylens/snapshot.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace storylens;
    if (size > fuzz::kMaxInput) return 0;
    const std::string_view bytes = fuzz::bytes(data, size);
    const Result<Analysis> r = read_snapshot(bytes);
    if (!r.ok()) {
        fuzz::check(r.diagnostics.size() == 1 && r.value.source.text.empty(), "a refused snapshot gives one error");
        return 0;
    }
    fuzz::check_source(r.value.source);
    fuzz::check(write_snapshot(r.value) == bytes, "an accepted snapshot re-encodes to the same bytes");
    // The viewer and the exports index with the ids the reader let through.
    fuzz::check(!to_json(r.value).empty(), "an accepted snapshot exports to JSON");
    return 0;
}
