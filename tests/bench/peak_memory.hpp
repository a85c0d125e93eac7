// peak_memory.hpp — the process's peak memory for the benchmarks: peak RSS natively, linear memory under WASM.
#pragma once
#include <cstdint>
#if !defined(__EMSCRIPTEN__)
#include <sys/resource.h>
#endif

inline uint64_t peak_memory_bytes() {
#if defined(__EMSCRIPTEN__)
    return static_cast<uint64_t>(__builtin_wasm_memory_size(0)) * 65536u;  // only grows, so it is the peak
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<uint64_t>(usage.ru_maxrss) * 1024u;  // Linux reports kilobytes
#endif
}
