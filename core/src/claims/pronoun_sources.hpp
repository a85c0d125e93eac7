// pronoun_sources.hpp — who "he", "she", "they", "it" and "the former president" are when they say something:
// the salient earlier entity that agrees in gender, number and animacy. Internal to claims/.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "storylens/claims.hpp"

namespace storylens::claims {

enum class Gender : uint8_t { Unknown, Female, Male };

// A person's gender as the article shows it: a courtesy title before a mention ("Mr.", "Ms."), a gendered role
// ("spokeswoman", "congressman"), the pronouns that follow the person's mentions in the same sentence when no other
// person stands between, and last the given name (core/lexicon/entities_given_names.tsv).
std::vector<Gender> person_genders(std::string_view text, const Document& document, const std::vector<Entity>& entities);

class PronounSources {
public:
    PronounSources(std::string_view text, const Document& document, const std::vector<Entity>& entities,
                   const MentionIndex& mentions);

    // The entity a pronoun subject (`lower`: "he", "she", "they", "it", "we") at byte `at` stands for, or -1 when
    // nothing agrees. `claims` are those found so far (a person named inside what was said is not the speaker);
    // `last_source` the latest claim's resolved source.
    int32_t resolve(std::string_view lower, uint32_t at, uint32_t sentence, const std::vector<Claim>& claims,
                    int32_t last_source) const;

    // "the former president", "the senator": the latest person in recent sentences whose role or title has `noun`
    // as its head word, or -1.
    int32_t resolve_title(std::string_view noun, uint32_t at) const;

private:
    bool agrees(uint32_t entity, std::string_view lower, int32_t last_source) const;
    bool reported(Span mention, uint32_t sentence, const std::vector<Claim>& claims) const;
    bool possessive(Span mention) const;  // "Lang's"

    std::string_view text_;
    const Document& doc_;
    const std::vector<Entity>& entities_;
    const MentionIndex& mentions_;
    std::vector<Gender> genders_;
    std::vector<std::string> titles_;  // by entity: the lower-cased title words before its mentions and its role
};

}  // namespace storylens::claims
