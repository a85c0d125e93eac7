// export_menu.hpp — the status bar's Export menu: one entry per export format; the host saves the bytes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "storylens/export.hpp"

namespace storylens::ui {

struct ExportMenuItem {
    std::string format;
    float x = 0, y = 0;  // centre of the entry in framebuffer pixels, as last drawn
};

struct ExportMenu {
    bool touch = false;  // the narrow layout: a full-size button and finger-high rows
    bool offered = false;                  // the host can save files; otherwise the menu is hidden
    float button_x = -1, button_y = -1;    // centre of the button as last drawn (tests click there)
    std::vector<ExportMenuItem> items;     // the entries while the menu is open
};

// Draws the Export button on the current line and, once clicked, the list of formats; returns the format clicked
// this frame (nullptr: none).
const ExportFormat* draw_export_menu(ExportMenu& menu);

// "seed.txt" -> "seed.json": the document's name with its extension replaced by the format's.
std::string export_file_name(std::string_view document_name, const ExportFormat& format);

}  // namespace storylens::ui
