// attributor.cpp — see attributor.hpp: the pass over the sentences, quotation pairing and the helpers that
// resolve sources, bound content and date the saying. The cue structures are in claim_structures.cpp.
#include "claims/attributor.hpp"

#include <algorithm>

#include "claims/editorial_note.hpp"
#include "claims/follow_on_quotes.hpp"
#include "claims/headline_line.hpp"
#include "claims/negated_cue.hpp"
#include "claims/org_descriptions.hpp"
#include "entities/lexicon.hpp"
#include "entities/name_shape.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {

bool is_determiner(std::string_view w) { return lexicon::contains(lexicon::TableId::claims_determiners, w); }

bool is_spokes_role(std::string_view w) { return lexicon::contains(lexicon::TableId::claims_spokes_roles, w); }

bool is_pronoun(std::string_view w) { return lexicon::contains(lexicon::TableId::claims_subject_pronouns, w); }

// Words a subject noun phrase never crosses.
bool ends_phrase(const Tok& t) {
    if (t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote || t.kind == TokenKind::Dash) return true;
    if (t.kind == TokenKind::Punctuation && t.text != "(" && t.text != ")" && t.text != "&") return true;
    return lexicon::contains(lexicon::TableId::claims_phrase_enders, t.lower);
}

bool is_coordinator(std::string_view w) { return w == "and" || w == "but"; }

// Auxiliaries and adverbs between a subject and its reporting verb: "has also said", "later told".
bool is_verb_filler(std::string_view w) {
    return lexicon::contains(lexicon::TableId::claims_verb_fillers, w);
}

std::vector<Claim> Attributor::run() {
    for (const Sentence& s : doc_.sentences) {
        text::sentence_tokens(tokens_, s.first_token, s.token_count, toks_);
        // a title's quotation marks ("co-author of "Going Viral,"") are read as if the writer had left them out
        toks_.erase(std::remove_if(toks_.begin(), toks_.end(), [&](const Tok& t) { return title_mark_[t.index] != 0; }),
                    toks_.end());
        prefix_tags_.clear();
        sentence_ = &s;
        first_claim_in_sentence_ = claims_.size();
        note_document_owners();
        const int32_t source_before = last_source_;
        if (is_editorial_note(toks_)) continue;  // "Editor's note: X is a serial liar … who has pledged …"
        speaker_colon();
        if (claims_.size() == first_claim_in_sentence_) dash_speaker_colon();
        if (claims_.size() == first_claim_in_sentence_) headline_speaker_colon();
        for (size_t i = 0; i < toks_.size(); ++i) {
            if (quoted(i)) continue;
            claims::Cue cue;
            const std::string_view next = i + 1 < toks_.size() ? toks_[i + 1].lower : empty_;
            if (!claims::find_cue(tokens_, toks_[i], next, cue)) continue;
            // "did not say that …", "declined to comment": nothing is asserted ("did not say when" is PolNeAR's statement)
            if (claims::negated_cue(toks_, i, cue.lemma, i + size_t(cue.length))) continue;
            // "the said document", "a reported 40 deaths", "271 pledged delegates", "Trump's reported net worth": a
            // participle after a determiner, a number or a possessive is an adjective
            // (but "More than six in 10 said they …", "43 said the same": 'said' is no adjective after a number; and
            // "water bottles that said, “…”": a relative "that" before a quotation)
            const bool relative_that =
                i > 0 && toks_[i - 1].lower == "that" && cue.lemma == "say" && quote_follows(i + size_t(cue.length));
            if (cue.form == claims::CueForm::Past && i > 0 &&
                ((is_determiner(toks_[i - 1].lower) && !relative_that) ||
                 (toks_[i - 1].kind == TokenKind::Number &&
                  !lexicon::contains(lexicon::TableId::claims_number_subject_cues, cue.lemma)) ||
                 (is_possessive(toks_[i - 1].lower) && cue.lemma != "according to")))  // "That’s according to X"
                continue;
            if (cue.lemma == "according to") according_to(i);
            else verb_cue(i, cue);
        }
        mark_disputes();
        nest_reported_claims();
        if (is_headline_line(doc_, s, toks_)) drop_headline_claims(source_before);
    }
    extend_open_quotes();
    for (Claim& c : claims::follow_on_quotes(text_, doc_, quote_partner_, claims_)) claims_.push_back(std::move(c));
    return std::move(claims_);
}

