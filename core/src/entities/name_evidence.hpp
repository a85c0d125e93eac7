// name_evidence.hpp — what the words around a capitalized run say about it: an organization ("shares of X",
// "X, the chip maker"), a place ("spread to X", "the town of X"), or a title run hiding a person and an employer.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/token_view.hpp"

namespace storylens::entities {

// Context of toks[from, to) that marks it as an organization in English news:
//   "the shipping company X", "regional carrier X"     a business noun right before the name
//   "X, the Dutch equipment maker,"                      an apposition headed by a business noun
//   "shares of X", "a stake in X"                        what is bought and sold is a company
bool org_context(const std::vector<text::Tok>& toks, size_t from, size_t to);
// Weaker evidence, for a run nothing else types (a person too can own shares or have a spokeswoman):
//   "X's shares", "X's chief executive", "a spokeswoman for X", "an analyst at X", "chief executive of X"
bool weak_org_context(const std::vector<text::Tok>& toks, size_t from, size_t to);

// Context of toks[from, to) that marks it as a place: "spread to X", "fled to X" (motion verb + "to"),
// "the border town of X", "the coastal governorates of X".
bool place_context(const std::vector<text::Tok>& toks, size_t from);

// "Vantix said", "Vantix denied": a verb a named speaker or actor takes right after its name.
bool is_subject_verb(std::string_view lower);

// A capitalized title run ("European Commission President Ursula von der Leyen", "Apple Chief Executive Tim
// Cook", "Dutch Infrastructure Minister Pieter van den Broek"): org = [from, title), role = [title, name),
// person = [name, to). `found` is false when the run holds no title followed by a person-shaped name.
struct TitleRun {
    bool found = false;
    size_t title = 0;
    size_t name = 0;
    bool employer = false;  // a one-word org part is an employer by position alone ("Apple Chief Executive")
};
TitleRun split_title_run(const std::vector<text::Tok>& toks, size_t from, size_t to);


}  // namespace storylens::entities
