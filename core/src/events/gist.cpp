// gist.cpp — see gist.hpp.
#include "events/gist.hpp"

#include <algorithm>
#include <cstdint>
#include "lexicon/lexicon.hpp"

namespace storylens::events {

namespace {

bool is_preposition(std::string_view w) {
    return lexicon::contains(lexicon::TableId::events_prepositions, w);
}

// Irregular past forms and auxiliaries that head verb groups in news.
bool irregular_verb(std::string_view w) {
    return lexicon::contains(lexicon::TableId::events_irregular_verbs, w);
}

// "Marguerite Osei, the architect whose buildings reshaped cities, died": an apposition or relative clause
// between the subject and its verb is left out, so its verb is not taken for the main one.
void skip_apposition(const std::vector<text::Tok>& toks, std::vector<size_t>& kept) {
    for (size_t open = 1; open < kept.size() && open <= 6; ++open) {
        if (toks[kept[open]].text != ",") continue;
        if (open + 1 >= kept.size()) return;
        const text::Tok& first = toks[kept[open + 1]];
        if (!lexicon::contains(lexicon::TableId::events_apposition_openers, first.lower) && first.kind != TokenKind::Number)
            return;
        for (size_t close = open + 2; close + 1 < kept.size(); ++close)
            if (toks[kept[close]].text == ",") {
                kept.erase(kept.begin() + static_cast<long>(open), kept.begin() + static_cast<long>(close) + 1);
                return;
            }
        return;
    }
}

bool is_auxiliary(std::string_view w) {
    return lexicon::contains(lexicon::TableId::events_auxiliaries, w);
}

}  // namespace

bool looks_like_verb(const std::vector<text::Tok>& toks, size_t i) {
    const text::Tok& t = toks[i];
    if (t.kind != TokenKind::Word || text::is_capitalized(t.text)) return false;
    const std::string_view w = t.lower;
    const std::string_view next = i + 1 < toks.size() ? toks[i + 1].lower : w;
    if (irregular_verb(w)) return !(w == "led" && next == "by");
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed") {
        // reduced relatives and adjectives: "groups affiliated with", "armed men", "ousted former"
        if (lexicon::contains(lexicon::TableId::events_agent_prepositions, next)) return false;
        if (i == 0 || toks[i - 1].kind != TokenKind::Word ||
            lexicon::contains(lexicon::TableId::events_non_verb_predecessors, toks[i - 1].lower))
            return false;
        return true;
    }
    return false;
}