// '"...," witnesses told Reuters, the report said', "According to the report, officials said that ...": a claim
// whose source and cue lie inside another claim's content in the same sentence is reported by it.
void Attributor::nest_reported_claims() {
    for (size_t inner = first_claim_in_sentence_; inner < claims_.size(); ++inner) {
        Claim& c = claims_[inner];
        if (c.parent >= 0 || !c.source.present() || !c.cue.present()) continue;
        int64_t best = -1;
        for (size_t outer = first_claim_in_sentence_; outer < claims_.size(); ++outer) {
            const Span o = claims_[outer].content.span;
            if (outer == inner || o.size() <= c.content.span.size()) continue;
            if (o.start > c.source.span.start || c.source.span.end > o.end) continue;
            if (o.start > c.cue.span.start || c.cue.span.end > o.end) continue;
            if (best < 0 || o.size() < claims_[size_t(best)].content.span.size()) best = int64_t(outer);
        }
        if (best < 0) continue;
        // "X claimed the ball was out, but the league said ...": a new speaker after ", but" ends X's content; so
        // does one after "and" without the comma ("… doesn't care about the community and one in four said …") and
        // one after a comma and a subordinator of time or "as" ("… is decisive, after half said so in the earlier
        // poll", "… met with Mr. Trump that day, as The New York Times reported")
        size_t at = 0;
        while (at < toks_.size() && toks_[at].span.start < c.source.span.start) ++at;
        size_t cut = 0;  // the local token the outer content ends before
        if (at >= 2 && !quoted(at - 1) && lexicon::contains(lexicon::TableId::claims_contrast_joiners, toks_[at - 1].lower))
            cut = toks_[at - 2].text == "," ? at - 2 : at - 1;
        else if (at >= 2 && !quoted(at - 1) && toks_[at - 2].text == "," &&
                 (lexicon::contains(lexicon::TableId::claims_adverbial_subordinators, toks_[at - 1].lower) ||
                  lexicon::contains(lexicon::TableId::claims_comparison_openers, toks_[at - 1].lower)))
            cut = at - 2;
        if (cut >= 1 && toks_[cut - 1].span.start >= claims_[size_t(best)].content.span.start) {
            Claim& o = claims_[size_t(best)];
            o.content.span.end = toks_[cut - 1].span.end;
            o.content.text = slice(o.content.span);
            // the quotation that made it mixed may have been the second speaker's
            bool quote_left = false;
            for (size_t k = 0; k < cut; ++k)
                quote_left = quote_left || (text::is_quote(toks_[k]) && toks_[k].span.start >= o.content.span.start);
            if (o.kind == ClaimKind::Mixed && !quote_left) o.kind = ClaimKind::Indirect;
            continue;
        }
        c.parent = static_cast<int32_t>(best);
    }
}

// "Minister Says Talks Stalled": a headline's clipped verbs state no attribution the story does not make with its
// words; only a quotation in it ("'We Will Rebuild,' Mayor Says") or a named speaker's colon is someone's words as
// printed.
void Attributor::drop_headline_claims(int32_t source_before) {
    // nested claims point at their parent by index: renumber, and a dropped parent leaves its quotation unnested
    std::vector<int32_t> new_index(claims_.size(), -1);
    size_t kept = first_claim_in_sentence_;
    for (size_t c = first_claim_in_sentence_; c < claims_.size(); ++c) {
        // "Graham: Trump's 'Hateful Rhetoric' Destroying GOP's Chance": a named speaker's colon is explicit
        if (claims_[c].kind != ClaimKind::Direct && claims_[c].cue.text != ":") continue;
        new_index[c] = static_cast<int32_t>(kept);
        if (kept != c) claims_[kept] = std::move(claims_[c]);
        ++kept;
    }
    claims_.resize(kept);
    for (size_t c = first_claim_in_sentence_; c < claims_.size(); ++c)
        if (claims_[c].parent >= static_cast<int32_t>(first_claim_in_sentence_))
            claims_[c].parent = new_index[static_cast<size_t>(claims_[c].parent)];
    if (claims_.size() == first_claim_in_sentence_) last_source_ = source_before;
}

