// text_builder.cpp — white-space collapsing (HTML's normal flow), <br>, <pre> and the paragraph separators.
#include "ingest/html/text_builder.hpp"

namespace storylens::html {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

void TextBuilder::before_content() {
    if (!in_paragraph_) {
        if (!text_.empty()) text_.append("\n\n");
        in_paragraph_ = true;
    } else if (pending_break_) {
        text_.push_back('\n');
    } else if (pending_space_) {
        text_.push_back(' ');
    }
    pending_space_ = pending_break_ = false;
}

void TextBuilder::append(std::string_view run, uint32_t origin, bool preformatted) {
    bool mapped = false;
    const auto start_mapping = [&](size_t at) {
        if (mapped) return;
        mapped = true;
        mapping_.push_back({{static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(text_.size())},
                            origin + static_cast<uint32_t>(at)});
    };
    for (size_t i = 0; i < run.size(); ++i) {
        const char c = run[i];
        // U+00A0 counts as a space: analysis stages split words on ASCII spaces.
        const bool nbsp = c == '\xC2' && i + 1 < run.size() && run[i + 1] == '\xA0';
        if (preformatted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < run.size() && run[i + 1] == '\n') continue;
            if (in_paragraph_) { pending_space_ = false; pending_break_ = true; }
            continue;
        }
        if (is_space(c) || nbsp) {
            if (nbsp) ++i;
            if (in_paragraph_ && !pending_break_) pending_space_ = true;
            if (preformatted && in_paragraph_ && !pending_break_) { text_.push_back(' '); pending_space_ = false; }
            continue;
        }
        before_content();
        start_mapping(i);
        text_.push_back(c);
    }
    if (mapped) mapping_.back().text.end = static_cast<uint32_t>(text_.size());
}

void TextBuilder::line_break() {
    if (!in_paragraph_) return;
    if (pending_break_) { end_block(); return; }  // <br><br> separates paragraphs
    pending_space_ = false;
    pending_break_ = true;
}

void TextBuilder::end_block() {
    in_paragraph_ = false;
    pending_space_ = pending_break_ = false;
}

}  // namespace storylens::html
