// recognizer_bridge.cpp — see typed_time_from_recognizer_strings in recognizer.hpp.
#include "temporal/recognizer.hpp"

namespace storylens::temporal {

TimeValue typed_time_from_recognizer_strings(const Found& found) {
    std::optional<TimeValue> v = parse_timex3(found.value, found.mod, found.type == "SET");
    return v ? *v : TimeValue{};
}

}  // namespace storylens::temporal
