// article_view.cpp — the article as wrapped paragraphs. Words are laid out one by one so each can carry the
// color of what it is (time expression, entity, claim source, cue, quoted content) and answer hover and click.
#include <imgui.h>

#include <algorithm>

#include "views/views.hpp"

namespace storylens::ui {

namespace {

enum class Mark { None, Timex, Entity, Source, Cue, Quote };

struct Marks {
    std::vector<std::pair<Span, Mark>> spans;  // later entries win
    Mark at(Span word, const char** what) const {
        Mark m = Mark::None;
        for (const auto& [span, mark] : spans)
            if (span.overlaps(word)) m = mark;
        static const char* names[] = {"", "time expression", "entity", "claim source", "cue", "attributed content"};
        *what = names[static_cast<int>(m)];
        return m;
    }
};

Marks collect(const Analysis& a) {
    Marks m;
    for (const Claim& c : a.claims) m.spans.push_back({c.content.span, Mark::Quote});
    for (const Entity& e : a.entities)
        for (const Mention& x : e.mentions) m.spans.push_back({x.span, Mark::Entity});
    for (const Claim& c : a.claims) {
        m.spans.push_back({c.source.span, Mark::Source});
        m.spans.push_back({c.cue.span, Mark::Cue});
    }
    for (const Timex& t : a.timexes) m.spans.push_back({t.span, Mark::Timex});
    return m;
}

ImU32 color_of(Mark m) {
    const Palette& p = palette();
    switch (m) {
        case Mark::Timex: return p.timex;
        case Mark::Entity: return p.entity;
        case Mark::Source: return p.source;
        case Mark::Cue: return p.cue;
        case Mark::Quote: return p.quote;
        case Mark::None: break;
    }
    return ImGui::GetColorU32(ImGuiCol_Text);
}

bool selected_sentence(const AppState& s, uint32_t sentence) {
    return s.selection.sentence == static_cast<int>(sentence);
}

bool in_match(const AppState& s, Span word) {
    const size_t n = s.search.query.size();
    for (uint32_t m : s.search.matches)
        if (Span{m, static_cast<uint32_t>(m + n)}.overlaps(word)) return true;
    return false;
}

}  // namespace

void draw_article(AppState& s) {
    const Analysis& a = s.analysis;
    static bool show_marks = true;
    ImGui::Checkbox("Highlights", &show_marks);
    if (show_marks) {
        const Palette& p = palette();
        const std::pair<const char*, ImU32> legend[] = {{"time", p.timex}, {"entity", p.entity}, {"source", p.source},
                                                         {"cue", p.cue}, {"claim", p.quote}};
        for (const auto& [label, color] : legend) {
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Text, color);
            ImGui::TextUnformatted(label);
            ImGui::PopStyleColor();
        }
    }
    ImGui::Separator();
    ImGui::BeginChild("article text");
    const Marks marks = show_marks ? collect(a) : Marks{};
    const std::string_view text = a.source.text;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float wrap = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float space = ImGui::CalcTextSize(" ").x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float y = 0;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hovered_window = ImGui::IsWindowHovered();
    for (const Paragraph& p : a.document.paragraphs) {
        float x = 0;
        for (const Sentence& sentence : a.document.sentences) {
            if (sentence.paragraph != p.id) continue;
            if (s.scroll_to_sentence == static_cast<int>(sentence.id)) {
                ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.3f));
                s.scroll_to_sentence = -1;
            }
            const bool selected = selected_sentence(s, sentence.id);
            size_t i = sentence.span.start;
            while (i < sentence.span.end) {
                while (i < sentence.span.end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r')) ++i;
                size_t j = i;
                while (j < sentence.span.end && text[j] != ' ' && text[j] != '\n' && text[j] != '\r') ++j;
                if (j == i) break;
                const Span word{static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
                const ImVec2 size = ImGui::CalcTextSize(text.data() + i, text.data() + j);
                if (x > 0 && x + size.x > wrap) x = 0, y += line;
                const ImVec2 at(origin.x + x, origin.y + y);
                const ImVec2 end(at.x + size.x, at.y + line);
                if (selected) draw->AddRectFilled(at, ImVec2(end.x + space, end.y), palette().selected);
                if (in_match(s, word)) draw->AddRectFilled(at, end, palette().match);
                const char* what = "";
                const Mark mark = marks.at(word, &what);
                draw->AddText(at, color_of(mark), text.data() + i, text.data() + j);
                if (hovered_window && mouse.x >= at.x && mouse.x < end.x && mouse.y >= at.y && mouse.y < end.y) {
                    if (*what) ImGui::SetTooltip("%s", what);
                    if (ImGui::IsMouseClicked(0)) select(s, "sentence", static_cast<int>(sentence.id), static_cast<int>(sentence.id));
                }
                x += size.x + space;
                i = j;
            }
        }
        y += line * 1.6f;
    }
    ImGui::Dummy(ImVec2(wrap, y));
    ImGui::EndChild();
}

}  // namespace storylens::ui
