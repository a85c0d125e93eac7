// find_claims.cpp — attribution. Per sentence: find cues outside quotations, take the source noun phrase
// around them, the content after (or the quotation before) them, and resolve the source to an entity
// through mentions, the owners of statements and reports, and pronouns.
#include <algorithm>
#include <map>

#include "claims/cues.hpp"
#include "claims/figures.hpp"
#include "entities/lexicon.hpp"
#include "storylens/claims.hpp"
#include "text/token_view.hpp"

namespace storylens {

const char* claim_kind_name(ClaimKind kind) {
    switch (kind) {
        case ClaimKind::Direct: return "direct";
        case ClaimKind::Indirect: return "indirect";
        case ClaimKind::Mixed: return "mixed";
    }
    return "indirect";
}

namespace {

using text::one_of;

using text::Tok;

bool is_determiner(std::string_view w) {
    return one_of(w, {"a", "an", "the", "their", "its", "his", "her", "this", "that", "our", "my", "your", "these",
                      "those", "no", "any", "every"});
}

bool is_pronoun(std::string_view w) { return one_of(w, {"he", "she", "they", "it", "we", "i"}); }

// Words a subject noun phrase never crosses.
bool ends_phrase(const Tok& t) {
    if (t.kind == TokenKind::OpenQuote || t.kind == TokenKind::CloseQuote || t.kind == TokenKind::Dash) return true;
    if (t.kind == TokenKind::Punctuation && t.text != "(" && t.text != ")" && t.text != "&") return true;
    return one_of(t.lower, {"that", "and", "but", "which", "who", "while", "because", "if", "when", "as", "so",
                            "although", "though", "despite", "after", "before", "where", "whom"});
}

// Auxiliaries and adverbs between a subject and its reporting verb: "has also said", "later told".
bool is_verb_filler(std::string_view w) {
    return one_of(w, {"also", "has", "have", "had", "would", "will", "later", "previously",
                      "again", "repeatedly", "reportedly", "then", "did", "does", "do", "not", "earlier", "separately",
                      "further", "publicly", "privately", "once", "recently", "had", "may", "might", "could", "can",
                      "has", "first", "quickly", "swiftly", "initially", "subsequently", "in", "on", "at"});
}

class Attributor {
public:
    Attributor(const Source& source, const Document& doc, const std::vector<Entity>& entities,
               const std::vector<Timex>& timexes)
        : text_(source.text), doc_(doc), entities_(entities), timexes_(timexes), mentions_(entities) {
        pair_quotes();
    }

    std::vector<Claim> run() {
        for (const Sentence& s : doc_.sentences) {
            toks_ = text::sentence_tokens(text_, doc_, s);
            sentence_ = &s;
            first_claim_in_sentence_ = claims_.size();
            note_document_owners();
            for (size_t i = 0; i < toks_.size(); ++i) {
                if (quoted(i)) continue;
                claims::Cue cue;
                const std::string& next = i + 1 < toks_.size() ? toks_[i + 1].lower : empty_;
                if (!claims::find_cue(toks_[i].lower, next, cue)) continue;
                if (cue.lemma == "according to") according_to(i);
                else verb_cue(i, cue);
            }
            mark_disputes();
        }
        extend_open_quotes();
        return std::move(claims_);
    }

private:
    std::string_view text_;
    const Document& doc_;
    const std::vector<Entity>& entities_;
    const std::vector<Timex>& timexes_;
    MentionIndex mentions_;
    std::vector<Claim> claims_;
    std::vector<Tok> toks_;
    const Sentence* sentence_ = nullptr;
    size_t first_claim_in_sentence_ = 0;
    std::map<std::string, int32_t> document_owner_;  // "report" -> the entity whose report was last named
    int32_t last_source_ = -1;
    const std::string empty_;
    // Quotation pairs by global token index: opener -> closer (or the last token of the run when unclosed).
    std::vector<int64_t> quote_partner_;
    std::vector<char> in_quote_;

