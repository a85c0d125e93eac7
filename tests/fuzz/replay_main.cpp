// replay_main.cpp — a main() for builds without libFuzzer (GCC, Emscripten, the ASan preset): runs every file
// named on the command line, or found in a directory named there, through LLVMFuzzerTestOneInput once.
// Exit status 0 when all inputs ran; a crash or broken invariant aborts as it would under libFuzzer.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

bool run_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.string().c_str());
        return false;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A copy in a buffer of exactly the input's size, so ASan sees reads past its end.
    std::vector<uint8_t> buffer(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(buffer.empty() ? nullptr : buffer.data(), buffer.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    size_t ran = 0, failed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (!arg.empty() && arg[0] == '-') continue;  // libFuzzer flags (-runs=0 ...) mean nothing here
        std::error_code ec;
        std::vector<fs::path> files;
        if (fs::is_directory(arg, ec)) {
            for (const fs::directory_entry& e : fs::recursive_directory_iterator(arg, ec))
                if (e.is_regular_file()) files.push_back(e.path());
            std::sort(files.begin(), files.end());
        } else {
            files.emplace_back(arg);
        }
        for (const fs::path& f : files) (run_file(f) ? ran : failed) += 1;
    }
    std::printf("replayed %zu inputs, %zu unreadable\n", ran, failed);
    return failed == 0 && ran > 0 ? 0 : 1;
}
