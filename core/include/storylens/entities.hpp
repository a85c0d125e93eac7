// entities.hpp — people, organizations, places and groups, with aliases merged inside one article.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "storylens/diagnostic.hpp"
#include "storylens/document.hpp"
#include "storylens/source.hpp"

namespace storylens {

enum class EntityType { Person, Org, Place, Group };
const char* entity_type_name(EntityType type);  // "PERSON" | "ORG" | "PLACE" | "GROUP"

struct Mention {
    Span span;
    uint32_t sentence = 0;
};

struct Entity {
    uint32_t id = 0;
    std::string name;  // canonical name: the fullest form ("Bashar al-Assad")
    EntityType type = EntityType::Org;
    std::vector<std::string> aliases;  // other surface forms seen ("Assad", "the government")
    std::vector<Mention> mentions;     // in text order
    std::string role;                  // "former HTS leader" -> "leader" (with modifiers as written)
    int32_t organization = -1;         // entity id the role belongs to, -1 if none
};

struct EntityResult {
    std::vector<Entity> entities;  // ids = index, ordered by first mention
};

// Every mention of every entity in text order, for the later stages that ask "which entity is named here?"
// once per token, clause or event: lookups are binary searches rather than scans of all mentions.
struct MentionRef {
    Span span;
    uint32_t entity = 0;
};

class MentionIndex {
public:
    explicit MentionIndex(const std::vector<Entity>& entities);
    const std::vector<MentionRef>& all() const { return refs_; }
    size_t first_at_or_after(uint32_t offset) const;  // index into all() of the first mention starting there
    std::vector<MentionRef> inside(Span span) const;  // mentions wholly inside `span`, in text order

private:
    std::vector<MentionRef> refs_;
};

Result<EntityResult> find_entities(const Source& source, const Document& document);

}  // namespace storylens