void Attributor::pair_quotes() {
    const size_t n = doc_.tokens.size();
    quote_partner_.assign(n, -1);
    in_quote_.assign(n, 0);
    title_mark_.assign(n, 0);
    int64_t open = -1;
    uint32_t paragraph = UINT32_MAX;
    for (const Sentence& s : doc_.sentences) {
        const uint32_t end = s.first_token + s.token_count;
        if (s.paragraph != paragraph) {
            const bool continues = s.token_count > 0 && doc_.tokens[s.first_token].kind == TokenKind::OpenQuote;
            if (open >= 0 && !continues) open = -1;
            paragraph = s.paragraph;
        }
        for (uint32_t g = s.first_token; g < end; ++g) {
            const TokenKind k = doc_.tokens[g].kind;
            // single quotation marks inside a double quotation are the quoted speaker's quotes
            const bool single = (k == TokenKind::OpenQuote || k == TokenKind::CloseQuote) && is_single_quote(g);
            if (single && open >= 0 && !is_single_quote(uint32_t(open))) {
                in_quote_[g] = 1;
                continue;
            }
            if (open >= 0 && k == TokenKind::CloseQuote && is_single_quote(uint32_t(open)) && !single) {
                in_quote_[g] = 0;
                continue;
            }
            if (k == TokenKind::OpenQuote && open < 0) {
                open = g;
                in_quote_[g] = 1;
            } else if (k == TokenKind::CloseQuote && open >= 0 && title_quotation(uint32_t(open), g)) {
                for (int64_t t = open; t <= int64_t(g); ++t) in_quote_[size_t(t)] = 0;
                title_mark_[size_t(open)] = title_mark_[g] = 1;
                open = -1;
            } else if (k == TokenKind::CloseQuote && open >= 0) {
                quote_partner_[open] = g;
                quote_partner_[g] = open;
                in_quote_[g] = 1;
                open = -1;
            } else {
                in_quote_[g] = open >= 0;
            }
        }
    }
}

bool Attributor::is_single_quote(uint32_t g) const {
    const std::string_view mark = text_.substr(doc_.tokens[g].span.start, doc_.tokens[g].span.size());
    return mark == "'" || mark == "\xE2\x80\x98" || mark == "\xE2\x80\x99";
}

bool Attributor::title_stop(size_t k) const {
    if (k == 0 || toks_[k].text != "." || toks_[k - 1].kind != TokenKind::Word) return false;
    if (toks_[k - 1].span.end != toks_[k].span.start) return false;
    // "said Paul H. Chipok": an initial's period inside a name, as the entity scan reads it
    if (entities::is_initial(toks_[k - 1]) && k + 1 < toks_.size() && entities::name_word(toks_[k + 1])) return true;
    return entities::is_title(std::string(toks_[k - 1].lower) + ".");
}

TextSpan Attributor::span_of(size_t from, size_t to) const {
    TextSpan t;
    if (to <= from) return t;
    t.span = {toks_[from].span.start, toks_[to - 1].span.end};
    t.text = slice(t.span);
    return t;
}

bool Attributor::starts_in_quote(uint32_t offset) const {
    const auto it = std::lower_bound(toks_.begin(), toks_.end(), offset,
                                     [](const Tok& t, uint32_t start) { return t.span.start < start; });
    return it != toks_.end() && it->span.start == offset && quoted(static_cast<size_t>(it - toks_.begin()));
}

int32_t Attributor::entity_in(Span span) const {
    int32_t best = -1;
    uint32_t best_len = 0;
    for (const MentionRef& m : mentions_.inside(span)) {
        const uint32_t len = m.span.end - m.span.start;
        if (len >= best_len) best = static_cast<int32_t>(m.entity), best_len = len;
    }
    return best;
}

