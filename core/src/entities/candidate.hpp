// candidate.hpp — a capitalized name found in a sentence before it is merged into an entity: the hand-off
// between scanning sentences (scan_names.cpp) and merging mentions (merge_names.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storylens/document.hpp"
#include "storylens/entities.hpp"
#include "storylens/source.hpp"
#include "text/token_stream.hpp"

namespace storylens::entities {

enum class Kind { Unknown, Person, Org, Place, Group };

struct Candidate {
    Span span;
    std::string name;         // as it will be shown
    Kind kind = Kind::Unknown;
    uint32_t sentence = 0;
    size_t words = 0;
    bool sentence_initial = false;
    std::string role;         // "former President"
    std::string acronym;      // "(SOHR)" right after the name
    std::string role_org;     // "HTS" in "former HTS leader Ahmed al-Sharaa"
    bool description = false; // "the government": resolved to an earlier entity, never creates one
    bool evidence = false;    // typed by its context ("shares of X"), so kept even at a sentence start
    std::string next_word;    // lower-cased word right after the name ("said"), empty when none
    bool it_after = false;    // the first pronoun after it in the sentence is "it"/"its" ("Vantix said it")
    uint32_t particles_start = 0;  // > 0: lower-case particles before the name start here ("von der Leyen")
};

struct ScannedNames {
    std::vector<Candidate> candidates;  // in text order
    std::vector<uint32_t> headlines;    // sentence ids of title-case headlines
};

// `tokens` is the document's shared token stream (text::TokenStream::build of the same text and document).
ScannedNames scan_names(const Source& source, const Document& document, const text::TokenStream& tokens);
Result<EntityResult> find_entities(const Source& source, const Document& document, const text::TokenStream& tokens);
std::vector<Entity> merge_names(std::string_view text, ScannedNames scanned);

}  // namespace storylens::entities