    // ---- quotations ------------------------------------------------------------------------------------------

    // Pairs quotation marks through the paragraphs. A paragraph that ends inside a quotation continues when the
    // next paragraph opens with a quotation mark, as news style does for long quotes.
    void pair_quotes() {
        const size_t n = doc_.tokens.size();
        quote_partner_.assign(n, -1);
        in_quote_.assign(n, 0);
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
                if (k == TokenKind::OpenQuote && open < 0) {
                    open = g;
                    in_quote_[g] = 1;
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

    bool quoted(size_t i) const { return in_quote_[toks_[i].index]; }

    // ---- helpers ---------------------------------------------------------------------------------------------

    std::string slice(Span s) const { return std::string(text_.substr(s.start, s.end - s.start)); }

    TextSpan span_of(size_t from, size_t to) const {  // local token range [from, to)
        TextSpan t;
        if (to <= from) return t;
        t.span = {toks_[from].span.start, toks_[to - 1].span.end};
        t.text = slice(t.span);
        return t;
    }

    bool starts_in_quote(uint32_t offset) const {
        for (size_t i = 0; i < toks_.size(); ++i)
            if (toks_[i].span.start == offset) return quoted(i);
        return false;
    }

    bool in_timex(size_t i) const { return timex_containing(timexes_, toks_[i].span) != nullptr; }

    int32_t entity_in(Span span) const {
        int32_t best = -1;
        uint32_t best_len = 0;
        for (const MentionRef& m : mentions_.inside(span)) {
            const uint32_t len = m.span.end - m.span.start;
            if (len >= best_len) best = static_cast<int32_t>(m.entity), best_len = len;
        }
        return best;
    }

    int32_t last_person_before(uint32_t offset) const {
        const std::vector<MentionRef>& all = mentions_.all();
        for (size_t i = mentions_.first_at_or_after(offset); i-- > 0;)
            if (entities_[all[i].entity].type == EntityType::Person) return static_cast<int32_t>(all[i].entity);
        return -1;
    }

    // "an Amnesty International report", "the report issued by Amnesty International", "the Friday statement
    // by the government": remember who published which kind of document.
    void note_document_owners() {
        for (size_t i = 0; i < toks_.size(); ++i) {
            if (!entities::is_document_noun(toks_[i].lower)) continue;
            const uint32_t from = toks_[i >= 3 ? i - 3 : 0].span.start;
            int32_t owner = -1;
            for (const MentionRef& m : mentions_.inside({from, toks_[i].span.start})) owner = static_cast<int32_t>(m.entity);
            for (size_t k = i + 1; k < toks_.size() && k <= i + 3 && owner < 0; ++k) {
                if (toks_[k].lower != "by" && toks_[k].lower != "from") continue;
                const std::vector<MentionRef>& all = mentions_.all();
                const size_t first = mentions_.first_at_or_after(toks_[k].span.end);
                if (first < all.size() && all[first].span.start <= toks_[std::min(k + 2, toks_.size() - 1)].span.start)
                    owner = static_cast<int32_t>(all[first].entity);
            }
            if (owner >= 0) document_owner_[toks_[i].lower] = owner;
        }
    }

    int32_t resolve(size_t from, size_t to) {
        if (to <= from) return -1;
        const Span span{toks_[from].span.start, toks_[to - 1].span.end};
        if (int32_t e = entity_in(span); e >= 0) return e;
        const std::string& head = toks_[to - 1].lower;
        for (size_t k = from; k < to; ++k) {
            if (!entities::is_document_noun(toks_[k].lower)) continue;
            if (toks_[from].lower == "their" || toks_[from].lower == "its") return last_source_;
            auto it = document_owner_.find(toks_[k].lower);
            if (it != document_owner_.end()) return it->second;
        }
        if (to == from + 1 && is_pronoun(head)) {
            if ((head == "he" || head == "she") &&
                (last_source_ < 0 || entities_[last_source_].type != EntityType::Person))
                return last_person_before(span.start);
            return last_source_;
        }
        return -1;
    }

    // Trims time and place phrases off a subject: "Amnesty International in a report on Thursday" -> the name.
    size_t trim_subject(size_t from, size_t to) const {
        for (size_t k = from + 1; k < to; ++k)
            if (one_of(toks_[k].lower, {"in", "on", "at", "during", "late", "earlier", "last", "this", "yesterday",
                                        "today"}))
                return k;
        return to;
    }

    int32_t when_near(size_t cue, Span content) const {
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

    ClaimKind kind_of(size_t from, size_t to, bool quote_led) const {
        bool any_quote = false;
        for (size_t k = from; k < to; ++k)
            if (text::is_quote(toks_[k])) any_quote = true;
        if (!any_quote) return ClaimKind::Indirect;
        const bool whole = toks_[from].kind == TokenKind::OpenQuote &&
                           (toks_[to - 1].kind == TokenKind::CloseQuote || !has_close(from, to));
        if (whole && quote_led) return ClaimKind::Direct;
        return ClaimKind::Mixed;
    }

    bool has_close(size_t from, size_t to) const {
        for (size_t k = from + 1; k < to; ++k)
            if (toks_[k].kind == TokenKind::CloseQuote) return true;
        return false;
    }

    // `…," X said` or `…", X said`: the index of the closing quotation mark right before token k, or -1.
    int64_t quote_closes_before(size_t k) const {
        if (k >= 2 && toks_[k - 1].kind == TokenKind::CloseQuote && toks_[k - 2].text == ",") return int64_t(k - 1);
        if (k >= 2 && toks_[k - 1].text == "," && toks_[k - 2].kind == TokenKind::CloseQuote) return int64_t(k - 2);
        return -1;
    }

    // `," adding`: the comma sits inside the closing quotation mark
    bool comma_then_quote(size_t i) const {
        return i >= 2 && toks_[i - 1].kind == TokenKind::CloseQuote && toks_[i - 2].text == ",";
    }

    // The end of a content clause: the sentence end, a following cue (", adding"), or a concession ("despite").
    size_t content_end(size_t from) const {
        size_t k = from;
        for (; k < toks_.size(); ++k) {
            if (quoted(k)) continue;
            if (one_of(toks_[k].lower, {"despite", "although", "though"})) break;
            claims::Cue c;
            const std::string& next = k + 1 < toks_.size() ? toks_[k + 1].lower : empty_;
            if (k > from && claims::find_cue(toks_[k].lower, next, c) && c.form == claims::CueForm::Participle &&
                (toks_[k - 1].text == "," || toks_[k - 1].lower == "while" || toks_[k - 1].lower == "and")) {
                k = toks_[k - 1].lower == "while" && k >= 2 && toks_[k - 2].text == "," ? k - 2 : k - 1;
                break;
            }
            if (k > from && claims::find_cue(toks_[k].lower, next, c) && c.form == claims::CueForm::Participle &&
                comma_then_quote(k)) {
                break;  // keep the closing quotation mark, drop what follows
            }
        }
        while (k > from && (toks_[k - 1].kind == TokenKind::Punctuation && toks_[k - 1].text != ")")) --k;
        return k;
    }

    Claim& add_claim(TextSpan source, int32_t entity, size_t cue_at, int cue_len, size_t from, size_t to,
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

    // ---- structures ------------------------------------------------------------------------------------------

    // "Y, according to X" and "According to X, Y"
    void according_to(size_t i) {
        size_t np_end = i + 2;
        while (np_end < toks_.size() && !(toks_[np_end].kind == TokenKind::Punctuation && toks_[np_end].text != "(" &&
                                          toks_[np_end].text != ")"))
            ++np_end;
        if (np_end == i + 2) return;
        const int32_t entity = resolve(i + 2, np_end);
        TextSpan source = span_of(i + 2, np_end);
        if (i >= 1 && toks_[i - 1].text == ",") {
            size_t start = 0;
            if (claims_.size() > first_claim_in_sentence_) return;  // the clause is already someone's claim
            add_claim(source, entity, i, 2, start, i - 1, kind_of(start, i - 1, false));
        } else if (np_end < toks_.size() && toks_[np_end].text == ",") {
            const size_t end = content_end(np_end + 1);
            if (end > np_end + 1) add_claim(source, entity, i, 2, np_end + 1, end, kind_of(np_end + 1, end, false));
        }
    }

    void verb_cue(size_t i, const claims::Cue& cue) {
        using claims::CueForm;
        const std::string& before = i > 0 ? toks_[i - 1].lower : empty_;
        const size_t after_cue = i + cue.length;
        // Noun uses: "a report", "the claims", "human rights reports"
        if (cue.form == CueForm::Base || cue.form == CueForm::Third) {
            if (is_determiner(before)) return;
            const std::string& after = after_cue < toks_.size() ? toks_[after_cue].lower : empty_;
            const bool modal = one_of(before, {"to", "will", "would", "could", "did", "does", "may", "might"});
            if (claims::is_noun_like(cue.lemma) && !modal && after != "that" && after != ":") return;
        }
        // Passives and reduced relatives: "being declared", "civilians accused of"
        if (one_of(before, {"be", "being", "been", "was", "were", "is", "are"})) return;
        if (cue.form == CueForm::Past && after_cue < toks_.size() && one_of(toks_[after_cue].lower, {"of", "by"}) &&
            cue.lemma != "tell")
            return;

        if (cue.form == CueForm::Participle) {
            if (!(before == "," || before == "while" || before == "and" || comma_then_quote(i))) return;
            participle(i, cue, after_cue);
            return;
        }
        if (cue.form == CueForm::Past && quote_closes_before(i) >= 0) {
            inverted(i, cue, after_cue);  // "…," said X
            return;
        }
        // The subject, read backwards over auxiliaries and adverbs: "X has also said"
        size_t k = i;
        while (k > 0 && (is_verb_filler(toks_[k - 1].lower) || in_timex(k - 1)) && !quoted(k - 1)) --k;
        size_t np_start = k;
        while (np_start > 0 && !quoted(np_start - 1) && !ends_phrase(toks_[np_start - 1])) --np_start;
        if (np_start == k) return;
        const size_t np_end = trim_subject(np_start, k);
        if (cue.documents_only) {
            bool document = false;
            for (size_t q = np_start; q < np_end; ++q) document = document || entities::is_document_noun(toks_[q].lower);
            if (!document) return;
        }
        const int32_t entity = resolve(np_start, np_end);
        TextSpan source = span_of(np_start, np_end);

        // "…," X said — the quotation before the subject is the content
        if (const int64_t close = quote_closes_before(np_start); close >= 0) {
            quote_led(static_cast<size_t>(close), std::move(source), entity, i, cue.length);
            return;
        }
        // "The attack was planned, police said." — content before the subject
        size_t tail = after_cue;
        while (tail < toks_.size() && in_timex(tail)) ++tail;
        const bool at_end = tail >= toks_.size() || (tail + 1 == toks_.size() && toks_[tail].kind == TokenKind::Punctuation);
        if (at_end && np_start >= 2 && toks_[np_start - 1].text == ",") {
            add_claim(std::move(source), entity, i, cue.length, 0, np_start - 1, kind_of(0, np_start - 1, false));
            return;
        }
        after_verb(i, cue, after_cue, std::move(source), entity);
    }

    // ", adding that Y", "while urging that Y": the sentence's source goes on.
    void participle(size_t i, const claims::Cue& cue, size_t after_cue) {
        int32_t entity = -1;
        TextSpan source;
        if (claims_.size() > first_claim_in_sentence_) {
            entity = claims_.back().source_entity;
            source = claims_.back().source;
        } else if (!claims_.empty()) {
            entity = claims_.back().source_entity;
            source = claims_.back().source;
        } else {
            return;
        }
        after_verb(i, cue, after_cue, std::move(source), entity);
    }

    // "…," said X — the source follows the verb.
    void inverted(size_t i, const claims::Cue& cue, size_t after_cue) {
        size_t end = after_cue;
        while (end < toks_.size() && !ends_phrase(toks_[end])) ++end;
        if (end == after_cue) return;
        const size_t np_end = trim_subject(after_cue, end);
        const size_t close = static_cast<size_t>(quote_closes_before(i));
        quote_led(close, span_of(after_cue, np_end), resolve(after_cue, np_end), i, cue.length);
    }

    // Content after the verb: "said (late Friday) (that) Y", "told X (that) Y", "complained in their statement
    // about Y", "said: \"…\"".
    void after_verb(size_t i, const claims::Cue& cue, size_t j, TextSpan source, int32_t entity) {
        TextSpan addressee;
        int32_t addressee_entity = -1;
        while (j < toks_.size() && in_timex(j)) ++j;
        if (cue.lemma == "tell" && j < toks_.size()) {
            size_t end = j;
            while (end < toks_.size() && !ends_phrase(toks_[end]) && !quoted(end)) ++end;
            if (end > j) {
                addressee = span_of(j, end);
                addressee_entity = entity_in(addressee.span);
                j = end;
            }
        }
        // a short prepositional phrase before the content: "in their statement about", "on Twitter that"
        if (j < toks_.size() && one_of(toks_[j].lower, {"in", "on", "at", "to"})) {
            for (size_t k = j + 1; k < toks_.size() && k <= j + 6; ++k) {
                if (quoted(k) || toks_[k].text == ",") break;
                if (one_of(toks_[k].lower, {"that", "about", ":"})) { j = k; break; }
            }
        }
        while (j < toks_.size() && in_timex(j)) ++j;
        bool colon = false;
        while (j < toks_.size() && !quoted(j) && one_of(toks_[j].lower, {"that", ":", ",", "about"})) {
            colon = colon || toks_[j].text == ":";
            ++j;
        }
        const size_t end = content_end(j);
        if (end <= j) return;
        const bool quote_first = toks_[j].kind == TokenKind::OpenQuote &&
                                 (colon || (j + 1 < toks_.size() && text::is_capitalized(toks_[j + 1].text)));
        Claim& c = add_claim(std::move(source), entity, i, cue.length, j, end, kind_of(j, end, quote_first));
        c.addressee = std::move(addressee);
        c.addressee_entity = addressee_entity;
    }

    // A quotation that ends at local token `close` is the content; it may have opened sentences earlier.
    void quote_led(size_t close, TextSpan source, int32_t entity, size_t cue_at, int cue_len) {
        const int64_t opener = quote_partner_[toks_[close].index];
        if (opener < 0) return;
        Claim c;
        c.source = std::move(source);
        c.source_entity = entity;
        c.cue = span_of(cue_at, cue_at + cue_len);
        c.content.span = {doc_.tokens[opener].span.start, toks_[close].span.end};
        c.content.text = slice(c.content.span);
        c.kind = ClaimKind::Direct;
        c.sentence = sentence_->id;
        c.when_timex = when_near(cue_at, c.content.span);
        if (entity >= 0) last_source_ = entity;
        claims_.push_back(std::move(c));
        nested(static_cast<size_t>(opener), toks_[close].index, claims_.size() - 1);
    }

    // "…, witnesses told Amnesty International," inside a quotation: a claim within the claim.
    void nested(size_t open_g, size_t close_g, size_t parent) {
        size_t comma = 0;
        for (size_t g = close_g; g-- > open_g + 1;)
            if (doc_.tokens[g].kind == TokenKind::Punctuation && text_.substr(doc_.tokens[g].span.start, 1) == ",") {
                // the comma right before the closing quote belongs to the quotation's end
                if (g + 1 == close_g) continue;
                comma = g;
                break;
            }
        if (!comma) return;
        size_t g = comma + 1;
        const size_t np_start = g;
        claims::Cue cue;
        size_t cue_g = 0;
        for (; g < close_g; ++g) {
            const std::string w = text::lowered(text_.substr(doc_.tokens[g].span.start, doc_.tokens[g].span.size()));
            const std::string next = g + 1 < close_g ? text::lowered(text_.substr(doc_.tokens[g + 1].span.start,
                                                                                  doc_.tokens[g + 1].span.size()))
                                                     : std::string();
            if (claims::find_cue(w, next, cue) && cue.form == claims::CueForm::Past) { cue_g = g; break; }
            if (doc_.tokens[g].kind != TokenKind::Word) return;
        }
        if (!cue_g || cue_g == np_start || cue_g > np_start + 4) return;
        Claim c;
        c.source.span = {doc_.tokens[np_start].span.start, doc_.tokens[cue_g - 1].span.end};
        c.source.text = slice(c.source.span);
        c.source_entity = entity_in(c.source.span);
        c.cue.span = doc_.tokens[cue_g].span;
        c.cue.text = slice(c.cue.span);
        size_t addressee_end = cue_g + 1;
        while (addressee_end < close_g && doc_.tokens[addressee_end].kind == TokenKind::Word) ++addressee_end;
        if (addressee_end > cue_g + 1) {
            c.addressee.span = {doc_.tokens[cue_g + 1].span.start, doc_.tokens[addressee_end - 1].span.end};
            c.addressee.text = slice(c.addressee.span);
            c.addressee_entity = entity_in(c.addressee.span);
        }
        c.content.span = {doc_.tokens[open_g + 1].span.start, doc_.tokens[comma - 1].span.end};
        c.content.text = slice(c.content.span);
        c.kind = ClaimKind::Direct;
        c.parent = static_cast<int32_t>(parent);
        c.sentence = claims_[parent].sentence;
        c.when_timex = -1;
        claims_.push_back(std::move(c));
    }

    // "despite Amnesty having included this in their report": the article pushes back on the claim before it.
    void mark_disputes() {
        if (claims_.size() == first_claim_in_sentence_) return;
        for (size_t k = 0; k < toks_.size(); ++k) {
            if (quoted(k) || !one_of(toks_[k].lower, {"despite", "although", "though"})) continue;
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

    // A direct quotation left open at its sentence's end runs on to its closing mark.
    void extend_open_quotes() {
        for (Claim& c : claims_) {
            if (c.kind == ClaimKind::Indirect) continue;
            // the last opener inside the content without its closer inside the content
            for (size_t g = 0; g < doc_.tokens.size(); ++g) {
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
};

}  // namespace

Result<ClaimResult> find_claims(const Source& source, const Document& document, const std::vector<Entity>& entities,
                                const std::vector<Timex>& timexes) {
    Result<ClaimResult> r;
    std::vector<Claim> claims = Attributor(source, document, entities, timexes).run();
    r.value.figures = claims::find_figures(source.text, document, timexes);

    // ids in text order of content; parents follow
    std::vector<size_t> order(claims.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (claims[a].content.span.start != claims[b].content.span.start)
            return claims[a].content.span.start < claims[b].content.span.start;
        return claims[a].parent < claims[b].parent;
    });
    std::vector<int32_t> new_id(claims.size());
    for (size_t i = 0; i < order.size(); ++i) new_id[order[i]] = static_cast<int32_t>(i);
    for (size_t i = 0; i < order.size(); ++i) {
        Claim c = claims[order[i]];
        c.id = static_cast<uint32_t>(i);
        if (c.parent >= 0) c.parent = new_id[c.parent];
        for (const Figure& f : r.value.figures)
            if (f.text.span.start >= c.content.span.start && f.text.span.end <= c.content.span.end)
                c.figures.push_back(f);
        r.value.claims.push_back(std::move(c));
    }
    return r;
}

}  // namespace storylens