void Attributor::note_document_owners() {
    for (size_t i = 0; i < toks_.size(); ++i) {
        if (!entities::is_document_noun(toks_[i].lower)) continue;
        // "the group's report", "an Amnesty report" — but not across a comma: "told Reuters, the report said"
        size_t first_owner_tok = i;
        while (first_owner_tok > 0 && first_owner_tok + 3 > i && toks_[first_owner_tok - 1].kind != TokenKind::Punctuation)
            --first_owner_tok;
        const uint32_t from = toks_[first_owner_tok].span.start;
        int32_t owner = -1;
        for (const MentionRef& m : mentions_.inside({from, toks_[i].span.start})) owner = static_cast<int32_t>(m.entity);
        for (size_t k = i + 1; k < toks_.size() && k <= i + 3 && owner < 0; ++k) {
            if (toks_[k].lower != "by" && toks_[k].lower != "from") continue;
            const std::vector<MentionRef>& all = mentions_.all();
            const size_t first = mentions_.first_at_or_after(toks_[k].span.end);
            if (first < all.size() && all[first].span.start <= toks_[std::min(k + 2, toks_.size() - 1)].span.start)
                owner = static_cast<int32_t>(all[first].entity);
        }
        if (owner >= 0) document_owner_[std::string(toks_[i].lower)] = owner;
    }
}

int32_t Attributor::resolve(size_t from, size_t to) {
    if (to <= from) return -1;
    // "Unions at Skylink said": the speakers are the head before the place, not the place; a spokesperson
    // speaks for the organization after it
    for (size_t k = from + 1; k + 1 < to; ++k)
        if (places_the_subject(k, to) && !is_spokes_role(toks_[k - 1].lower)) return resolve(from, k);
    const Span span{toks_[from].span.start, toks_[to - 1].span.end};
    // "Janet Lowe of the Patients Association said": the person speaks, the organization only places her
    if (const std::vector<MentionRef> inside = mentions_.inside(span);
        !inside.empty() && entities_[inside.front().entity].type == EntityType::Person) {
        for (size_t k = from; k + 1 < to; ++k)
            if (toks_[k].span.end == inside.front().span.end &&
                lexicon::contains(lexicon::TableId::claims_affiliation_prepositions, toks_[k + 1].lower))
                return static_cast<int32_t>(inside.front().entity);
    }
    if (int32_t e = entity_in(span); e >= 0) return e;
    const std::string_view head = toks_[to - 1].lower;
    for (size_t k = from; k < to; ++k) {
        if (!entities::is_document_noun(toks_[k].lower)) continue;
        if (toks_[from].lower == "their" || toks_[from].lower == "its") return last_source_;
        auto it = document_owner_.find(toks_[k].lower);
        if (it != document_owner_.end()) return it->second;
    }
    // "The Competition Authority opened ... The authority said": "the" + the head word of an organization named
    // before refers back to it (the most recent such organization)
    if (to == from + 2 && toks_[from].lower == "the") {
        const std::vector<MentionRef>& all = mentions_.all();
        const size_t until = mentions_.first_at_or_after(span.start);
        for (size_t m = until; m-- > 0 && m + 200 > until;) {  // a recent mention, not one chapters back
            const Entity& e = entities_[all[m].entity];
            if (e.type != EntityType::Org) continue;
            const size_t space = e.name.rfind(' ');
            if (space == std::string::npos) continue;
            if (text::lowered(std::string_view(e.name).substr(space + 1)) == head)
                return static_cast<int32_t>(all[m].entity);
        }
    }
    // "The carmaker said", "the US regulator said": a description of an organization's kind refers back to the
    // latest one named that fits it
    if (toks_[from].lower == "the" && to >= from + 2 && to <= from + 3 && is_description_noun(head) &&
        toks_[to - 2].kind == TokenKind::Word)
        return resolve_description(head, span.start, doc_, entities_, mentions_, descriptions_);
    // "a company spokesman", "a spokeswoman for the agency": the spokesperson speaks for the one described
    if (is_spokes_role(head) && to >= from + 2 && is_description_noun(toks_[to - 2].lower))
        return resolve_description(toks_[to - 2].lower, span.start, doc_, entities_, mentions_, descriptions_);
    if (to >= from + 4 && is_description_noun(head) && toks_[to - 2].lower == "the" &&
        lexicon::contains(lexicon::TableId::claims_spokes_prepositions, toks_[to - 3].lower) && is_spokes_role(toks_[to - 4].lower))
        return resolve_description(head, span.start, doc_, entities_, mentions_, descriptions_);
    // "Graham, who says …", "voters who said …": who the relative pronoun follows
    if (to == from + 1 && head == "who" && from > 0) {
        size_t end = from;
        if (opens_aside(toks_[end - 1])) --end;
        // "with help from Labor Secretary Thomas Perez, who": the name right before it, else its noun phrase
        size_t start = end;
        while (start > 0 && start + 7 > end && !quoted(start - 1) &&
               ((toks_[start - 1].kind == TokenKind::Word && text::is_capitalized(toks_[start - 1].text)) ||
                title_stop(start - 1)))
            --start;
        if (start == end)
            while (start > 0 && !quoted(start - 1) && (!ends_phrase(toks_[start - 1]) || title_stop(start - 1))) --start;
        return start < end ? resolve(start, end) : -1;
    }
    if (to == from + 1 && is_pronoun(head)) return pronouns_.resolve(head, span.start, sentence_->id, claims_, last_source_);
    if (const std::string_view stem = pronoun_stem(head); to == from + 1 && !stem.empty())  // "he's said"
        return pronouns_.resolve(stem, span.start, sentence_->id, claims_, last_source_);
    // "the former president", "the senator": a person named before with that title
    if (toks_[from].lower == "the" && to <= from + 3 && entities::is_title(head)) return pronouns_.resolve_title(head, span.start);
    return -1;
}

