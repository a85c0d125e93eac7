// candidate.hpp — a capitalized name found in a sentence before it is merged into an entity: the hand-off
// between scanning sentences (scan_names.cpp) and merging mentions (merge_names.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "storylens/document.hpp"
#include "storylens/entities.hpp"
#include "storylens/source.hpp"
#include "text/token_stream.hpp"

namespace storylens::entities {

enum class Kind : uint8_t { Unknown, Person, Org, Place, Group };

// Small on purpose (one per capitalized run of the text; a large document has millions): the texts are views
// of Source::text or, when a name is composed ("Syrian government", a title-cased dateline), of
// ScannedNames::composed.
struct Candidate {
    Span span;
    std::string_view name;       // as it will be shown
    std::string_view role;       // "former President"
    std::string_view acronym;    // "(SOHR)" right after the name
    std::string_view role_org;   // "HTS" in "former HTS leader Ahmed al-Sharaa"
    std::string_view next_word;  // the word right after the name as written ("said"), empty when none
    uint32_t sentence = 0;
    uint32_t words = 0;
    uint32_t particles_start = 0;  // > 0: lower-case particles before the name start here ("von der Leyen")
    Kind kind = Kind::Unknown;
    bool sentence_initial = false;
    bool description = false; // "the government": resolved to an earlier entity, never creates one
    bool evidence = false;    // typed by its context ("shares of X"), so kept even at a sentence start
    bool it_after = false;    // the first pronoun after it in the sentence is "it"/"its" ("Vantix said it")
    bool event = false;       // "the Iraq War", "Democratic National Convention": typed Org, never shortened
};

struct ScannedNames {
    std::vector<Candidate> candidates;  // in text order
    std::vector<uint32_t> headlines;    // sentence ids of title-case headlines
    std::deque<std::string> composed;   // texts that are no span of the source (a deque: views stay valid)
    // The lower-cased surnames of the people named in full with a given name first ("obama" for "Barack Obama"):
    // a lone such word is that person, whatever weak evidence of an organization stands around it.
    std::unordered_set<std::string> full_name_surnames;
};

// `tokens` is the document's shared token stream (text::TokenStream::build of the same text and document).
ScannedNames scan_names(const Source& source, const Document& document, const text::TokenStream& tokens);
Result<EntityResult> find_entities(const Source& source, const Document& document, const text::TokenStream& tokens);
std::vector<Entity> merge_names(std::string_view text, ScannedNames scanned);

}  // namespace storylens::entities
