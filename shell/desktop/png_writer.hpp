// png_writer.hpp — writes RGBA pixels as a PNG (stored deflate blocks: no zlib needed) for screenshots.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace storylens::desktop {

// `rgba` holds width*height*4 bytes, top row first. Returns false when the file cannot be written.
bool write_png(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba);

}  // namespace storylens::desktop