size_t Attributor::trim_subject(size_t from, size_t to) const {
    for (size_t k = from + 1; k < to; ++k) {
        if (!lexicon::contains(lexicon::TableId::claims_subject_trim_words, toks_[k].lower))
            continue;
        if (!places_the_subject(k, to)) return k;
    }
    return to;
}

bool Attributor::places_the_subject(size_t k, size_t to) const {
    // "Unions at Skylink", "a former engineer at the company", "officials in Germany": where the speakers work
    // or are, part of who they are; "in a statement", "at the weekend", "on Monday" are not
    if (!lexicon::contains(lexicon::TableId::claims_place_prepositions, toks_[k].lower) || k + 1 >= to || in_timex(k + 1)) return false;
    const Tok& next = toks_[k + 1];
    if (next.kind == TokenKind::Word && text::is_capitalized(next.text) && !lexicon::contains(lexicon::TableId::claims_articles, next.lower))
        return true;
    return next.lower == "the" && k + 2 < to && !in_timex(k + 2) &&
           (is_description_noun(toks_[k + 2].lower) || entities::is_org_description(toks_[k + 2].lower) ||
            entities::is_org_head(toks_[k + 2].lower) || text::is_capitalized(toks_[k + 2].text));
}

int32_t Attributor::when_near(size_t cue, Span content) const {
    int32_t best = -1;
    uint32_t best_distance = UINT32_MAX;
    // timexes are in text order, so this sentence's form one run
    auto t_it = std::lower_bound(timexes_.begin(), timexes_.end(), sentence_->id,
                                 [](const Timex& t, uint32_t sentence) { return t.sentence < sentence; });
    for (; t_it != timexes_.end() && t_it->sentence == sentence_->id; ++t_it) {
        const Timex& t = *t_it;
        if (t.type == "DURATION" || t.type == "SET") continue;
        if (t.span.start >= content.start && t.span.end <= content.end) continue;
        if (starts_in_quote(t.span.start)) continue;  // a date inside a quotation dates what was said, not the saying
        const uint32_t at = toks_[cue].span.start;
        const uint32_t d = t.span.start > at ? t.span.start - at : at - t.span.start;
        if (d < best_distance) best = static_cast<int32_t>(t.id), best_distance = d;
    }
    return best;
}

