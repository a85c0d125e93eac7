// read_input.cpp — file and stdin reading for the CLI (the only I/O besides writing the output).
#include "cli/read_input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace storylens::cli {

namespace {

// Feeds `path` ("-" = stdin) to `consume` in 64 KiB chunks until the end or until `consume` returns false.
bool read_chunks(const std::string& path, const std::function<bool(const char* data, size_t size)>& consume,
                 std::string& error) {
    FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) {
        error = "cannot open '" + path + "': " + std::strerror(errno);
        return false;
    }
    char buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0 && consume(buffer, n)) {
    }
    const bool failed = std::ferror(f) != 0;
    const int saved = errno;
    if (f != stdin) std::fclose(f);
    if (failed) {
        error = "cannot read '" + path + "': " + std::strerror(saved);
        return false;
    }
    return true;
}

}  // namespace

bool read_input(const std::string& path, std::string& out, std::string& error) {
    return read_chunks(path, [&](const char* data, size_t size) { return out.append(data, size), true; }, error);
}

bool for_each_line(const std::string& path, const std::function<bool(std::string_view line)>& visit,
                   std::string& error) {
    std::string pending;  // the line read so far
    bool go_on = true;
    const bool read = read_chunks(path, [&](const char* data, size_t size) {
        size_t start = 0;
        for (size_t i = 0; i < size && go_on; ++i) {
            if (data[i] != '\n') continue;
            pending.append(data + start, i - start);
            go_on = visit(pending);
            pending.clear();
            start = i + 1;
        }
        if (go_on) pending.append(data + start, size - start);
        return go_on;
    }, error);
    if (read && go_on && !pending.empty()) visit(pending);
    return read;
}

}  // namespace storylens::cli
