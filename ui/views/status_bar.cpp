// status_bar.cpp — document name, publication date and where it came from (editable: re-analyses),
// search box (Ctrl+F, Enter jumps to the next match), the Export menu, theme switch. Each emits a command.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <functional>

#include "app/layout.hpp"
#include "app/status_title.hpp"
#include "views/export_menu.hpp"
#include "views/views.hpp"

namespace storylens::ui {

namespace {

// Inserts characters typed between Ctrl+F and the box becoming active.
int search_callback(ImGuiInputTextCallbackData* data) {
    auto* search = static_cast<SearchState*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        search->box.resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = search->box.data();
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && !search->pending.empty()) {
        if (data->HasSelection()) data->DeleteChars(data->SelectionStart, data->SelectionEnd - data->SelectionStart);
        data->InsertChars(data->CursorPos, search->pending.c_str());
        search->pending.clear();
    }
    return 0;
}

int input_callback_resize(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* str = static_cast<std::string*>(data->UserData);
        str->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = str->data();
    }
    return 0;
}

bool input_string(const char* label, std::string& value, ImGuiInputTextFlags flags = 0) {
    return ImGui::InputText(label, value.data(), value.capacity() + 1, flags | ImGuiInputTextFlags_CallbackResize,
                            input_callback_resize, &value);
}

}  // namespace

void draw_status_bar(AppState& s, ExportMenu& export_menu, bool offer_open) {
    const Analysis& a = s.analysis;
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto button_width = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    // The narrow layout puts document, buttons, date and search on lines of their own (flow); the wide one keeps
    // one line with the buttons at the right edge.
    if (offer_open) {
        if (ImGui::Button("Open")) emit(s, OpenFile{});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open an article of your own (text, HTML or JSON); you can also paste or drop one");
        ImGui::SameLine();
    }
    ImGui::AlignTextToFramePadding();
    const StatusTitle title = status_title(s);
    if (!title.document.empty()) ImGui::TextUnformatted(title.document.c_str());
    if (!title.reading.empty()) {  // the host is analysing a document (App::begin_reading)
        if (!title.document.empty()) ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().warning), "%s", title.reading.c_str());
    }
    if (s.narrow) {
        const char* theme_label = s.theme == "dark" ? "Light" : "Dark";
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - button_width(theme_label)));
        if (ImGui::Button(theme_label)) emit(s, SetTheme{s.theme == "dark" ? "light" : "dark"});
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("published");
    } else {
        ImGui::SameLine();
        ImGui::TextDisabled("| published");
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 6.5f);
    // A ready-made analysis (App::show) has no input to analyse again: the date is shown, not editable.
    const bool editable = !s.bytes.empty() && !s.reanalysing;
    const ImGuiInputTextFlags dct_flags =
        ImGuiInputTextFlags_EnterReturnsTrue | (editable ? 0 : ImGuiInputTextFlags_ReadOnly);
    // Not Tab stops: Tab walks the views' items (keyboard.cpp), and a Tab that also landed in the date box made the
    // next Enter re-analyse the article. A click or Ctrl+F reaches these fields.
    ImGui::PushAllowKeyboardFocus(false);
    if (input_string("##dct", s.dct_input, dct_flags) && editable) emit(s, ChangePublicationDate{s.dct_input});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s.\nPublication date (YYYY-MM-DD); Enter re-analyses the article",
                          view::publication_date_words(a.dct).c_str());
    // A date guessed with little evidence, or none at all, is a question to the reader: asked in colour, not grey,
    // on a line of its own when the rest of this one cannot hold it (a phone).
    const ImVec4 ask(1, 0.8f, 0.3f, 1);
    char origin[96];
    const bool asking = !s.reanalysing && (dct_is_guess(a.dct) ||
                                           (a.dct.value.empty() && !a.timexes.empty()));
    if (s.reanalysing) std::snprintf(origin, sizeof origin, "(re-analysing...)");
    else if (!asking) std::snprintf(origin, sizeof origin, "(%s)", dct_origin_name(a.dct.origin));
    else if (!a.dct.value.empty())
        std::snprintf(origin, sizeof origin, "(guessed from the text, %d %% sure: type the date, Enter)", a.dct.confidence);
    else std::snprintf(origin, sizeof origin, "(unknown: type the date to place relative dates, Enter)");
    flow(ImGui::CalcTextSize(origin).x);
    if (asking) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(ask, "%s", origin);
        ImGui::PopTextWrapPos();
    } else {
        ImGui::TextDisabled("%s", origin);
    }
    char counts[96];
    std::snprintf(counts, sizeof counts, "%s%zu events, %zu claims, %zu entities", s.narrow ? "" : "| ",
                  a.timeline.size(), a.claims.size(), a.entities.size());
    flow(ImGui::CalcTextSize(counts).x);
    ImGui::TextDisabled("%s", counts);

    // the search box: full width on its own line when narrow
    const float search_width = s.narrow ? std::max(em * 8, ImGui::GetContentRegionAvail().x - em * 6) : em * 12;
    if (s.narrow) ImGui::SetNextItemWidth(search_width);
    else {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(search_width);
    }
    if (s.search.focus_request) {
        ImGui::SetKeyboardFocusHere();
        s.search.focus_request = false;
    }
    const std::string before = s.search.box;
    ImGui::InputTextWithHint("##search", s.narrow ? "Search the article" : "", s.search.box.data(),
                             s.search.box.capacity() + 1,
                             ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways, search_callback,
                             &s.search);
    ImGui::PopAllowKeyboardFocus();
    if (ImGui::IsItemActive()) s.search.capturing = false;
    if (s.search.box != before) emit(s, Search{s.search.box});
    const bool enter = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    if (ImGui::IsItemDeactivatedAfterEdit() || enter) emit(s, NextMatch{});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    // The hint gives way to the Export and theme buttons at the right edge when the line is full.
    const bool hint_fits = ImGui::GetCursorPosX() + ImGui::CalcTextSize("Ctrl+F to search").x < ImGui::GetWindowWidth() - em * 9.5f;
    if (s.search.query.empty()) ImGui::TextDisabled(s.narrow || !hint_fits ? "" : "Ctrl+F to search");
    else ImGui::Text("%zu matches", s.search.matches.size());
    if (s.narrow) {
        if (export_menu.offered) ImGui::SameLine();
        if (const ExportFormat* format = draw_export_menu(export_menu)) emit(s, ExportAs{format->name});
    } else {
        if (export_menu.offered) ImGui::SameLine(ImGui::GetWindowWidth() - em * 9);
        // draws nothing when the host cannot save files
        if (const ExportFormat* format = draw_export_menu(export_menu)) emit(s, ExportAs{format->name});
        ImGui::SameLine(ImGui::GetWindowWidth() - em * 5);
        if (ImGui::SmallButton(s.theme == "dark" ? "Light" : "Dark")) emit(s, SetTheme{s.theme == "dark" ? "light" : "dark"});
    }
    if (!s.error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().error), "%s", s.error.c_str());
        ImGui::PopTextWrapPos();
    }
    for (const std::string& warning : status_line_warnings(a)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().warning), "%s", warning.c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace storylens::ui