ClaimKind Attributor::kind_of(size_t from, size_t to, bool quote_led) const {
    bool any_quote = false;
    for (size_t k = from; k < to; ++k)
        if (text::is_quote(toks_[k])) any_quote = true;
    if (!any_quote) return ClaimKind::Indirect;
    const bool whole = toks_[from].kind == TokenKind::OpenQuote &&
                       (toks_[to - 1].kind == TokenKind::CloseQuote || !has_close(from, to));
    if (whole && quote_led) return ClaimKind::Direct;
    return ClaimKind::Mixed;
}

bool Attributor::has_close(size_t from, size_t to) const {
    for (size_t k = from + 1; k < to; ++k)
        if (toks_[k].kind == TokenKind::CloseQuote) return true;
    return false;
}

int64_t Attributor::quote_closes_before(size_t k) const {
    // `…?" X asked`, `…!" X shouted`: the question or exclamation mark stands for the comma
    if (k >= 2 && toks_[k - 1].kind == TokenKind::CloseQuote && lexicon::contains(lexicon::TableId::claims_quote_end_marks, toks_[k - 2].text))
        return int64_t(k - 1);
    if (k >= 2 && toks_[k - 1].text == "," && toks_[k - 2].kind == TokenKind::CloseQuote) return int64_t(k - 2);
    // `…,' " said X` (a single quote closing inside the double) and `…" said X` without a comma, when the
    // quotation opens the sentence
    if (k >= 3 && toks_[k - 1].kind == TokenKind::CloseQuote && toks_[k - 2].kind == TokenKind::CloseQuote &&
        toks_[k - 3].text == ",") {
        // `…,''' Mr. Putin said` reads as '' then ': the double mark closing the quotation is the first
        if (quote_partner_[toks_[k - 1].index] < 0 && quote_partner_[toks_[k - 2].index] >= 0) return int64_t(k - 2);
        return int64_t(k - 1);
    }
    if (k >= 2 && toks_[k - 1].kind == TokenKind::CloseQuote) {
        const int64_t opener = quote_partner_[toks_[k - 1].index];
        if (opener >= 0 && uint32_t(opener) <= sentence_->first_token) return int64_t(k - 1);
    }
    return -1;
}

size_t Attributor::local_index(uint32_t global) const {
    // (not first index + offset: a title's quotation marks are left out of toks_)
    const auto at = std::lower_bound(toks_.begin(), toks_.end(), global,
                                     [](const Tok& t, uint32_t g) { return t.index < g; });
    return at != toks_.end() && at->index == global ? size_t(at - toks_.begin()) : toks_.size();
}

bool Attributor::quote_follows(size_t k) const {
    if (k < toks_.size() && toks_[k].kind == TokenKind::OpenQuote) return true;
    return k + 1 < toks_.size() && (toks_[k].text == "," || toks_[k].text == ":") &&
           toks_[k + 1].kind == TokenKind::OpenQuote;
}

bool Attributor::comma_then_quote(size_t i) const {
    return i >= 2 && toks_[i - 1].kind == TokenKind::CloseQuote && toks_[i - 2].text == ",";
}

