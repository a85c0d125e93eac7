// org_descriptions.hpp — "the company", "the regulator", "the newspaper": descriptions news writing uses for an
// organization it has just named, and which named organizations each description can stand for.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/document.hpp"
#include "storylens/entities.hpp"

namespace storylens::claims {

// Whether `lower` is a noun that describes an organization by its kind ("carmaker", "watchdog", "ministry").
bool is_description_noun(std::string_view lower);

// Whether an organization called `name` can be what `noun` describes: a regulator is a public body, a company
// is none of a public body, party, union, club, court or news outlet, "the ministry" needs "Ministry" in the name.
bool description_fits(std::string_view noun, std::string_view name);

// Per document: which organizations each description noun fits, worked out once per noun rather than per
// mention at every "the company", so resolving stays linear in a long text. Empty until resolve_description
// fills it; one per document (entities and mentions fixed).
class DescriptionMemo {
public:
    struct Fitting {
        std::vector<char> fits;  // by entity id: an organization the noun can describe
        // The two fitting organizations named first (by their first mention's start), -1 / UINT32_MAX if fewer.
        int32_t first = -1;
        uint32_t first_start = UINT32_MAX, second_start = UINT32_MAX;
    };
    const Fitting& fitting(std::string_view noun, const std::vector<Entity>& entities);

private:
    std::map<std::string, Fitting, std::less<>> by_noun_;
};

// The organization "the <noun>" starting at byte `at` refers to: among the organizations named before it in its
// own sentence and the three before, the latest sentence with one that fits, and in that sentence the first
// that fits (the subject is the salient one); failing that, the only organization named before that fits.
// -1 when none fits, or several do and none was named recently.
int32_t resolve_description(std::string_view noun, uint32_t at, const Document& doc,
                            const std::vector<Entity>& entities, const MentionIndex& mentions, DescriptionMemo& memo);

}  // namespace storylens::claims
