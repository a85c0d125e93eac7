// build_timeline.cpp — PLACEHOLDER: the events engine replaces this file.
#include "storylens/events.hpp"

namespace storylens {

Result<EventResult> build_timeline(const Source&, const Document&, const Dct&, const std::vector<Timex>&,
                                   const std::vector<Entity>&, const std::vector<Claim>&) {
    return {};
}

}  // namespace storylens
