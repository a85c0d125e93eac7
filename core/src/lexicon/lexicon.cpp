// lexicon.cpp — lookups in the generated tables.
#include "lexicon/lexicon.hpp"

#include <algorithm>

namespace storylens::lexicon {

long find_row(TableId id, std::string_view word) {
    const Table& t = table(id);
    const Key* end = t.keys + t.key_count;
    const Key* it = std::lower_bound(t.keys, end, word, [](const Key& k, std::string_view w) { return k.word < w; });
    return it != end && it->word == word ? static_cast<long>(it->row) : -1;
}

std::string_view cell(TableId id, size_t row, int column) {
    const Table& t = table(id);
    if (row >= t.rows || column < 0 || column >= t.columns) return {};
    return t.cells[row * static_cast<size_t>(t.columns) + static_cast<size_t>(column)];
}

bool tables_are_sorted_and_unique() {
    for (int i = 0; i < kTableCount; ++i) {
        const Table& t = table(static_cast<TableId>(i));
        for (size_t k = 1; k < t.key_count; ++k)
            if (!(t.keys[k - 1].word < t.keys[k].word)) return false;
        if (t.source.empty() || t.licence.empty()) return false;
    }
    return true;
}

}  // namespace storylens::lexicon