std::string gist(const std::vector<text::Tok>& toks, const std::vector<char>& skip, const std::vector<Entity>& entities,
                 const MentionIndex& mentions) {
    std::vector<size_t> kept;
    for (size_t i = 0; i < toks.size(); ++i)
        if (!skip[i] && !text::is_quote(toks[i]) && !(kept.empty() && toks[i].kind == TokenKind::Punctuation))
            kept.push_back(i);
    skip_apposition(toks, kept);
    size_t verb = kept.size();
    for (size_t k = 1; k < kept.size(); ++k)
        if (looks_like_verb(toks, kept[k])) { verb = k; break; }
    auto word = [&](size_t k) { return std::string(toks[kept[k]].text); };
    std::string out;
    auto append = [&](const std::string& w) {
        if (w == "," || w == "." || w == ";" || w == ":") return;
        if (!out.empty()) out += ' ';
        out += w;
    };
    // "12-year", "1-0": a hyphen written inside a word stays inside it
    auto glued = [&](size_t k) {
        return k > 0 && toks[kept[k - 1]].span.end == toks[kept[k]].span.start &&
               (toks[kept[k]].text == "-" || toks[kept[k - 1]].text == "-");
    };
    size_t appended = SIZE_MAX;  // the kept index appended last
    auto append_word = [&](size_t k) {
        if (appended != SIZE_MAX && appended + 1 == k && glued(k)) out += toks[kept[k]].text;
        else append(word(k));
        appended = k;
    };
    auto inner_hyphen = [&](size_t k) { return k + 1 < kept.size() && glued(k) && glued(k + 1); };
    // "6.5%", "3 %": the sign belongs to its number
    auto percent_sign = [&](size_t k) {
        return k > 0 && toks[kept[k]].text == "%" && toks[kept[k - 1]].kind == TokenKind::Number;
    };
    if (verb == kept.size()) {  // no verb: the first words
        for (size_t k = 0; k < kept.size() && k < 10; ++k) append_word(k);
        return out;
    }
    // subject: the entity it names, else its first words up to a preposition
    // the subject's head: up to its first preposition or reduced relative ("groups affiliated with ...")
    size_t head_end = 1;
    while (head_end < verb) {
        const std::string_view w = toks[kept[head_end]].lower;
        const std::string_view next = kept[head_end] + 1 < toks.size() ? toks[kept[head_end] + 1].lower : w;
        if (is_preposition(w) || toks[kept[head_end]].text == ",") break;
        if (w.size() > 3 && w.substr(w.size() - 2) == "ed" && lexicon::contains(lexicon::TableId::events_agent_prepositions, next)) break;
        ++head_end;
    }
    const Span subject{toks[kept[0]].span.start, toks[kept[head_end - 1]].span.end};
    // the lowest-numbered (first-met) entity named in the subject that is not a place
    std::string subject_text;
    uint32_t subject_entity = UINT32_MAX;
    for (const MentionRef& m : mentions.inside(subject))
        if (entities[m.entity].type != EntityType::Place) subject_entity = std::min(subject_entity, m.entity);
    if (subject_entity != UINT32_MAX) subject_text = entities[subject_entity].name;
    if (subject_text.empty()) {
        size_t k = 0;
        for (; k < verb && k < 5; ++k) {
            const std::string_view w = toks[kept[k]].lower;
            const std::string_view next = kept[k] + 1 < toks.size() ? toks[kept[k] + 1].lower : w;
            if (k > 0 && (is_preposition(w) || toks[kept[k]].text == ",")) break;
            // "groups affiliated with ...", "government led by ...": the head noun is enough
            if (k > 0 && w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w == "led") && lexicon::contains(lexicon::TableId::events_agent_prepositions, next))
                break;
            append_word(k);
        }
    } else {
        append(subject_text);
    }
    // verb group: auxiliaries, the verb, a particle
    size_t k = verb;
    bool lexical = false;  // a verb other than an auxiliary is in the group
    while (k < kept.size() && (looks_like_verb(toks, kept[k]) || lexicon::contains(lexicon::TableId::events_verb_particles, toks[kept[k]].lower)) &&
           k < verb + 4) {
        // "an investigation that concluded found no wrongdoing": a second main verb is the outer clause's
        const bool auxiliary = is_auxiliary(toks[kept[k]].lower);
        if (lexical && !auxiliary && looks_like_verb(toks, kept[k])) return out;
        lexical = lexical || (!auxiliary && looks_like_verb(toks, kept[k]));
        append_word(k);
        ++k;
    }
    // object: up to eight words, ending at a clause break or a second preposition
    size_t words = 0;
    for (; k < kept.size() && words < 8; ++k) {
        const text::Tok& t = toks[kept[k]];
        if (percent_sign(k)) {
            out += t.text;
            appended = k;
            continue;
        }
        if ((t.kind == TokenKind::Punctuation || t.kind == TokenKind::Dash) && !inner_hyphen(k)) break;
        if (words == 0 && t.lower == "that")
            continue;  // "said that ..." reads fine without "that"
        if (words > 0 && (is_preposition(t.lower) && t.lower != "of")) break;
        if (lexicon::contains(lexicon::TableId::events_gist_clause_breaks, t.lower) && words > 1) break;
        if (t.lower == "and" && words < 3) break;  // "occurred and its conclusions": a new phrase
        append_word(k);
        if (!glued(k)) ++words;
    }
    return out;
}

}  // namespace storylens::events
