// sorted_table.hpp — word tables kept in byte order so a lookup is a binary search. Each owner of such tables
// exposes a *_tables_are_sorted() check that a unit test runs, since an unsorted table silently misses words.
#pragma once
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace storylens::text {

template <size_t N>
bool in_sorted_table(const std::string_view (&table)[N], std::string_view word) {
    return std::binary_search(std::begin(table), std::end(table), word);
}

template <size_t N>
bool is_sorted_table(const std::string_view (&table)[N]) {
    return std::is_sorted(std::begin(table), std::end(table));
}

}  // namespace storylens::text
