// tag_time.cpp — PLACEHOLDER: the temporal engine replaces this file.
#include "storylens/temporal.hpp"

namespace storylens {

const char* dct_origin_name(DctOrigin origin) {
    switch (origin) {
        case DctOrigin::None: return "none";
        case DctOrigin::Given: return "given";
        case DctOrigin::Metadata: return "metadata";
        case DctOrigin::Inferred: return "inferred";
    }
    return "none";
}

Result<TemporalResult> tag_time(const Source&, const Document&, const TemporalInput& input) {
    Result<TemporalResult> r;
    if (!input.given_dct.empty()) r.value.dct = {input.given_dct, DctOrigin::Given};
    return r;
}

}  // namespace storylens
