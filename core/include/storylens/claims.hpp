// claims.hpp — attribution: who claims what, with cue, content, kind, nesting and figures.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "storylens/diagnostic.hpp"
#include "storylens/document.hpp"
#include "storylens/entities.hpp"
#include "storylens/source.hpp"
#include "storylens/temporal.hpp"

namespace storylens {

struct TextSpan {
    std::string text;
    Span span;
    bool present() const { return !span.empty(); }
};

// A number with what it counts ("over 1,700 civilians") — a check-worthy item.
struct Figure {
    TextSpan text;
    std::string value;  // the number normalised: "1700"
    std::string unit;   // what it counts: "civilians"
    std::string mod;    // over, nearly, at least ... or empty
    uint32_t sentence = 0;
};

enum class ClaimKind { Direct, Indirect, Mixed };
const char* claim_kind_name(ClaimKind kind);  // "direct" | "indirect" | "mixed"

struct Claim {
    uint32_t id = 0;
    TextSpan source;              // the mention in the sentence ("the Friday statement by the government")
    int32_t source_entity = -1;   // resolved entity id, -1 when unresolved
    TextSpan cue;                 // "said", "according to", "called on"
    TextSpan content;             // the attributed content
    ClaimKind kind = ClaimKind::Indirect;
    int32_t parent = -1;          // enclosing claim for nested attribution
    uint32_t sentence = 0;
    int32_t when_timex = -1;      // timex id dating the act of saying, -1 when none
    TextSpan addressee;           // "Amnesty International" in "told Amnesty International"
    int32_t addressee_entity = -1;
    std::vector<Figure> figures;  // figures inside the content
    TextSpan disputed_by;         // where the article pushes back
    bool anonymous = false;       // the source leaves the speaker unnamed: "officials said", "a source close to"
};

struct ClaimResult {
    std::vector<Claim> claims;  // ids = index, in text order of content
    std::vector<Figure> figures;  // every figure in the article
};

Result<ClaimResult> find_claims(const Source& source, const Document& document,
                                const std::vector<Entity>& entities, const std::vector<Timex>& timexes);

}  // namespace storylens
