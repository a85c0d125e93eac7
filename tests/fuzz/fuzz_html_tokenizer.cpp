// fuzz_html_tokenizer.cpp — the HTML tokenizer alone on arbitrary bytes: never crashes, tokens stay in order and
// inside the input, and every byte is consumed.
#include "fuzz_support.hpp"
#include "ingest/html/tokenizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace storylens;
    if (size > fuzz::kMaxInput) return 0;
    const std::string_view input = fuzz::bytes(data, size);
    html::Tokenizer tokenizer(input);
    html::Token token;
    size_t last_end = 0, count = 0;
    while (tokenizer.next(token)) {
        fuzz::check(token.start >= last_end, "tokens do not overlap");
        fuzz::check(token.start <= token.end && token.end <= size, "token range inside the input");
        fuzz::check(token.end > token.start, "every token consumes input");
        fuzz::check(token.kind != html::TokenKind::StartTag || !token.name.empty(), "start tags have a name");
        last_end = token.end;
        fuzz::check(++count <= size, "at most one token per input byte");
    }
    return 0;
}
