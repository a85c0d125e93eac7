// fuzz_embed_input.cpp — what the viewer's C entry points do with the strings a page or an embed host passes in
// (ui/app/untrusted_input.hpp, web/host/c_api_options.hpp): a link's fragment, a document name, a publication
// date and an input format, taken from arbitrary bytes split at NUL. Everything that comes out must be well-formed
// UTF-8 that a strict JSON writer accepts, whatever went in.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "app/untrusted_input.hpp"
#include "fuzz_support.hpp"
#include "host/c_api_options.hpp"

namespace {

// Input cap: the fields are short in real use, and the decoding is linear, so larger inputs find nothing new.
constexpr size_t kMaxEmbedInput = 16 * 1024;

void check_json_text(const std::string& text, const char* what) {
    storylens::fuzz::check(storylens::fuzz::valid_utf8(text), what);
    bool written = true;
    try {
        (void)nlohmann::json(text).dump();  // strict: throws on invalid UTF-8, as the viewer's state JSON would
    } catch (const nlohmann::json::exception&) {
        written = false;
    }
    storylens::fuzz::check(written, "a strict JSON writer accepts the text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace storylens;
    if (size > kMaxEmbedInput) return 0;
    // fields as C strings: fragment \0 name \0 dct \0 format
    std::vector<std::string> fields(4);
    size_t field = 0;
    for (size_t i = 0; i < size && field < fields.size(); ++i) {
        if (data[i] == 0) ++field;
        else fields[field] += static_cast<char>(data[i]);
    }
    const std::string_view all = fuzz::bytes(data, size);

    const ui::WellFormedText mended = ui::well_formed_utf8(all);
    check_json_text(mended.text, "well_formed_utf8 writes valid UTF-8");
    fuzz::check(ui::well_formed_utf8(mended.text).replaced == 0, "well_formed_utf8 is idempotent");
    fuzz::check((mended.replaced == 0) == fuzz::valid_utf8(all), "only invalid input is mended");

    for (const ui::FragmentField& f : ui::parse_fragment(fields[0])) {
        check_json_text(f.key, "fragment key");
        check_json_text(f.value.text, "fragment value");
        std::string kind;
        int id = -1;
        if (ui::parse_selection(f.value.text, kind, id)) fuzz::check(id >= 0, "a selection id is never negative");
    }
    const std::string name = host::text_from_c(fields[1].c_str());
    check_json_text(name, "document name");
    const AnalyzeOptions options = host::options_from_c(fields[2].c_str(), fields[3].c_str());
    check_json_text(options.dct, "publication date");
    return 0;
}
