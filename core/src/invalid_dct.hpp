// invalid_dct.hpp — the one message for a publication date that is not a real day (analyze() and redate()).
#pragma once
#include <string>

#include "storylens/diagnostic.hpp"

namespace storylens {

inline Diagnostic invalid_dct_diagnostic(const std::string& dct) {
    return {Level::Error, "dct.invalid", "the publication date '" + dct + "' is not a real YYYY-MM-DD date", -1};
}

}  // namespace storylens