size_t Attributor::content_end(size_t from) const {
    size_t k = from;
    for (; k < toks_.size(); ++k) {
        if (k >= content_limit_) break;
        if (quoted(k)) continue;
        // ("says despite being a Stanford alumna, she plans …": a content opening with it is all what was said)
        // (after a comma the concession is still what was said, as PolNeAR reads it: "she identifies as an
        // independent, although she is registered as a Democrat", "he's not giving up, despite trailing …")
        if (k > from && toks_[k - 1].text != "," &&
            lexicon::contains(lexicon::TableId::claims_concessive_words, toks_[k].lower))
            break;
        if (k > from && toks_[k].text == "," && closing_attribution(k + 1)) break;
        if (k > from + 1 && toks_[k].text == "," && writer_clause_after(k + 1) && verb_before(k, from)) break;
        if (k > from + 1 && toks_[k].text == "," && appositive_to_end(k + 1, from) && verb_before(k, from)) break;
        // "… inspired the Sandy Hook shooter — and several of them were on hand …", "… inside the hall — a message
        // that …": after a dash, "and" / "but" or an article opens the writer's own words
        // (not a hyphen, "above- and below-ground", nor the first of a pair, "the angry — and at times violent —
        // rhetoric")
        if (k > from + 1 && opens_aside(toks_[k]) && toks_[k].text != "," && k + 1 < toks_.size() && !quoted(k + 1) &&
            toks_[k - 1].span.end < toks_[k].span.start && toks_[k].span.end < toks_[k + 1].span.start &&
            (is_coordinator(toks_[k + 1].lower) ||
             lexicon::contains(lexicon::TableId::claims_appositive_articles, toks_[k + 1].lower)) &&
            !dash_after(k + 1) && verb_before(k, from))
            break;
        if (next_predicate_at(k, from)) {
            if (toks_[k - 1].text == ",") --k;
            break;
        }
        claims::Cue c;
        const std::string_view next = k + 1 < toks_.size() ? toks_[k + 1].lower : empty_;
        const bool cue = k > from && claims::find_cue(tokens_, toks_[k], next, c);  // once: every rule below asks
        if (cue && c.form == claims::CueForm::Participle &&
            !c.that_only && (toks_[k - 1].text == "," || toks_[k - 1].lower == "while" || is_coordinator(toks_[k - 1].lower))) {
            k = toks_[k - 1].lower == "while" && k >= 2 && toks_[k - 2].text == "," ? k - 2 : k - 1;
            break;
        }
        // "said A and said B", "called A "careless" but said B": a second finite cue after "and" / "but" starts
        // a claim of its own
        // (", but cautioned that …": a verb that reports only before a that-clause does here)
        if (cue && k > from + 1 && is_coordinator(toks_[k - 1].lower) &&
            (c.form == claims::CueForm::Past || (c.form == claims::CueForm::Third && !claims::is_noun_like(c.lemma))) &&
            (!c.that_only || next == "that") && !c.documents_only) {
            k = toks_[k - 2].text == "," ? k - 2 : k - 1;
            break;
        }
        if (cue && c.form == claims::CueForm::Participle && comma_then_quote(k)) {
            break;  // keep the closing quotation mark, drop what follows
        }
    }
    // trailing punctuation goes, but "22%" keeps its sign
    while (k > from && (toks_[k - 1].kind == TokenKind::Punctuation && toks_[k - 1].text != ")" &&
                        toks_[k - 1].text != "%"))
        --k;
    return k;
}

bool Attributor::writer_clause_after(size_t k) const {
    if (k >= toks_.size() || quoted(k) || toks_[k].kind != TokenKind::Word) return false;
    const std::string_view w = toks_[k].lower;
    // "…, compared with 64 percent who …", "…, who was his chief of staff at the time"
    if (lexicon::contains(lexicon::TableId::claims_content_clause_breaks, w)) return true;
    // "…, as have other prominent Democrats", "…, as was the case with …": an inverted comparison of the writer's
    if (lexicon::contains(lexicon::TableId::claims_comparison_openers, w) && k + 1 < toks_.size() && !quoted(k + 1) &&
        lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, toks_[k + 1].lower))
        return true;
    // "…, but Cook did not say when", "…, and he railed against …": a new subject after the conjunction
    // (a pronoun, a name or a determiner's noun phrase before a verb: named_subject_clause)
    // (a participle after the comma, "…, bringing its total to $95 million", goes on with the content as often as not)
    if (!is_coordinator(w) || k + 1 >= toks_.size() || quoted(k + 1)) return false;
    return is_pronoun(toks_[k + 1].lower) || named_subject_clause(k + 1);
}

bool Attributor::dash_after(size_t k) const {
    for (size_t q = k; q < toks_.size(); ++q)
        if (!quoted(q) && opens_aside(toks_[q]) && toks_[q].text != ",") return true;
    return false;
}

