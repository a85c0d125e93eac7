// diagnostic.hpp — errors as values: every stage returns data plus a list of diagnostics.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace storylens {

enum class Level { Info, Warning, Error };

struct Diagnostic {
    Level level = Level::Info;
    std::string code;     // stable machine-readable id, e.g. "utf8.invalid"
    std::string message;  // one clear human sentence
    int64_t start = -1;   // byte offset into Source::text, -1 when not tied to a place
};

using Diagnostics = std::vector<Diagnostic>;

const char* level_name(Level level);

inline bool has_error(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.level == Level::Error) return true;
    return false;
}

// A value plus what was noticed while making it. ok() is false only when the value is unusable.
template <class T>
struct Result {
    T value{};
    Diagnostics diagnostics;
    bool ok() const { return !has_error(diagnostics); }
};

}  // namespace storylens
