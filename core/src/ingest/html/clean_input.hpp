// clean_input.hpp — HTML bytes made valid UTF-8 before tokenizing, with a map back to the original offsets.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/diagnostic.hpp"

namespace storylens::html {

// The input with the BOM removed, NUL bytes as spaces and each invalid UTF-8 byte as U+FFFD. Usually nothing
// changes and no copy is made.
class CleanInput {
public:
    CleanInput(std::string_view bytes, Diagnostics& diagnostics);
    std::string_view text() const { return copied_ ? std::string_view(copy_) : original_; }
    // The byte offset in the original input that `offset` in text() came from.
    uint32_t origin(size_t offset) const;

private:
    struct Shift {
        size_t clean = 0;   // from this offset in text() on ...
        size_t input = 0;   // ... offsets continue from here in the original input
    };
    std::string_view original_;
    std::string copy_;
    bool copied_ = false;
    std::vector<Shift> shifts_;
};

}  // namespace storylens::html
