// parse_object.cpp — a SAX handler that builds the DOM through nlohmann's own builder and keeps the error position.
#include "ingest/json/parse_object.hpp"

namespace storylens::json_offsets {

namespace {

using nlohmann::json;

// Forwards every event to nlohmann's DOM builder (which must not throw) and records a parse error instead of
// throwing it.
class RecordingSax {
public:
    explicit RecordingSax(json& out) : builder_(out, /*allow_exceptions=*/false) {}
    bool null() { return builder_.null(); }
    bool boolean(bool v) { return builder_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return builder_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return builder_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& s) { return builder_.number_float(v, s); }
    bool string(std::string& v) { return builder_.string(v); }
    bool binary(json::binary_t& v) { return builder_.binary(v); }
    bool start_object(std::size_t n) { return builder_.start_object(n); }
    bool key(std::string& v) { return builder_.key(v); }
    bool end_object() { return builder_.end_object(); }
    bool start_array(std::size_t n) { return builder_.start_array(n); }
    bool end_array() { return builder_.end_array(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
        failed = true;
        error_byte = position;
        error = e.what();
        return false;
    }

    bool failed = false;
    size_t error_byte = 0;
    std::string error;

private:
    nlohmann::detail::json_sax_dom_parser<json> builder_;
};

}  // namespace

ParsedJson parse_json(std::string_view text) {
    ParsedJson out;
    RecordingSax sax(out.value);
    const bool parsed = json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    out.ok = parsed && !sax.failed;
    if (!out.ok) {
        out.value = json(json::value_t::discarded);
        out.error_byte = sax.error_byte;
        out.error = sax.error;
    }
    return out;
}

}  // namespace storylens::json_offsets
