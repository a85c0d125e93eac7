// build_timeline.cpp — events from clauses that carry a date, merged when they name the same happening,
// linked by temporal cues (after, before, in response), and ordered by the interval each may lie in.
#include <algorithm>

#include "events/gist.hpp"
#include "events/interval.hpp"
#include "storylens/events.hpp"
#include "text/token_view.hpp"

namespace storylens {

namespace {

using text::one_of;

using text::Tok;

bool is_participle_ing(const Tok& t) {
    return t.kind == TokenKind::Word && t.lower.size() > 5 && t.lower.substr(t.lower.size() - 3) == "ing" &&
           !text::is_capitalized(t.text);
}

class TimelineBuilder {
public:
    TimelineBuilder(const Source& source, const Document& doc, const std::vector<Timex>& timexes,
                    const std::vector<Entity>& entities, const std::vector<Claim>& claims)
        : text_(source.text), doc_(doc), timexes_(timexes), entities_(entities), claims_(claims), mentions_(entities) {}

    EventResult run() {
        for (const Sentence& s : doc_.sentences) sentence(s);
        order();
        return std::move(result_);
    }

private:
    std::string_view text_;
    const Document& doc_;
    const std::vector<Timex>& timexes_;
    const std::vector<Entity>& entities_;
    const std::vector<Claim>& claims_;
    const MentionIndex mentions_;
    EventResult result_;
    std::vector<char> nominal_;  // per event: came from a date inside a noun phrase ("the Friday statement")
    std::vector<Tok> toks_;
    std::vector<char> quoted_;

    void mark_quotes() {
        quoted_.assign(toks_.size(), 0);
        bool open = false;
        for (size_t i = 0; i < toks_.size(); ++i) {
            if (toks_[i].kind == TokenKind::OpenQuote) open = true;
            quoted_[i] = open;
            if (toks_[i].kind == TokenKind::CloseQuote) open = false;
        }
    }

    // Clause breaks: ";", subordinators, relative pronouns after a noun, ", <verb>ing".
    bool is_break(size_t i) const {
        const Tok& t = toks_[i];
        if (t.text == ";") return true;
        if (one_of(t.lower, {"after", "before", "following", "because", "while", "although", "though", "despite",
                             "which", "who"}))
            return t.lower != "following" || following_is_preposition(i);
        if (t.lower == "that" && i > 0 && toks_[i - 1].kind == TokenKind::Word && !in_timex(i - 1) &&
            !looks_like_verb_at(i - 1))
            return true;
        if (t.lower == "response" && i > 0 && toks_[i - 1].lower == "in") return true;
        if (i > 0 && toks_[i - 1].text == "," && is_participle_ing(t)) return true;
        if (i > 1 && toks_[i - 1].kind == TokenKind::CloseQuote && toks_[i - 2].text == "," && is_participle_ing(t))
            return true;
        return false;
    }

    // "following the attack" links events; "the following day" and "closely following" do not
    bool following_is_preposition(size_t i) const {
        if (i > 0 && (toks_[i - 1].lower == "the" || (toks_[i - 1].lower.size() > 2 &&
                                                       toks_[i - 1].lower.substr(toks_[i - 1].lower.size() - 2) == "ly")))
            return false;
        if (i + 1 >= toks_.size()) return false;
        const Tok& next = toks_[i + 1];
        return one_of(next.lower, {"the", "a", "an", "his", "her", "their", "its"}) || text::is_capitalized(next.text) ||
               next.kind == TokenKind::Number;
    }

    bool looks_like_verb_at(size_t i) const { return events::looks_like_verb(toks_, i); }

    bool in_timex(size_t i) const { return timex_at(i) >= 0; }

    int32_t timex_at(size_t i) const {
        const Timex* t = timex_containing(timexes_, toks_[i].span);
        return t ? static_cast<int32_t>(t->id) : -1;
    }

    // The clause around token `at`: [from, to). Inside a quotation the quotation bounds it.
    std::pair<size_t, size_t> clause(size_t at) const {
        size_t from = at, to = at + 1;
        const bool in_quote = quoted_[at];
        while (from > 0 && !is_break(from) && !(in_quote && !quoted_[from - 1])) --from;
        if (is_break(from) && from < at && one_of(toks_[from].lower, {"that", "which", "who"})) {
            // a relative clause: keep a few words of the noun it hangs on as its subject
            size_t k = from;
            while (k > 0 && from - k < 6 && toks_[k - 1].kind == TokenKind::Word &&
                   !one_of(toks_[k - 1].lower, {"regarding", "about", "with", "by", "for", "of", "and"}))
                --k;
            from = k;
        }
        while (to < toks_.size() && !is_break(to) && !(in_quote && !quoted_[to])) ++to;
        return {from, to};
    }

