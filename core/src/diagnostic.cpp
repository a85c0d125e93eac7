// diagnostic.cpp — names for enums shared across stages.
#include "storylens/diagnostic.hpp"

namespace storylens {

const char* level_name(Level level) {
    switch (level) {
        case Level::Info: return "info";
        case Level::Warning: return "warning";
        case Level::Error: return "error";
    }
    return "info";
}

}  // namespace storylens
