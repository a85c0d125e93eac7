// article_view.cpp — the article as wrapped paragraphs. Words are laid out one by one so each can carry the
// color of what it is (time expression, entity, claim source, cue, quoted content) and answer hover and click.
// The layout is computed once per document, width and font; each frame draws only the lines in view, so a
// book-length article scrolls as smoothly as a short one.
#include <imgui.h>

#include <algorithm>

#include "app/mark_description.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

constexpr float kLinesPerNotch = 3;  // one notch of the wheel (the host normalises its deltas to notches)

enum class Mark : uint8_t { None, Timex, Entity, Source, Cue, Quote };
const char* const kMarkNames[] = {"", "time expression", "entity", "claim source", "cue", "attributed content"};

// What each byte of the text is; later kinds paint over earlier ones (a cue inside a quote is a cue).
std::vector<uint8_t> paint_marks(const Analysis& a) {
    std::vector<uint8_t> at(a.source.text.size(), 0);
    auto paint = [&](Span span, Mark mark) {
        const uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(at.size()));
        for (uint32_t i = span.start; i < end; ++i) at[i] = static_cast<uint8_t>(mark);
    };
    for (const Claim& c : a.claims) paint(c.content.span, Mark::Quote);
    for (const Entity& e : a.entities)
        for (const Mention& x : e.mentions) paint(x.span, Mark::Entity);
    for (const Claim& c : a.claims) {
        paint(c.source.span, Mark::Source);
        paint(c.cue.span, Mark::Cue);
    }
    for (const Timex& t : a.timexes) paint(t.span, Mark::Timex);
    return at;
}

// The strongest mark inside a word (a word is marked when any of its bytes is).
uint8_t word_mark(const std::vector<uint8_t>& marks, uint32_t start, uint32_t end) {
    uint8_t m = 0;
    for (uint32_t i = start; i < end && i < marks.size(); ++i) m = std::max(m, marks[i]);
    return m;
}

void lay_out(AppState& s, float wrap, bool show_marks) {
    ArticleLayout& layout = s.article_layout;
    const Analysis& a = s.analysis;
    layout.generation = s.generation;
    layout.wrap = wrap;
    layout.font_size = ImGui::GetFontSize();
    layout.marks = show_marks;
    layout.words.clear();
    layout.sentence_y.assign(a.document.sentences.size(), 0);
    const std::vector<uint8_t> marks = show_marks ? paint_marks(a) : std::vector<uint8_t>{};
    const std::string_view text = a.source.text;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float space = ImGui::CalcTextSize(" ").x;
    float x = 0, y = 0;
    int paragraph = -1;
    for (const Sentence& sentence : a.document.sentences) {
        if (static_cast<int>(sentence.paragraph) != paragraph) {
            if (paragraph >= 0) y += line * 1.6f;
            paragraph = static_cast<int>(sentence.paragraph);
            x = 0;
        }
        layout.sentence_y[sentence.id] = y;
        const size_t end = std::min<size_t>(sentence.span.end, text.size());
        size_t i = sentence.span.start;
        while (i < end) {
            while (i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r')) ++i;
            size_t j = i;
            while (j < end && text[j] != ' ' && text[j] != '\n' && text[j] != '\r') ++j;
            if (j == i) break;
            const float width = ImGui::CalcTextSize(text.data() + i, text.data() + j).x;
            if (x > 0 && x + width > wrap) x = 0, y += line;
            if (layout.words.empty() || layout.words.back().sentence != sentence.id) layout.sentence_y[sentence.id] = y;
            layout.words.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), x, y, width, sentence.id,
                                    show_marks ? word_mark(marks, static_cast<uint32_t>(i), static_cast<uint32_t>(j)) : uint8_t{0}});
            x += width + space;
            i = j;
        }
    }
    layout.height = y + line * 1.6f;
}

ImU32 color_of(uint8_t mark) {
    const Palette& p = palette();
    switch (static_cast<Mark>(mark)) {
        case Mark::Timex: return p.timex;
        case Mark::Entity: return p.entity;
        case Mark::Source: return p.source;
        case Mark::Cue: return p.cue;
        case Mark::Quote: return p.quote;
        case Mark::None: break;
    }
    return ImGui::GetColorU32(ImGuiCol_Text);
}

// Text hits are in text order: a word is in one when the last hit starting before its end reaches into it. (The
// hit's own span, not the query's length: a folded match, "maori" for "M\xC4\x81ori", differs in bytes.)
bool in_match(const AppState& s, const ArticleWord& w) {
    const std::vector<SearchHit>& hits = s.search.results.text;
    auto it = std::lower_bound(hits.begin(), hits.end(), w.end, [](const SearchHit& h, uint32_t end) { return h.span.start < end; });
    if (it == hits.begin()) return false;
    return (it - 1)->span.end > w.start;
}