    // Leaves out the date with its preposition, and parentheticals: ", spearheaded by X (Y),"
    std::vector<char> skip_marks(size_t from, size_t to, const Timex& t) const {
        std::vector<char> skip(toks_.size(), 0);
        for (size_t i = from; i < to; ++i) {
            if (toks_[i].span.start >= t.span.start && toks_[i].span.end <= t.span.end) {
                skip[i] = 1;
                if (i > from && one_of(toks_[i - 1].lower, {"in", "on", "at", "since", "by", "during", "until"}))
                    skip[i - 1] = 1;
            }
            if (is_break(i) && i == from && !one_of(toks_[i].lower, {"that", "which", "who"})) skip[i] = 1;
        }
        for (size_t i = from; i + 1 < to; ++i) {
            if (toks_[i].text != ",") continue;
            size_t j = i + 1;
            // ", spearheaded by X," ", backed by Y,": a participle with its agent
            if (!(toks_[j].kind == TokenKind::Word && toks_[j].lower.size() > 3 && j + 1 < to &&
                  toks_[j + 1].lower == "by" &&
                  (toks_[j].lower.substr(toks_[j].lower.size() - 2) == "ed" ||
                   toks_[j].lower.substr(toks_[j].lower.size() - 2) == "en")))
                continue;
            size_t k = j;
            while (k < to && toks_[k].text != ",") ++k;
            if (k < to) std::fill(skip.begin() + i, skip.begin() + k + 1, 1);
        }
        for (size_t i = from; i < to; ++i)  // "(HTS)"
            if (toks_[i].text == "(") {
                size_t k = i;
                while (k < to && toks_[k].text != ")") skip[k++] = 1;
                if (k < to) skip[k] = 1;
            }
        // a leading "On 6 March 2025," keeps its comma out
        if (from < to && skip[from]) {
            size_t k = from;
            while (k < to && skip[k]) ++k;
            if (k < to && toks_[k].text == ",") skip[k] = 1;
        }
        return skip;
    }

