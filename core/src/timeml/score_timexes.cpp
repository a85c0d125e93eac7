// score_timexes.cpp — TempEval-3 style timex scoring (see timeml.hpp); the same counting as
// shared/eval/timex_eval.py so the two can be compared.
#include <vector>

#include "storylens/timeml.hpp"

namespace storylens {

void add_timex_score(TimexScore& score, const std::vector<GoldTimex>& gold, const std::vector<Timex>& system) {
    ++score.documents;
    score.gold += gold.size();
    score.system += system.size();
    std::vector<bool> used(system.size(), false);
    for (const GoldTimex& g : gold) {
        for (const Timex& s : system)
            if (s.span == g.span) {
                ++score.strict;
                break;
            }
        for (size_t i = 0; i < system.size(); ++i) {
            const Span s = system[i].span;
            if (used[i] || !(s.start < g.span.end && g.span.start < s.end)) continue;
            used[i] = true;
            ++score.relaxed;
            if (system[i].type == g.type) ++score.type;
            if (timex3_value(system[i].time) == g.value) ++score.value;
            break;
        }
    }
}

}  // namespace storylens