void draw_legend(bool& show_marks) {
    ImGui::Checkbox("Highlights", &show_marks);
    if (!show_marks) return;
    const Palette& p = palette();
    const std::pair<const char*, ImU32> legend[] = {
        {"time", p.timex}, {"entity", p.entity}, {"source", p.source}, {"cue", p.cue}, {"claim", p.quote}};
    for (const auto& [label, color] : legend) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::TextUnformatted(label);
        ImGui::PopStyleColor();
    }
}

// Before the first analysis arrives (the page's worker core is still being fetched, or is reading): the start of
// the article as it came, under a line that says so.
void draw_reading(AppState& s) {
    s.article_drawn = true;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
    ImGui::TextUnformatted("Reading the article\xE2\x80\xA6");  // U+2026
    ImGui::PopStyleColor();
    ImGui::Separator();
    ImGui::BeginChild("article text");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.reading_text.data(), s.reading_text.data() + s.reading_text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace

void draw_article(AppState& s) {
    if (s.analysis.source.text.empty() && !s.reading_name.empty()) return draw_reading(s);
    draw_legend(s.article_marks_shown);
    ImGui::Separator();
    // The wheel scrolls three lines a notch here (ImGui's own step is five font heights), so it is handled below.
    ImGui::BeginChild("article text", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse);
    s.article_drawn = true;
    const float wrap = ImGui::GetContentRegionAvail().x;
    ArticleLayout& layout = s.article_layout;
    if (layout.generation != s.generation || layout.wrap != wrap || layout.font_size != ImGui::GetFontSize() ||
        layout.marks != s.article_marks_shown)
        lay_out(s, wrap, s.article_marks_shown);

    if (s.scroll_to_sentence >= 0) {
        if (s.scroll_to_sentence < static_cast<int>(layout.sentence_y.size()))
            ImGui::SetScrollY(std::max(0.0f, layout.sentence_y[s.scroll_to_sentence] - ImGui::GetWindowHeight() * 0.3f));
        s.scroll_to_sentence = -1;
    }

    const std::string_view text = s.analysis.source.text;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float wheel = ImGui::GetIO().MouseWheel;
    if (wheel != 0 && ImGui::IsWindowHovered())
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - wheel * kLinesPerNotch * line, 0.0f, ImGui::GetScrollMaxY()));
    // a finger (or a mouse) dragging the text scrolls it, as a touch screen's reader expects
    if (ImGui::IsWindowHovered() && ImGui::IsMouseDragging(0) && !ImGui::IsAnyItemActive())
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y, 0.0f, ImGui::GetScrollMaxY()));
    s.article_scroll_y = ImGui::GetScrollY();
    s.article_line = line;
    const float space = ImGui::CalcTextSize(" ").x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hovered_window = ImGui::IsWindowHovered();
    // only the lines in view: words are in y order, so the first visible one is a binary search away
    const float top = ImGui::GetScrollY() - line, bottom = ImGui::GetScrollY() + ImGui::GetWindowHeight() + line;
    auto first = std::lower_bound(layout.words.begin(), layout.words.end(), top,
                                  [](const ArticleWord& w, float y) { return w.y < y; });
    for (auto it = first; it != layout.words.end() && it->y <= bottom; ++it) {
        const ArticleWord& w = *it;
        const ImVec2 at(origin.x + w.x, origin.y + w.y);
        const ImVec2 end(at.x + w.width, at.y + line);
        if (s.selection.sentence == static_cast<int>(w.sentence))
            draw->AddRectFilled(at, ImVec2(end.x + space, end.y), palette().selected);
        if (!s.search.matches.empty() && in_match(s, w)) draw->AddRectFilled(at, end, palette().match);
        draw->AddText(at, color_of(w.mark), text.data() + w.start, text.data() + w.end);
        if (hovered_window && mouse.x >= at.x && mouse.x < end.x && mouse.y >= at.y && mouse.y < end.y) {
            if (w.mark) {
                const std::string what = describe_at(s.analysis, w.start);
                ImGui::SetTooltip("%s", what.empty() ? kMarkNames[w.mark] : what.c_str());
            }
            if (ImGui::IsMouseClicked(0))
                emit(s, SelectItem{"sentence", static_cast<int>(w.sentence), static_cast<int>(w.sentence)});
        }
    }
    ImGui::Dummy(ImVec2(wrap, layout.height));
    ImGui::EndChild();
}

}  // namespace storylens::ui
