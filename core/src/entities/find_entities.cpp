// find_entities.cpp — PLACEHOLDER: the attribution engine replaces this file.
#include "storylens/entities.hpp"

namespace storylens {

const char* entity_type_name(EntityType type) {
    switch (type) {
        case EntityType::Person: return "PERSON";
        case EntityType::Org: return "ORG";
        case EntityType::Place: return "PLACE";
        case EntityType::Group: return "GROUP";
    }
    return "ORG";
}

Result<EntityResult> find_entities(const Source&, const Document&) { return {}; }

}  // namespace storylens
