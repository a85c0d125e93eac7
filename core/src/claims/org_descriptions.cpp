// org_descriptions.cpp — see org_descriptions.hpp. The tables are small on purpose: a description resolves only
// when its kind is clear, so an unknown noun leaves the source as written.
#include "claims/org_descriptions.hpp"

#include <algorithm>
#include <string>

#include "lexicon/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

enum class Kind { None, PublicBody, Business, Media, Group, Named };

// Nouns that are themselves a word of the organization's name ("the ministry" for the Ministry of Health).
bool is_naming_noun(std::string_view w) {
    return lexicon::contains(lexicon::TableId::claims_naming_nouns, w);
}

Kind kind_of_noun(std::string_view w) {
    if (is_naming_noun(w)) return Kind::Named;
    if (lexicon::contains(lexicon::TableId::claims_public_body_nouns, w)) return Kind::PublicBody;
    if (lexicon::contains(lexicon::TableId::claims_business_nouns, w))
        return Kind::Business;
    if (lexicon::contains(lexicon::TableId::claims_media_nouns, w)) return Kind::Media;
    if (w == "group") return Kind::Group;  // a company, a campaign or an industry group alike
    return Kind::None;
}

bool is_public_body_word(std::string_view w) {
    return lexicon::contains(lexicon::TableId::claims_public_body_name_words, w);
}

bool is_media_word(std::string_view w) {
    return lexicon::contains(lexicon::TableId::claims_media_name_words, w);
}

// Words that make an organization something other than a business.
bool is_non_business_word(std::string_view w) {
    return is_public_body_word(w) || is_media_word(w) ||
           lexicon::contains(lexicon::TableId::claims_non_business_name_words, w);
}

std::vector<std::string> name_words(std::string_view name) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : name) {
        if (c == ' ' || c == '-') {
            if (!word.empty()) words.push_back(text::lowered(word)), word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(text::lowered(word));
    return words;
}

}  // namespace

bool is_description_noun(std::string_view lower) { return kind_of_noun(lower) != Kind::None; }

bool description_fits(std::string_view noun, std::string_view name) {
    const std::vector<std::string> words = name_words(name);
    auto any = [&](bool (*test)(std::string_view)) {
        for (const std::string& w : words)
            if (test(w)) return true;
        return false;
    };
    switch (kind_of_noun(noun)) {
        case Kind::Named:
            for (const std::string& w : words)
                if (w == noun) return true;
            // "the regulator" and "the agency" also stand for an authority, office or commission that does not
            // say so in its name
            return (noun == "regulator" || noun == "agency") && any(is_public_body_word);
        case Kind::PublicBody: return any(is_public_body_word);
        case Kind::Business: return !any(is_non_business_word);
        case Kind::Media: return any(is_media_word);
        case Kind::Group: return !any(is_public_body_word) && !any(is_media_word);
        case Kind::None: return false;
    }
    return false;
}

const DescriptionMemo::Fitting& DescriptionMemo::fitting(std::string_view noun, const std::vector<Entity>& entities) {
    const auto found = by_noun_.find(noun);
    if (found != by_noun_.end()) return found->second;
    Fitting f;
    f.fits.assign(entities.size(), 0);
    for (const Entity& e : entities) {
        if (e.type != EntityType::Org || e.mentions.empty() || !description_fits(noun, e.name)) continue;
        f.fits[e.id] = 1;
        uint32_t start = UINT32_MAX;
        for (const Mention& m : e.mentions) start = std::min(start, m.span.start);
        if (start < f.first_start) {
            f.second_start = f.first_start;
            f.first_start = start, f.first = static_cast<int32_t>(e.id);
        } else if (start < f.second_start) {
            f.second_start = start;
        }
    }
    return by_noun_.emplace(std::string(noun), std::move(f)).first->second;
}

int32_t resolve_description(std::string_view noun, uint32_t at, const Document& doc,
                            const std::vector<Entity>& entities, const MentionIndex& mentions, DescriptionMemo& memo) {
    if (!is_description_noun(noun) || doc.sentences.empty()) return -1;
    const DescriptionMemo::Fitting& fitting = memo.fitting(noun, entities);
    const uint32_t here = doc.sentence_at(at);
    const std::vector<MentionRef>& all = mentions.all();
    int64_t chosen = -1;
    uint32_t chosen_sentence = 0;
    for (size_t m = mentions.first_at_or_after(at); m-- > 0;) {
        const uint32_t sentence = doc.sentence_at(all[m].span.start);
        if (sentence + 3 < here) break;
        if (chosen >= 0 && sentence != chosen_sentence) break;  // the latest sentence with a fitting name is read
        if (!fitting.fits[all[m].entity]) continue;
        chosen = static_cast<int64_t>(all[m].entity);  // walking backwards: the last kept is the sentence's first
        chosen_sentence = sentence;
    }
    if (chosen >= 0) return static_cast<int32_t>(chosen);
    // further back only when one organization named so far fits: a story about one company calls it "the company"
    // paragraphs later. Named before `at` = a mention starting before it; two such -> ambiguous.
    if (fitting.first_start >= at || fitting.second_start < at) return -1;
    return fitting.first;
}

}  // namespace storylens::claims
