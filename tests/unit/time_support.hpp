// time_support.hpp — typed times from TIMEX3 text for test tables (the tests write dates as TimeML does).
#pragma once
#include <cstdint>
#include <string>

#include "storylens/events.hpp"
#include "storylens/time_value.hpp"

namespace storylens {

inline TimeValue timex3(const std::string& value, const std::string& mod = "", bool set = false) {
    return parse_timex3(value, mod, set).value_or(TimeValue{});
}
inline When when_of(const std::string& value, const std::string& mod, int32_t timex) {
    return {timex3(value, mod), timex};
}

}  // namespace storylens