    std::vector<uint32_t> participants(Span span) const {
        std::vector<uint32_t> out;
        for (const MentionRef& m : mentions_.inside(span)) out.push_back(m.entity);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    int32_t reported_by(Span span) const {
        int32_t best = -1;
        for (const Claim& c : claims_)
            if (c.content.span.contains(span) &&
                (best < 0 || claims_[best].content.span.size() > c.content.span.size()))
                best = static_cast<int32_t>(c.id);
        return best;
    }

    uint32_t add_event(uint32_t sentence, size_t from, size_t to, const std::vector<char>& skip, const Timex* t) {
        Event e;
        e.id = static_cast<uint32_t>(result_.events.size());
        e.sentence = sentence;
        e.span = {toks_[from].span.start, toks_[to - 1].span.end};
        std::vector<Tok> clause(toks_.begin() + from, toks_.begin() + to);
        std::vector<char> clause_skip(skip.begin() + from, skip.begin() + to);
        e.text = events::gist(clause, clause_skip, entities_, mentions_);
        if (t) {
            e.when = {t->value, t->mod, static_cast<int32_t>(t->id)};
            e.interval = events::interval_of(t->value, t->mod);
        } else {
            e.interval = {"", "", "none"};
        }
        e.participants = participants(e.span);
        e.reported_by = reported_by(t ? t->span : e.span);
        e.mentions.push_back(t ? t->span : e.span);
        result_.events.push_back(std::move(e));
        nominal_.push_back(0);
        return result_.events.back().id;
    }

    static bool compatible(const std::string& a, const std::string& b) { return a == b || a.empty() || b.empty(); }

    void sentence(const Sentence& s) {
        toks_ = text::sentence_tokens(text_, doc_, s);
        mark_quotes();
        int32_t main_event = -1;
        std::vector<std::pair<size_t, uint32_t>> dated;  // (token, event) in this sentence
        for (size_t i = 0; i < toks_.size(); ++i) {
            const int32_t tid = timex_at(i);
            if (tid < 0 || (i > 0 && timex_at(i - 1) == tid)) continue;
            const Timex& t = timexes_[tid];
            if (t.type != "DATE" && t.type != "TIME") continue;
            if (events::interval_of(t.value, t.mod).precision == "none") continue;
            size_t last = i;
            while (last + 1 < toks_.size() && timex_at(last + 1) == tid) ++last;
            const bool nominal = i > 0 && one_of(toks_[i - 1].lower, {"the", "a", "an", "its", "their"}) &&
                                 last + 1 < toks_.size() && toks_[last + 1].kind == TokenKind::Word &&
                                 !text::is_capitalized(toks_[last + 1].text);
            // the same happening named again: same date, compatible modifier, one of them a noun phrase
            int32_t same = -1;
            for (const Event& e : result_.events)
                if (e.when.value == t.value && compatible(e.when.mod, t.mod) && (nominal || nominal_[e.id]))
                    same = static_cast<int32_t>(e.id);
            if (same >= 0) {
                result_.events[same].mentions.push_back(t.span);
                dated.push_back({i, static_cast<uint32_t>(same)});
                continue;
            }
            const auto [from, to] = clause(i);
            const uint32_t id = add_event(s.id, from, to, skip_marks(from, to, t), &t);
            nominal_[id] = nominal;
            dated.push_back({i, id});
            if (main_event < 0) main_event = static_cast<int32_t>(id);
        }
        if (dated.empty()) return;
        relations(s, dated);
    }

    // "X after Y", "X before Y", "..., in response, Y": an undated clause placed against a dated one.
    void relations(const Sentence& s, const std::vector<std::pair<size_t, uint32_t>>& dated) {
        for (size_t i = 0; i + 1 < toks_.size(); ++i) {
            const std::string& w = toks_[i].lower;
            const bool after = w == "after" || (w == "following" && following_is_preposition(i));
            const bool before = w == "before";
            const bool response = w == "response" && i > 0 && toks_[i - 1].lower == "in";
            if (!after && !before && !response) continue;
            if (in_timex(i + 1) || toks_[i + 1].kind == TokenKind::Number) {
                // "after 6 March" is a date, not an event
                if (!(toks_[i + 1].kind == TokenKind::Number && !in_timex(i + 1))) continue;
            }
            size_t from = i + 1;
            if (response && from < toks_.size() && toks_[from].text == ",") ++from;
            size_t to = from + 1;
            while (to < toks_.size() && !is_break(to) && toks_[to].text != ";" &&
                   !(toks_[to].kind == TokenKind::Punctuation && toks_[to].text == "." && to + 1 == toks_.size()))
                ++to;
            bool has_verb = false;
            bool has_date = false;
            for (size_t k = from; k < to; ++k) {
                has_verb = has_verb || looks_like_verb_at(k);
                has_date = has_date || in_timex(k);
            }
            if (!has_verb || has_date || to <= from) continue;
            // the dated event this clause is tied to: the nearest one before the cue
            int32_t anchor = -1;
            for (const auto& [token, id] : dated)
                if (token < i) anchor = static_cast<int32_t>(id);
            if (anchor < 0) anchor = static_cast<int32_t>(dated.front().second);
            std::vector<char> skip(toks_.size(), 0);
            const uint32_t id = add_event(s.id, from, to, skip, nullptr);
            Relation r;
            r.cue = response ? "in response" : std::string(toks_[i].text);
            r.span = {toks_[i].span.start, toks_[i].span.end};
            if (before) r.before = static_cast<uint32_t>(anchor), r.after = id;
            else if (after) r.before = id, r.after = static_cast<uint32_t>(anchor);
            else r.before = static_cast<uint32_t>(anchor), r.after = id;
            result_.relations.push_back(r);
        }
    }

    // Dated events by the end of their interval (a date inside "early March" comes before the end of early
    // March), then start, then text order; undated events tied by a relation go next to their anchor.
    void order() {
        std::vector<uint32_t> dated;
        for (const Event& e : result_.events)
            if (!e.interval.start.empty()) dated.push_back(e.id);
        std::stable_sort(dated.begin(), dated.end(), [&](uint32_t a, uint32_t b) {
            const Interval& x = result_.events[a].interval;
            const Interval& y = result_.events[b].interval;
            if (x.end != y.end) return x.end < y.end;
            return x.start < y.start;
        });
        std::vector<uint32_t> line = dated;
        for (const Relation& r : result_.relations) {
            const bool before_undated = result_.events[r.before].interval.start.empty();
            const uint32_t undated = before_undated ? r.before : r.after;
            const uint32_t anchor = before_undated ? r.after : r.before;
            if (!result_.events[undated].interval.start.empty()) continue;
            if (std::find(line.begin(), line.end(), undated) != line.end()) continue;
            auto at = std::find(line.begin(), line.end(), anchor);
            if (at == line.end()) continue;
            line.insert(before_undated ? at : at + 1, undated);
        }
        result_.timeline = std::move(line);
    }
};

}  // namespace

Result<EventResult> build_timeline(const Source& source, const Document& document, const Dct&,
                                   const std::vector<Timex>& timexes, const std::vector<Entity>& entities,
                                   const std::vector<Claim>& claims) {
    Result<EventResult> r;
    r.value = TimelineBuilder(source, document, timexes, entities, claims).run();
    return r;
}

}  // namespace storylens
