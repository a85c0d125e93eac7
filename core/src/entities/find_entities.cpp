// find_entities.cpp — people, organizations, places and groups: name candidates scanned sentence by sentence
// (scan_names.cpp), then merged into entities (merge_names.cpp).
#include "entities/candidate.hpp"
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

Result<EntityResult> find_entities(const Source& source, const Document& document) {
    return entities::find_entities(source, document, text::TokenStream::build(source.text, document));
}

Result<EntityResult> entities::find_entities(const Source& source, const Document& document,
                                             const text::TokenStream& tokens) {
    Result<EntityResult> r;
    r.value.entities = entities::merge_names(source.text, entities::scan_names(source, document, tokens));
    return r;
}

}  // namespace storylens
