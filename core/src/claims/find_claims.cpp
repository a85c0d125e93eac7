// find_claims.cpp — PLACEHOLDER: the attribution engine replaces this file.
#include "storylens/claims.hpp"

namespace storylens {

const char* claim_kind_name(ClaimKind kind) {
    switch (kind) {
        case ClaimKind::Direct: return "direct";
        case ClaimKind::Indirect: return "indirect";
        case ClaimKind::Mixed: return "mixed";
    }
    return "indirect";
}

Result<ClaimResult> find_claims(const Source&, const Document&, const std::vector<Entity>&,
                                const std::vector<Timex>&) {
    return {};
}

}  // namespace storylens
