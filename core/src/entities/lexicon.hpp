// lexicon.hpp — the words that type a name in English news: titles, organization and place heads, countries
// with their demonyms, groups, and the capitalized function words that start sentences.
#pragma once
#include <string>
#include <string_view>

namespace storylens::entities {

bool is_title(std::string_view lower);             // "president", "minister", "gen.", "mr." ...
bool is_office_head(std::string_view lower);       // "secretary", "minister", "chief": "<head> of <portfolio>"
bool is_portfolio_word(std::string_view lower);    // "state", "defence", "staff", "foreign", "affairs" ...
bool is_role_noun(std::string_view lower);         // "leader", "spokesman", "chief" (lower-case roles)
bool is_org_head(std::string_view lower);          // "ministry", "commission", "international", "forces" ...
bool is_org_start(std::string_view lower);         // "ministry", "department", "university" (X of Y)
bool is_place_head(std::string_view lower);        // "region", "province", "governorate", "coast" ...
bool is_group_word(std::string_view lower);        // "alawite", "alawites", "sunni", "kurds" ...
bool is_function_word(std::string_view lower);     // "the", "a", "in", "but", "this" ...
bool is_name_particle(std::string_view lower);     // "al-", "bin", "de", "van" (inside person names)
bool is_name_connector(std::string_view lower);    // "of", "for", "and", "on" inside organization names

// Countries, regions, capitals, US states and cities; returns the demonym ("Syria" -> "Syrian") or "" if unknown,
// nullptr when the name is not a known place.
const char* place_demonym(std::string_view lower);
// A city of core/lexicon/entities_cities.tsv, which holds no country, capital or state: "las vegas", "lincoln".
bool is_city(std::string_view lower);
// Demonym to country: "syrian" -> "Syria"; empty when not a demonym.
std::string demonym_place(std::string_view lower);

// Definite descriptions that can stand for an organization: "government", "ministry", "group" ...
bool is_org_description(std::string_view lower);
// Nouns for what an organization publishes: "statement", "report", "letter" ...
bool is_document_noun(std::string_view lower);

}  // namespace storylens::entities
