// fold.hpp — search folding of UTF-8 text: words split on anything not a letter or digit, each letter lower-cased
// and stripped of its Latin diacritics. Used for the indexed text and the query alike, so they fold one way.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/utf8.hpp"
#include "storylens/span.hpp"

namespace storylens::search {

// Calls on_word(folded, span) for each word of `text` in order; `folded` is only valid during the call.
// Invalid UTF-8 bytes separate words and are otherwise skipped.
template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word);

// Appends the folded form of code point `cp` to `out` and returns true when it is part of a word (a letter,
// digit or combining mark, which folds to nothing); returns false for separators.
bool fold_code_point(uint32_t cp, std::string& out);

template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word) {
    std::string folded;
    uint32_t start = 0;
    bool in_word = false;
    size_t pos = 0;
    const auto flush = [&](size_t end) {
        if (in_word && !folded.empty()) on_word(std::string_view(folded), Span{start, static_cast<uint32_t>(end)});
        folded.clear();
        in_word = false;
    };
    while (pos < text.size()) {
        // An invalid byte decodes as U+FFFD of length 1, which is no letter: it separates words and is skipped.
        int length = 0;
        const uint32_t cp = utf8::decode(text, pos, length);
        const size_t before = folded.size();
        if (fold_code_point(cp, folded)) {
            if (!in_word && folded.size() > before) {  // a word starts at a letter, not at a stray combining mark
                in_word = true;
                start = static_cast<uint32_t>(pos);
            }
        } else {
            flush(pos);
        }
        pos += length;
    }
    flush(pos);
}

}  // namespace storylens::search