bool Attributor::appositive_to_end(size_t k, size_t from) const {
    // "…, a state he had won twice.": an article after the comma and no comma, quotation or bracket before the end
    if (k >= toks_.size() || quoted(k) || !lexicon::contains(lexicon::TableId::claims_appositive_articles, toks_[k].lower))
        return false;
    // ("when she was earning $24,000 a year, a boss invited her …": after a subordinate clause the article opens the
    // main clause's subject)
    for (size_t q = from; q + 1 < k; ++q)
        if (!quoted(q) && lexicon::contains(lexicon::TableId::claims_clause_subordinators, toks_[q].lower)) return false;
    for (size_t q = k + 1; q < toks_.size(); ++q) {
        if (quoted(q) || text::is_quote(toks_[q])) return false;
        if (toks_[q].kind != TokenKind::Punctuation && toks_[q].kind != TokenKind::Dash) continue;
        if (lexicon::contains(lexicon::TableId::claims_sentence_end_marks, toks_[q].text)) return q + 1 >= toks_.size();
        if (toks_[q].text != "-" && toks_[q].text != "'" ) return false;
    }
    return true;
}

bool Attributor::closing_attribution(size_t k) const {
    // "..., the newspaper reported.": a short subject, a finite cue, then only a date or the full stop
    for (size_t subject_end = k + 1; subject_end < toks_.size() && subject_end <= k + 6; ++subject_end) {
        if (quoted(subject_end - 1) || ends_phrase(toks_[subject_end - 1])) return false;
        claims::Cue c;
        const std::string_view next = subject_end + 1 < toks_.size() ? toks_[subject_end + 1].lower : empty_;
        if (!claims::find_cue(tokens_, toks_[subject_end], next, c)) continue;
        if (c.form != claims::CueForm::Past && c.form != claims::CueForm::Third) return false;
        if (c.form == claims::CueForm::Third && claims::is_noun_like(c.lemma)) return false;  // "earlier estimates."
        size_t rest = subject_end + static_cast<size_t>(c.length);
        while (rest < toks_.size() && in_timex(rest)) ++rest;
        return rest >= toks_.size() || (rest + 1 == toks_.size() && toks_[rest].kind == TokenKind::Punctuation);
    }
    return false;
}

Claim& Attributor::add_claim(TextSpan source, int32_t entity, size_t cue_at, int cue_len, size_t from, size_t to,
                 ClaimKind kind) {
    Claim c;
    c.source = std::move(source);
    c.source_entity = entity;
    c.cue = span_of(cue_at, cue_at + cue_len);
    c.content = span_of(from, to);
    c.kind = kind;
    c.sentence = sentence_->id;
    c.when_timex = when_near(cue_at, c.content.span);
    if (entity >= 0) last_source_ = entity;
    claims_.push_back(std::move(c));
    return claims_.back();
}

void Attributor::mark_disputes() {
    if (claims_.size() == first_claim_in_sentence_) return;
    for (size_t k = 0; k < toks_.size(); ++k) {
        if (quoted(k) || !lexicon::contains(lexicon::TableId::claims_concessive_words, toks_[k].lower)) continue;
        for (size_t c = claims_.size(); c-- > first_claim_in_sentence_;) {
            if (claims_[c].content.span.end > toks_[k].span.start) continue;
            size_t end = toks_.size();
            while (end > k && toks_[end - 1].kind == TokenKind::Punctuation) --end;
            claims_[c].disputed_by = span_of(k, end);
            break;
        }
        break;
    }
}

void Attributor::extend_open_quotes() {
    for (Claim& c : claims_) {
        if (c.kind == ClaimKind::Indirect) continue;
        // the last opener inside the content without its closer inside the content
        const auto first = std::lower_bound(
            doc_.tokens.begin(), doc_.tokens.end(), c.content.span.start,
            [](const Token& t, uint32_t start) { return t.span.start < start; });  // tokens are in text order
        for (size_t g = static_cast<size_t>(first - doc_.tokens.begin()); g < doc_.tokens.size(); ++g) {
            const Token& t = doc_.tokens[g];
            if (t.span.start < c.content.span.start) continue;
            if (t.span.start >= c.content.span.end) break;
            if (t.kind != TokenKind::OpenQuote || quote_partner_[g] < 0) continue;
            const Token& closer = doc_.tokens[quote_partner_[g]];
            if (closer.span.end > c.content.span.end && c.kind == ClaimKind::Direct) {
                c.content.span.end = closer.span.end;
                c.content.text = slice(c.content.span);
            }
        }
    }
}

}  // namespace storylens::claims
