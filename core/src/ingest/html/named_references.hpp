// named_references.hpp — the WHATWG named character reference table and its longest-prefix lookup.
#pragma once
#include <cstddef>
#include <iterator>
#include <string_view>

namespace storylens::html {

struct NamedReference {
    std::string_view name;   // without the leading '&', with the ';' when it has one ("amp;", "amp", "notin;")
    std::string_view value;  // UTF-8, one or two code points
};

const NamedReference* named_references_begin();
const NamedReference* named_references_end();
size_t named_reference_count();

// The longest name in the table that `text` (the bytes after '&') starts with, or nullptr.
const NamedReference* longest_named_reference(std::string_view text);

}  // namespace storylens::html
