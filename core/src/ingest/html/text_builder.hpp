// text_builder.hpp — writes paragraphs with collapsed white space and records where each text run came from.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/source.hpp"

namespace storylens::html {

class TextBuilder {
public:
    // Appends a run of character data; `origin` is the input offset of the run's first byte.
    void append(std::string_view run, uint32_t origin, bool preformatted);
    void line_break();  // <br>; a second one in a row ends the paragraph
    void end_block();   // the next text starts a new paragraph
    bool empty() const { return text_.empty(); }

    std::string take_text() { return std::move(text_); }
    std::vector<SourceMapping> take_mapping() { return std::move(mapping_); }

private:
    void before_content();

    std::string text_;
    std::vector<SourceMapping> mapping_;
    bool in_paragraph_ = false;  // the current paragraph has text
    bool pending_space_ = false;
    bool pending_break_ = false;
};

}  // namespace storylens::html
